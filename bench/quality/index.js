// Runs in Node: the quality gates' figures as benchmark rows, so `npm run bench` is one report.
// Bundle: initial JavaScript per route (scripts/bundle-budget.js, on the build the runner made),
// against the app shell every route loads (SvelteKit's runtime, the root layout and error page).
// Lighthouse: mobile performance per audited page, median of three runs taken in rounds, as a ratio
// to `/` in the same run (scores move with the machine's load, so `npm test` does not gate on them;
// README "Quality gates"), and total blocking time beside `/`'s, what differs most between pages,
// with its excess over `/`'s: the median of the differences within each round.
import { budgets, measureRoutes } from '../../scripts/bundle-budget.js';
import { auditPages, lighthousePaths } from '../../scripts/lighthouse.js';
import { median } from '../lib/stats.js';

export const name = 'quality';
export const description = 'bundle budget per route and Lighthouse mobile performance against /';

/** A page's performance score as a share of `/`'s, in the same run (the old ≥ 95 with `/` at 99–100). */
const performanceTarget = 0.95;
/**
 * Total blocking time a page may add to `/`'s, in ms: a first visit of the directory imports the
 * content and indexes it in a worker (src/lib/content/sync.worker.ts), so it blocks like `/`.
 */
const extraBlockingTargets = /** @type {Record<string, number>} */ ({ '/prestataires': 50 });
const runs = 3;

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

	const [home, ...pages] = await auditPages({
		runs,
		paths: lighthousePaths,
		serverUrl: context.serverUrl,
		log: context.log
	});
	if (!home) return rows;
	const homeScore = home.scores.performance ?? Number.NaN;
	rows.push({
		benchmark: name,
		metric: `Lighthouse mobile performance / (median of ${runs})`,
		value: homeScore,
		unit: '/100'
	});
	for (const page of pages) {
		const score = page.scores.performance ?? Number.NaN;
		const ratio = score / homeScore;
		rows.push({
			benchmark: name,
			metric: `Lighthouse mobile performance ${page.path} (median of ${runs})`,
			value: score,
			unit: '/100',
			baseline: homeScore,
			baselineLabel: '/',
			ratio,
			ratioLabel: '/',
			target: `≥ ${performanceTarget}× /`,
			pass: ratio >= performanceTarget
		});
	}
	for (const page of pages) {
		rows.push({
			benchmark: name,
			metric: `Lighthouse total blocking time ${page.path} (median of ${runs})`,
			value: page.totalBlockingTimeMs,
			unit: 'ms',
			baseline: home.totalBlockingTimeMs,
			baselineLabel: '/'
		});
	}
	for (const page of pages) {
		// Paired by round: a busy moment of the machine slows both pages of that round.
		const extra = median(
			page.blockingRunsMs.map((ms, run) => ms - (home.blockingRunsMs[run] ?? Number.NaN))
		);
		const target = extraBlockingTargets[page.path];
		rows.push({
			benchmark: name,
			metric: `Lighthouse total blocking time ${page.path} − / (median of ${runs} rounds)`,
			value: extra,
			unit: 'ms',
			...(target === undefined ? {} : { target: `≤ +${target} ms`, pass: extra <= target })
		});
	}
	return rows;
}
