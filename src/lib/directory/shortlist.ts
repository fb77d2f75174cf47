import { requestPersistenceSoon } from '$lib/pwa/ask-persistence';
import { getDb, loadDb, type ShortlistRow } from '$lib/db';

export const maxNoteLength = 2000;

/** Adds a provider to the shortlist (no-op if already there). */
export async function addToShortlist(providerId: string): Promise<void> {
	const now = new Date().toISOString();
	const db = await loadDb();
	await db.transaction('rw', db.shortlist, async () => {
		if (await db.shortlist.get(providerId)) return;
		await db.shortlist.add({ providerId, note: '', addedAt: now, updatedAt: now });
	});
	// The user now has data of their own on this device: the moment to ask to keep it.
	requestPersistenceSoon();
}

/** Removes a provider from the shortlist and returns the removed entry, for "undo". */
export async function removeFromShortlist(providerId: string): Promise<ShortlistRow | undefined> {
	const db = await loadDb();
	return db.transaction('rw', db.shortlist, async () => {
		const row = await db.shortlist.get(providerId);
		await db.shortlist.delete(providerId);
		return row;
	});
}

/** Puts back an entry removed by `removeFromShortlist`, note and date included. */
export async function restoreShortlistEntry(row: ShortlistRow): Promise<void> {
	const db = await loadDb();
	await db.shortlist.put(row);
}

/** Saves the note of a shortlisted provider; refuses (without writing) a note that is too long. */
export async function updateShortlistNote(providerId: string, note: string): Promise<void> {
	// A plain length check: zod would weigh on every directory page for one rule.
	if (note.length > maxNoteLength) {
		throw new RangeError(`A note has at most ${maxNoteLength} characters (got ${note.length}).`);
	}
	const db = await loadDb();
	await db.shortlist.update(providerId, { note, updatedAt: new Date().toISOString() });
}

/** The shortlist, most recently added first. */
export async function listShortlist(): Promise<ShortlistRow[]> {
	return getDb().shortlist.orderBy('addedAt').reverse().toArray();
}

/** The shortlist entry for a provider, if any. */
export async function getShortlistEntry(providerId: string): Promise<ShortlistRow | undefined> {
	return getDb().shortlist.get(providerId);
}
