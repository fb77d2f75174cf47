// The forum account this device remembers (name, display name and roles, kept in localStorage),
// read and changed without the forum's code: the settings page shows who is logged in, changes
// the display name and logs out everywhere without loading PouchDB or zod (bundle budget). Checked
// by hand. The sync controller writes it at log-in and follows its changes (this module's
// listeners, and the `storage` event for other tabs).
import { browser } from '$app/environment';

/** The localStorage key of the remembered account. */
export const accountStorageKey = 'forum.account';

/** Who this device writes on the forum as. */
export interface StoredAccount {
	name: string;
	displayName: string;
}

const listeners = new Set<() => void>();
if (browser) {
	// Another tab logged in or out, or changed the name: this one follows.
	window.addEventListener('storage', (event) => {
		if (event.key === accountStorageKey || event.key === null) notify();
	});
}

function notify(): void {
	for (const listener of listeners) listener();
}

/** The remembered record as stored (the controller checks it with its own schema). */
export function readStoredAccountRecord(): unknown {
	try {
		return JSON.parse(localStorage.getItem(accountStorageKey) ?? 'null');
	} catch {
		return undefined;
	}
}

/** The remembered account, or undefined when none (or unreadable, or storage blocked). */
export function readStoredAccount(): StoredAccount | undefined {
	const value = readStoredAccountRecord();
	if (!value || typeof value !== 'object') return undefined;
	const { name, displayName } = value as Record<string, unknown>;
	if (typeof name !== 'string' || typeof displayName !== 'string') return undefined;
	return { name, displayName };
}

/** Remembers `record` as this device's account (undefined: none); listeners are told. */
export function writeStoredAccount(record: (StoredAccount & object) | undefined): void {
	try {
		if (record) localStorage.setItem(accountStorageKey, JSON.stringify(record));
		else localStorage.removeItem(accountStorageKey);
	} catch {
		// Storage blocked (private mode, policies): the account lasts until the page is closed.
	}
	notify();
}

/** The remembered account's new display name (only if it is still `name`'s account). */
export function rememberDisplayName(name: string, displayName: string): void {
	const record = readStoredAccountRecord();
	if (!record || typeof record !== 'object') return;
	const current = record as Record<string, unknown>;
	if (current.name !== name || current.displayName === displayName) return;
	writeStoredAccount({ ...current, name, displayName });
}

/** Calls `listener` when the remembered account changes; returns a function that stops it. */
export function onStoredAccountChange(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
