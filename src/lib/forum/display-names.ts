// Display names: the name shown with a member's posts comes from their account (its public
// profile, `profile:<name>`, which every device keeps), never from a post. Pure functions, with no
// zod and no PouchDB: the settings page (/compte) uses them too.

/** Length of a display name, as the server checks it (couchdb/gateway/display-names.js). */
export const displayNameLength = { min: 2, max: 80 } as const;

/** A person who may be shown by their own account rather than by a profile. */
export interface NamedAccount {
	name: string;
	displayName: string;
}

/**
 * The name to show for `author` (a login name): this device's own account's name for its own posts
 * (it knows it first: a post written offline, a name just changed here), then the author's profile
 * on this device, else the login name itself (a profile not synced yet, or an account without one).
 */
export function displayNameOf(
	author: string,
	profiles: ReadonlyMap<string, string>,
	own?: NamedAccount
): string {
	if (own && own.name === author && own.displayName.trim()) return own.displayName;
	return profiles.get(author) ?? author;
}

/** A display name as the server stores it: Unicode NFC, runs of spaces as one, trimmed. */
export function cleanDisplayName(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Why a typed display name cannot be sent, or undefined (the server checks the rest). */
export function displayNameProblem(text: string): 'length' | 'invisible' | undefined {
	const clean = cleanDisplayName(text);
	if (clean.length < displayNameLength.min || clean.length > displayNameLength.max) return 'length';
	if (/[\p{Cc}\p{Cf}]/u.test(clean)) return 'invisible';
	return undefined;
}
