import Dexie from 'dexie';

// The few Dexie pieces other modules need, handed out by the one folder allowed to import Dexie
// (eslint's architecture rules): a shared plan's sync engine watches and writes whole tables.
export { liveQuery, type Table } from 'dexie';

/** Deletes a whole IndexedDB database by name (test devices start from nothing). */
export function deleteDatabase(name: string): Promise<void> {
	return Dexie.delete(name);
}
