// Runs in Node: time from a cold start offline to the directory's first results, against the time
// to the app shell (home page heading) measured the same way. Each start relaunches Chromium on
// the same on-disk profile, as when a phone reopens the app: the service worker, its caches and
// IndexedDB come from disk, nothing is warm in memory, and the network is off.
import { median } from '../lib/stats.js';

/** @typedef {import('../lib/context.js').BenchContext} BenchContext */
/** @typedef {{ shell?: number, results?: number, resultText?: string }} FirstContent */

/**
 * Init script: records `performance.now()` (ms since navigation start) the first time the page
 * has an h1 with text (the shell), and a result count with a number (the directory's results).
 */
function recordFirstContent() {
	/** @type {FirstContent} */
	const marks = {};
	Object.assign(window, { __benchFirstContent: marks });
	const observer = new MutationObserver(() => {
		if (marks.shell === undefined && document.querySelector('h1')?.textContent?.trim()) {
			marks.shell = performance.now();
		}
		const count = document.querySelector('[data-testid="result-count"]')?.textContent ?? '';
		if (marks.results === undefined && /\d/.test(count)) {
			marks.results = performance.now();
			marks.resultText = count.trim();
			observer.disconnect();
		}
	});
	observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * One offline start of `path`: the ms from navigation start until `mark` was recorded.
 * @param {BenchContext} context
 * @param {string} profile
 * @param {string} path
 * @param {'shell' | 'results'} mark
 */
async function coldStart(context, profile, path, mark) {
	const browser = await context.launchBrowser(profile, { offline: true });
	try {
		await browser.addInitScript(recordFirstContent);
		const page = browser.pages()[0] ?? (await browser.newPage());
		await page.goto(`${context.serverUrl}${path}`);
		const handle = await page.waitForFunction(
			(key) => {
				/** @type {FirstContent | undefined} */
				const marks = Reflect.get(window, '__benchFirstContent');
				const value = marks?.[key];
				return value === undefined ? false : { value, text: marks?.resultText ?? '' };
			},
			mark,
			{ timeout: 15_000 }
		);
		const state = await page.evaluate(() => ({
			isControlled: navigator.serviceWorker.controller !== null,
			isOnline: navigator.onLine
		}));
		if (!state.isControlled) throw new Error(`${path} was not served by the service worker`);
		if (state.isOnline) throw new Error(`${path}: the browser was not offline`);
		return /** @type {{ value: number, text: string }} */ (await handle.jsonValue());
	} finally {
		await browser.close();
	}
}

/**
 * Median cold-start times of the directory and the shell over `repeats` alternating starts.
 * @param {BenchContext} context
 * @param {{ repeats: number }} options
 */
export async function measureColdStart(context, { repeats }) {
	const profile = await context.tempDir('cold-start');
	context.log('cold start: first visit online (service worker install, content download)');
	const online = await context.launchBrowser(profile);
	const page = online.pages()[0] ?? (await online.newPage());
	await page.goto(`${context.serverUrl}/prestataires`);
	await page.getByTestId('result-count').filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await online.close();

	// One untimed start of each first: the very first one also compiles and caches scripts.
	await coldStart(context, profile, '/', 'shell');
	await coldStart(context, profile, '/prestataires', 'results');
	/** @type {number[]} */
	const shell = [];
	/** @type {number[]} */
	const directory = [];
	let resultText = '';
	for (let run = 1; run <= repeats; run++) {
		context.log(`cold start offline ${run}/${repeats}`);
		shell.push((await coldStart(context, profile, '/', 'shell')).value);
		const results = await coldStart(context, profile, '/prestataires', 'results');
		directory.push(results.value);
		resultText = results.text;
	}
	return { shellMs: median(shell), directoryMs: median(directory), resultText, shell, directory };
}
