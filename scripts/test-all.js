// `npm test`: every check and test of the project, in order, then one closing line that counts
// them all ("Total: N passed, N failed, N skipped"). Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const startedAt = Date.now();
const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });

/** Runs a Node script of the project; true when it exits 0. @param {string} label @param {string[]} args */
function runScript(label, args) {
	console.log(`\n▶ ${label}`);
	return spawnSync(process.execPath, args, { stdio: 'inherit' }).status === 0;
}

/** @param {string} label @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function run(label, args, env = {}) {
	console.log(`\n▶ ${label}`);
	const result = spawnSync('npm', ['run', '--silent', ...args], {
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	return result.status === 0;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const checksOk = run('Type check (svelte-check)', ['check']) && run('Lint', ['lint']);
if (!checksOk) totals.failed += 1;

const unitOk = run('Unit and server tests (vitest)', [
	'test:unit',
	'--',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${resultsDir}/vitest.json`
]);
const vitest = readJson(`${resultsDir}/vitest.json`);
if (vitest) {
	totals.passed += vitest.numPassedTests;
	totals.failed += vitest.numFailedTests;
	totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
} else if (!unitOk) totals.failed += 1;

// Builds the app (the end-to-end tests then serve this build).
const budgetOk = runScript('Bundle budget (initial JavaScript per route, gzip)', [
	'scripts/bundle-budget.js'
]);
totals[budgetOk ? 'passed' : 'failed'] += 1;

const e2eOk = run(
	'End-to-end tests (Playwright, Chromium)',
	['test:e2e', '--', '--reporter=list,json'],
	{
		PLAYWRIGHT_JSON_OUTPUT_NAME: `${resultsDir}/playwright.json`
	}
);
const playwright = readJson(`${resultsDir}/playwright.json`);
if (playwright) {
	totals.passed += playwright.stats.expected + playwright.stats.flaky;
	totals.failed += playwright.stats.unexpected;
	totals.skipped += playwright.stats.skipped;
	// CI retries a failed end-to-end test once (playwright.config.ts): a pass on retry counts as a
	// pass, but it is named here, since a test that needs a second chance is worth a look.
	const flaky = flakyTests(playwright.suites ?? []);
	if (flaky.length > 0) {
		console.log(`\n⚠ ${flaky.length} end-to-end test(s) passed only on retry (flaky):`);
		for (const title of flaky) console.log(`  ${title}`);
	}
} else if (!e2eOk) totals.failed += 1;

// Lighthouse (mobile) on /, /prestataires, /plan and /forum, on the same build: accessibility 100,
// best practices 100, SEO ≥ 90, one run per page (these do not move between runs). Performance is
// printed, not gated: it moves with the machine's load; `npm run bench` compares it with `/`
// (README "Quality gates"). It runs last, alone, once the end-to-end server has stopped.
const lighthouseOk = runScript('Lighthouse (mobile): accessibility, best practices, SEO', [
	'scripts/lighthouse.js',
	'--runs',
	'1'
]);
totals[lighthouseOk ? 'passed' : 'failed'] += 1;

const ok = checksOk && unitOk && budgetOk && e2eOk && lighthouseOk && totals.failed === 0;
const seconds = Math.round((Date.now() - startedAt) / 1000);
console.log(`\nDuration: ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);

/**
 * Titles of the tests Playwright's JSON report marks as flaky (failed, then passed on a retry).
 * @typedef {{ title: string, file?: string, specs?: { title: string, file: string,
 *   tests: { status: string }[] }[], suites?: Suite[] }} Suite
 * @param {Suite[]} suites
 * @returns {string[]}
 */
function flakyTests(suites) {
	return suites.flatMap((suite) => [
		...(suite.specs ?? [])
			.filter((spec) => spec.tests.some((test) => test.status === 'flaky'))
			.map((spec) => `${spec.file} › ${spec.title}`),
		...flakyTests(suite.suites ?? [])
	]);
}

/** @param {string} path */
function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}
