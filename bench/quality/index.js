// Runs in Node: the quality gates' figures as benchmark rows, so `npm run bench` is one report.
// Bundle: initial JavaScript per route (scripts/bundle-budget.js, on the build the runner made),
// against the app shell every route loads (SvelteKit's runtime, the root layout and error page).
// Lighthouse: mobile performance score per audited page (one run each; `node scripts/lighthouse.js`
// takes the median of three), against the shell alone (an unknown URL renders just the shell).
import { budgets, measureRoutes } from '../../scripts/bundle-budget.js';
import { auditPages, lighthousePaths, thresholds } from '../../scripts/lighthouse.js';

export const name = 'quality';
export const description = 'bundle budget per route and Lighthouse mobile performance';

/** @param {import('../lib/context.js').BenchContext} context */
export async function run(context) {
	/** @type {import('../lib/context.js').BenchRow[]} */
	const rows = [];
	const routes = measureRoutes();
	// The shell: what the unknown-URL page loads (entries, root layout, error page).
	const shell = Math.min(...routes.map((route) => route.jsGzip));
	for (const route of routes) {
		rows.push({
			benchmark: name,
			metric: `initial JS gzip ${route.route}`,
			value: route.jsGzip / 1000,
			unit: 'kB',
			baseline: shell / 1000,
			baselineLabel: 'lightest route',
			ratio: route.jsGzip / shell,
			ratioLabel: 'the lightest',
			target: `≤ ${route.forum ? budgets.forumJsKb : budgets.jsKb} kB`,
			pass: route.ok
		});
	}

	const paths = ['/nulle-part', ...lighthousePaths];
	const results = await auditPages({
		runs: 1,
		paths,
		serverUrl: context.serverUrl,
		log: context.log
	});
	const baseline = results[0]?.scores.performance ?? Number.NaN;
	for (const result of results.slice(1)) {
		const score = result.scores.performance ?? Number.NaN;
		rows.push({
			benchmark: name,
			metric: `Lighthouse mobile performance ${result.path}`,
			value: score,
			unit: '/100',
			baseline,
			baselineLabel: 'shell only (unknown URL)',
			ratio: score / baseline,
			ratioLabel: 'the shell',
			target: `≥ ${thresholds.performance}`,
			pass: score >= thresholds.performance
		});
	}
	return rows;
}
