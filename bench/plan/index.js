// Runs in Node: the transition plan benchmark. The Dexie write of one edit (tick an item, type a
// note) on a plan of 8 steps × 30 items and 40 tools, through the app's domain functions, against
// rewriting the whole plan document per edit, in the same run; then the shared plan (sync.js).
import { median, percentile } from '../lib/stats.js';
import { runSyncBench } from './sync.js';

/** @typedef {import('../lib/context.js').BenchContext} BenchContext */
/** @typedef {import('../lib/context.js').BenchRow} BenchRow */
/** @typedef {import('./in-browser.ts').PlanBenchResult} PlanBenchResult */

export const name = 'plan';
export const description =
	'Dexie write per plan edit (tick, note) on 8 × 30 items and 40 tools; shared plan sync';

const options = { itemsPerStep: 30, tools: 40, edits: 200, warmup: 20 };
const targetP95Ms = 16;

/**
 * @param {BenchContext} context
 * @returns {Promise<BenchRow[]>}
 */
export async function run(context) {
	context.log('bundling bench/plan/in-browser.ts');
	const code = await context.bundle('bench/plan/in-browser.ts');
	const profile = await context.tempDir('plan');
	const browser = await context.launchBrowser(profile, { serviceWorkers: 'block' });
	const page = await context.openBenchPage(browser, code);
	/** @type {PlanBenchResult} */
	const result = await page.evaluate((opts) => window.runPlanBench(opts), options);
	await browser.close();
	context.log(`browser: ${result.userAgent}`);
	if (!result.isCrossOriginIsolated) context.log('warning: coarse timers (no COOP/COEP)');

	const benchmark = name;
	const size = `${result.items} items, ${result.tools} tools`;
	const baselineLabel = 'whole plan rewritten per edit';
	/** @type {BenchRow[]} */
	const rows = [];
	for (const [label, values, baseline] of /** @type {const} */ ([
		['tick an item', result.tickMs, result.baselineTickMs],
		['type a note (per keystroke save)', result.noteMs, result.baselineNoteMs]
	])) {
		const p50 = median(values);
		const p95 = percentile(values, 0.95);
		rows.push(
			{
				benchmark,
				metric: `${label}, median (${values.length} edits, ${size})`,
				value: p50,
				unit: 'ms',
				baseline: median(baseline),
				baselineLabel,
				ratio: median(baseline) / p50,
				ratioLabel: 'faster'
			},
			{
				benchmark,
				metric: `${label}, p95`,
				value: p95,
				unit: 'ms',
				baseline: percentile(baseline, 0.95),
				baselineLabel,
				ratio: percentile(baseline, 0.95) / p95,
				ratioLabel: 'faster',
				target: `< ${targetP95Ms} ms`,
				pass: p95 < targetP95Ms
			}
		);
	}
	rows.push(...(await runSyncBench(context, benchmark)));
	return rows;
}
