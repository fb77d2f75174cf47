// Runs in Node: what every benchmark receives from bench/run.js (server, browsers, bundling, log).
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserLaunchOptions } from '../../scripts/browser.js';
import { bundleForBrowser } from './bundle.js';

/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').Page} Page */

/**
 * @typedef {object} BenchContext
 * @property {string} serverUrl origin of the embedded server serving the built app and /db
 * @property {string} adminUrl the database itself on the loopback, for the admin (seeding data)
 * @property {string} adminAuth `Authorization` header value of the server's admin (seeding data)
 * @property {import('../../couchdb/server/start-server.js').RunningServer} server the server
 * @property {(message: string) => void} log progress line on stderr
 * @property {(prefix: string) => Promise<string>} tempDir a fresh folder, removed at the end
 * @property {(userDataDir: string, options?: import('@playwright/test').BrowserContextOptions)
 *   => Promise<BrowserContext>} launchBrowser
 *   Chromium with an on-disk profile (IndexedDB, service worker and caches persist between
 *   launches, as on a phone; an incognito context would keep IndexedDB in memory)
 * @property {(entry: string) => Promise<string>} bundle the in-browser code of `entry` (bundle.js)
 * @property {(context: BrowserContext, code: string, origin?: string) => Promise<Page>}
 *   openBenchPage a blank page at the server's origin (IndexedDB needs a real origin; `origin`:
 *   another server's, for a benchmark that starts its own) running `code` as a module
 */

/**
 * @typedef {object} BenchRow
 * @property {string} benchmark
 * @property {string} metric
 * @property {number} value
 * @property {string} unit
 * @property {number} [baseline] the same metric, measured the naive way in the same run
 * @property {string} [baselineLabel] what the baseline is
 * @property {number} [ratio] as the benchmark defines it (see ratioLabel)
 * @property {string} [ratioLabel] how to read the ratio, e.g. 'faster'
 * @property {string} [target] e.g. '< 5 ms'
 * @property {boolean} [pass] whether the target is met
 */

/**
 * @typedef {object} Benchmark
 * @property {string} name what `--only` selects
 * @property {string} description
 * @property {(context: BenchContext) => Promise<BenchRow[]>} run
 */

/**
 * @param {{ server: import('../../couchdb/server/start-server.js').RunningServer,
 *   log: (message: string) => void }} options
 * @returns {{ context: BenchContext, dispose: () => Promise<void> }}
 */
export function createContext({ server, log }) {
	const serverUrl = server.url;
	const admin = server.admin;
	/** @type {string[]} */
	const folders = [];
	/** @type {BrowserContext[]} */
	const browsers = [];

	/** @type {BenchContext} */
	const context = {
		serverUrl,
		adminUrl: server.adminUrl,
		server,
		adminAuth: `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`,
		log,
		async tempDir(prefix) {
			const folder = await mkdtemp(join(tmpdir(), `passerelle-bench-${prefix}-`));
			folders.push(folder);
			return folder;
		},
		async launchBrowser(userDataDir, options = {}) {
			const browser = await chromium.launchPersistentContext(userDataDir, {
				...browserLaunchOptions(),
				locale: 'fr-FR',
				...options
			});
			browsers.push(browser);
			browser.on('close', () => browsers.splice(browsers.indexOf(browser), 1));
			return browser;
		},
		bundle: bundleForBrowser,
		async openBenchPage(browser, code, origin = serverUrl) {
			const page = await browser.newPage();
			page.on('console', (message) => {
				if (message.text().startsWith('[bench] ')) log(message.text().slice(8));
			});
			page.on('pageerror', (error) => log(`page error: ${error.message}`));
			// Cross-origin isolation gives performance.now() its full resolution (5 µs, not 100 µs).
			const headers = {
				'Cross-Origin-Opener-Policy': 'same-origin',
				'Cross-Origin-Embedder-Policy': 'require-corp'
			};
			await page.route(`${origin}/__bench__/`, (route) =>
				route.fulfill({
					contentType: 'text/html',
					headers,
					body: '<!doctype html><title>bench</title><script type="module" src="bench.js"></script>'
				})
			);
			await page.route(`${origin}/__bench__/bench.js`, (route) =>
				route.fulfill({ contentType: 'text/javascript', headers, body: code })
			);
			// The load event waits for module scripts, so the code has run when goto returns.
			await page.goto(`${origin}/__bench__/`);
			return page;
		}
	};

	async function dispose() {
		for (const browser of [...browsers]) await browser.close();
		for (const folder of folders) await rm(folder, { recursive: true, force: true });
	}

	return { context, dispose };
}
