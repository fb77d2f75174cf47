// Runs in Node: the provider directory benchmark. 10,000 generated providers in Dexie, 200 mixed
// queries (text + 2–3 filters) through the search engine against a naive Dexie + Array.filter
// baseline in the same run, the cold index build, and the offline cold start to first results.
import { median, percentile } from '../lib/stats.js';
import { measureColdStart } from './cold-start.js';

/** @typedef {import('../lib/context.js').BenchContext} BenchContext */
/** @typedef {import('../lib/context.js').BenchRow} BenchRow */
/** @typedef {import('./in-browser.ts').DirectoryBenchResult} DirectoryBenchResult */

export const name = 'directory';
export const description = '10,000 providers in Dexie, 200 mixed queries, offline cold start';

const options = {
	count: 10_000,
	queries: 200,
	baselineQueries: 40,
	warmup: 10,
	coldRepeats: 3,
	seed: 20_250_314,
	dbName: 'passerelle-bench-directory'
};
const targetMedianMs = 5;
const targetSpeedup = 10;

/**
 * @param {BenchContext} context
 * @returns {Promise<BenchRow[]>}
 */
export async function run(context) {
	context.log('bundling bench/directory/in-browser.ts');
	const code = await context.bundle('bench/directory/in-browser.ts');
	const profile = await context.tempDir('directory');
	// No service worker: this page measures the modules, not the app's network layer.
	const browser = await context.launchBrowser(profile, { serviceWorkers: 'block' });
	const page = await context.openBenchPage(browser, code);
	/** @type {DirectoryBenchResult} */
	const result = await page.evaluate((opts) => window.runDirectoryBench(opts), options);
	await browser.close();
	context.log(`browser: ${result.userAgent}`);
	if (!result.isCrossOriginIsolated) context.log('warning: coarse timers (no COOP/COEP)');
	for (const { text, filters } of result.queries.slice(0, 3)) {
		const selected = Object.entries(filters).filter(([, values]) => values.length > 0);
		context.log(`sample query: ${JSON.stringify({ text, ...Object.fromEntries(selected) })}`);
	}

	const cold = await measureColdStart(context, { repeats: 5 });
	return rows(result, cold);
}

/**
 * @param {DirectoryBenchResult} result
 * @param {Awaited<ReturnType<typeof measureColdStart>>} cold
 * @returns {BenchRow[]}
 */
function rows(result, cold) {
	const benchmark = name;
	const count = result.count.toLocaleString('en-US');
	const naive = `naive, ${result.baselineMs.length} of the queries`;
	const engineMedian = median(result.engineMs);
	const baselineMedian = median(result.baselineMs);
	const engineP95 = percentile(result.engineMs, 0.95);
	const baselineP95 = percentile(result.baselineMs, 0.95);
	const speedup = baselineMedian / engineMedian;
	const queries = result.engineMs.length;
	const nonEmpty = (/** @type {number[]} */ totals) =>
		(100 * totals.filter((total) => total > 0).length) / totals.length;
	const coldTotals = result.readMs.map(
		(read, run) => read + (result.parseMs[run] ?? 0) + (result.buildMs[run] ?? 0)
	);
	return [
		{ benchmark, metric: `generate ${count} providers`, value: result.generateMs, unit: 'ms' },
		{ benchmark, metric: 'load into Dexie (bulkPut)', value: result.loadMs, unit: 'ms' },
		{ benchmark, metric: 'build search index', value: median(result.buildMs), unit: 'ms' },
		{
			benchmark,
			metric: 'cold: read rows + parse + build index',
			value: median(coldTotals),
			unit: 'ms'
		},
		{
			benchmark,
			metric: `query time, median (${queries} queries)`,
			value: engineMedian,
			unit: 'ms',
			baseline: baselineMedian,
			baselineLabel: naive,
			ratio: speedup,
			ratioLabel: 'faster',
			target: `< ${targetMedianMs} ms`,
			pass: engineMedian < targetMedianMs
		},
		{
			benchmark,
			metric: `query time, p95 (${queries} queries)`,
			value: engineP95,
			unit: 'ms',
			baseline: baselineP95,
			baselineLabel: naive,
			ratio: baselineP95 / engineP95,
			ratioLabel: 'faster'
		},
		{
			benchmark,
			metric: 'speed-up over naive, median',
			value: speedup,
			unit: '×',
			target: `≥ ${targetSpeedup}×`,
			pass: speedup >= targetSpeedup
		},
		{
			benchmark,
			metric: 'queries with ≥ 1 result',
			value: nonEmpty(result.engineTotals),
			unit: '%',
			baseline: nonEmpty(result.baselineTotals),
			baselineLabel: `${naive}, no typo tolerance`
		},
		{
			benchmark,
			metric: `cold start offline → first results (median of ${cold.directory.length})`,
			value: cold.directoryMs,
			unit: 'ms',
			baseline: cold.shellMs,
			baselineLabel: 'app shell: / heading',
			ratio: cold.directoryMs / cold.shellMs,
			ratioLabel: 'the shell'
		}
	];
}
