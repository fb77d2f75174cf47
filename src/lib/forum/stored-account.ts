// The forum account this device remembers (name and display name, kept in localStorage by the
// sync controller), read without the forum's code: the settings page shows who is logged in
// and links to the log-in without loading PouchDB or zod (bundle budget). Checked by hand.

/** The localStorage key of the remembered account (written by sync-controller.svelte.ts). */
export const accountStorageKey = 'forum.account';

/** Who this device writes on the forum as. */
export interface StoredAccount {
	name: string;
	displayName: string;
}

/** The remembered account, or undefined when none (or unreadable, or storage blocked). */
export function readStoredAccount(): StoredAccount | undefined {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(accountStorageKey) ?? 'null');
		if (!value || typeof value !== 'object') return undefined;
		const { name, displayName } = value as Record<string, unknown>;
		if (typeof name !== 'string' || typeof displayName !== 'string') return undefined;
		return { name, displayName };
	} catch {
		return undefined;
	}
}
