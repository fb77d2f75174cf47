// Runs in Node: the content benchmark. Publishing a version of 10,000 providers (zod checks and
// chunking, as the editors' desk does), then on a device in Chromium (IndexedDB): the bytes an
// update downloads after one provider changed against a full download, and the time to apply it
// against a first load of the same size, in the same run.
import { median } from '../lib/stats.js';

/** @typedef {import('../lib/context.js').BenchContext} BenchContext */
/** @typedef {import('../lib/context.js').BenchRow} BenchRow */
/** @typedef {import('./in-browser.ts').ContentBenchResult} ContentBenchResult */

export const name = 'content';
export const description =
	'publish 10,000 providers in chunks; an update of one provider: bytes and time on the device';

const options = { count: 10_000, repeats: 3, seed: 20_251_208, dbName: 'passerelle-bench-content' };
const targetPublishMs = 10_000;
const targetBytesShare = 0.05;
const targetUpdateRatio = 2;

/**
 * @param {BenchContext} context
 * @returns {Promise<BenchRow[]>}
 */
export async function run(context) {
	context.log('bundling bench/content/in-browser.ts');
	const code = await context.bundle('bench/content/in-browser.ts');
	const profile = await context.tempDir('content');
	const browser = await context.launchBrowser(profile, { serviceWorkers: 'block' });
	const page = await context.openBenchPage(browser, code);
	/** @type {ContentBenchResult} */
	const result = await page.evaluate((opts) => window.runContentBench(opts), options);
	await browser.close();
	context.log(`browser: ${result.userAgent}`);
	if (!result.isCrossOriginIsolated) context.log('warning: coarse timers (no COOP/COEP)');
	return rows(result);
}

/** @param {ContentBenchResult} result @returns {BenchRow[]} */
function rows(result) {
	const benchmark = name;
	const count = result.count.toLocaleString('en-US');
	const publishMs = median(result.publishMs);
	const share = result.updateBytes / result.fullBytes;
	const firstMs = median(result.firstLoadMs);
	const updateMs = median(result.updateMs);
	const kB = (/** @type {number} */ bytes) => bytes / 1000;
	return [
		{
			benchmark,
			metric: `publish ${count} providers: zod checks + chunks (${result.chunks} chunks)`,
			value: publishMs,
			unit: 'ms',
			target: `< ${targetPublishMs / 1000} s`,
			pass: publishMs < targetPublishMs
		},
		{
			benchmark,
			metric: `update after 1 provider changed: downloaded (${result.updateRequests} requests)`,
			value: kB(result.updateBytes),
			unit: 'kB',
			baseline: kB(result.fullBytes),
			baselineLabel: `full download, ${result.fullRequests} requests`,
			ratio: share,
			ratioLabel: 'a full download',
			target: `< ${targetBytesShare * 100} %`,
			pass: share < targetBytesShare
		},
		{
			benchmark,
			metric: `apply the update on the device (Chromium, IndexedDB; median of ${result.updateMs.length})`,
			value: updateMs,
			unit: 'ms',
			baseline: firstMs,
			baselineLabel: `first load of the same ${count} providers`,
			ratio: updateMs / firstMs,
			ratioLabel: 'the first load',
			target: `≤ ${targetUpdateRatio}× the first load`,
			pass: updateMs <= targetUpdateRatio * firstMs
		}
	];
}
