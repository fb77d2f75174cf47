import { browser } from '$app/environment';
import { PasserelleDatabase } from './database';

export type { ContentMetaRow, ContentRow, ProviderRow, SettingRow, ShortlistRow } from './database';

let instance: PasserelleDatabase | undefined;

/**
 * The app's database, created on first use. IndexedDB only exists in the browser; asking for it
 * anywhere else is a programming error, reported plainly rather than as an obscure Dexie failure.
 */
export function getDb(): PasserelleDatabase {
	if (!browser) throw new Error('The local database is only available in the browser.');
	instance ??= new PasserelleDatabase();
	return instance;
}
