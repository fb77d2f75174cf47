import { browser } from '$app/environment';
import { afterNextPaint } from '$lib/browser/after-paint';
import type { PasserelleDatabase } from './database';

export type { ContentMetaRow, ContentRow, ProviderRow, SettingRow, ShortlistRow } from './database';

let instance: PasserelleDatabase | undefined;
let opening: Promise<PasserelleDatabase> | undefined;

/**
 * Loads Dexie and opens the app's database, once. Dexie is about a third of a page's JavaScript,
 * so it is fetched once the page has painted (`afterNextPaint`), not before its first paint, even
 * when a page asks for it as it mounts. Write functions await this; reactive queries go through
 * `LiveQuery`, which awaits it before its first query.
 */
export function loadDb(): Promise<PasserelleDatabase> {
	// IndexedDB only exists in the browser: asking for it anywhere else is a programming error,
	// reported plainly rather than as an obscure Dexie failure.
	if (!browser) return Promise.reject(new Error(notInBrowser));
	opening ??= afterNextPaint()
		.then(() => import('./database'))
		.then(
			({ PasserelleDatabase }) => (instance = new PasserelleDatabase()),
			(error: unknown) => {
				// Offline with the chunk not cached yet: let a later call try again.
				opening = undefined;
				throw error;
			}
		);
	return opening;
}

/** The open database, for queries that run once `loadDb()` has resolved (LiveQuery's). */
export function getDb(): PasserelleDatabase {
	if (!browser) throw new Error(notInBrowser);
	if (!instance) throw new Error('The local database is not loaded yet: await loadDb() first.');
	return instance;
}

const notInBrowser = 'The local database is only available in the browser.';
