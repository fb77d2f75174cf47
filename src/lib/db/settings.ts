import { loadDb } from './index';

const persistenceAskedKey = 'storage.persistenceAsked';

/** Whether the app has already asked the browser for persistent storage on this device. */
export async function wasPersistenceAsked(): Promise<boolean> {
	const db = await loadDb();
	const row = await db.settings.get(persistenceAskedKey);
	// Stored data is not trusted blindly: anything but `true` means "not asked yet" (a strict
	// comparison, not a zod schema, which would weigh on every page's initial JavaScript).
	return row?.value === true;
}

/** Remembers that persistent storage was asked, so the app does not ask again. */
export async function markPersistenceAsked(): Promise<void> {
	const db = await loadDb();
	await db.settings.put({
		key: persistenceAskedKey,
		value: true,
		updatedAt: new Date().toISOString()
	});
}
