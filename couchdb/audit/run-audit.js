// Runs in Node (the server audit): runs every check in order against one site and gathers the
// outcomes. A check that throws counts as failed, with its error as the detail.
import { checks } from './checks.js';
import { createProbe } from './http-probe.js';

/**
 * @typedef {{ id: string, severity: string, title: string, pass: boolean, detail: string }} Result
 */

/**
 * @param {string} base the site's origin (the app and its /db)
 * @param {{ only?: string[] }} [options]
 * @returns {Promise<Result[]>}
 */
export async function runAudit(base, { only } = {}) {
	/** @type {import('./checks.js').Context} */
	const ctx = { probe: createProbe(base) };
	const results = [];
	for (const check of checks) {
		if (only && !only.includes(check.id) && check.severity !== 'honest') continue;
		let outcome;
		try {
			outcome = await check.run(ctx);
		} catch (error) {
			outcome = { pass: false, detail: error instanceof Error ? error.message : String(error) };
		}
		results.push({ id: check.id, severity: check.severity, title: check.title, ...outcome });
	}
	return results;
}

/** A Markdown table of the results, then one line counting them. @param {Result[]} results */
export function formatResults(results) {
	const rows = results.map(
		(result, i) =>
			`| ${i + 1} | ${result.severity} | ${result.title} | ${result.pass ? 'PASS' : '**FAIL**'} | ${result.detail.replace(/\|/g, '/')} |`
	);
	const attacks = results.filter((result) => result.severity !== 'honest');
	const honest = results.filter((result) => result.severity === 'honest');
	return [
		'| # | kind | check | result | what was seen |',
		'| - | ---- | ----- | ------ | ------------- |',
		...rows,
		'',
		`Attacks refused: ${attacks.filter((r) => r.pass).length}/${attacks.length}; ` +
			`honest cases working: ${honest.filter((r) => r.pass).length}/${honest.length}`
	].join('\n');
}
