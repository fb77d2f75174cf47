// Runs in Node (the gateway). The name shown with a member's posts comes from their account, never
// from a post: each account has one display name, unique up to case and accents (« Élise » and
// « elise » are the same person to a reader), and names that would pass for the moderators or the
// team are theirs only. The gateway keeps both rules as the admin:
// - a claim per name in the registry database (`displayname:<normalised>` → the account), created
//   with a PUT that fails when the name is taken, so two gateways cannot give it twice;
// - a public profile per account in the forum database (`profile:<name>` → its display name), which
//   every phone syncs with the posts and reads the names from, offline.
import { HttpError } from '../http/errors.js';
import { registryDb } from './plan-registry.js';

export const displayNameLength = { min: 2, max: 80 };

/** Words that make a name pass for the server or its team (compared without case or accents). */
const reservedWords = new Set([
	'admin',
	'administrateur',
	'administratrice',
	'administrator',
	'moderateur',
	'moderatrice',
	'moderator',
	'moderation',
	'modo',
	'passerelle',
	'emancipasso',
	'staff',
	'root'
]);

/** Roles that may take a reserved name (given by the server's admin). */
const teamRoles = ['_admin', 'moderator', 'editor'];

/** A display name as readers compare them: no accents, no case, single spaces. @param {string} text */
export function normaliseDisplayName(text) {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether a (normalised) name uses a word of the team's. @param {string} normalised */
export function isReservedDisplayName(normalised) {
	return normalised.split(/[^\p{L}\p{N}]+/u).some((word) => reservedWords.has(word));
}

/**
 * A display name as typed, checked: its length, no control characters, not reserved unless the
 * account is the team's.
 * @param {unknown} value @param {string[]} roles
 */
export function checkDisplayName(value, roles) {
	const text = typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
	if (text.length < displayNameLength.min || text.length > displayNameLength.max) {
		throw invalid(
			`The display name must be ${displayNameLength.min} to ${displayNameLength.max} characters.`
		);
	}
	if (/[\p{Cc}\p{Cf}]/u.test(text)) throw invalid('The display name has invisible characters.');
	if (
		isReservedDisplayName(normaliseDisplayName(text)) &&
		!roles.some((role) => teamRoles.includes(role))
	) {
		throw new HttpError(
			403,
			'display_name_reserved',
			'This display name is kept for the moderators and the team; choose another.'
		);
	}
	return text;
}

/** @param {string} normalised */
const claimPath = (normalised) =>
	`/${registryDb}/${encodeURIComponent(`displayname:${normalised}`)}`;
/** @param {string} name */
const profilePath = (name) => `/forum/${encodeURIComponent(`profile:${name}`)}`;

/**
 * @param {{ admin: import('./admin-client.js').AdminClient, now?: () => number }} deps
 */
export function createDisplayNames({ admin, now = Date.now }) {
	/**
	 * Takes `displayName` for the account `name` (already theirs: nothing to do).
	 * @param {string} name @param {string} displayName
	 */
	async function claim(name, displayName) {
		const normalised = normaliseDisplayName(displayName);
		const path = claimPath(normalised);
		const created = await admin.request('PUT', path, { type: 'displayname', name });
		if (created.status === 201 || created.status === 202) return;
		if (created.status === 409) {
			const holder = await admin.request('GET', path);
			if (holder.status === 200 && holder.body.name === name) return;
			throw new HttpError(
				409,
				'display_name_taken',
				'This display name is already taken; choose another.'
			);
		}
		throw new HttpError(503, 'unavailable', 'The display name could not be saved; try again.');
	}

	/** Gives a name back (the account changed it, or was not created). @param {string} name @param {string} displayName */
	async function release(name, displayName) {
		const path = claimPath(normaliseDisplayName(displayName));
		const held = await admin.request('GET', path);
		if (held.status !== 200 || held.body.name !== name) return;
		await admin.request('DELETE', `${path}?rev=${encodeURIComponent(held.body._rev)}`);
	}

	/** Writes the account's public profile (its display name) for the forum. @param {string} name @param {string} displayName */
	async function publish(name, displayName) {
		const path = profilePath(name);
		for (let attempt = 0; attempt < 3; attempt++) {
			const current = await admin.request('GET', path);
			if (current.status === 200 && current.body.displayName === displayName) return;
			const doc = {
				type: 'profile',
				name,
				displayName,
				updatedAt: new Date(now()).toISOString(),
				...(current.status === 200 ? { _rev: current.body._rev } : {})
			};
			const saved = await admin.request('PUT', path, doc);
			if (saved.status === 201 || saved.status === 202) return;
			if (saved.status !== 409) break;
		}
		throw new HttpError(503, 'unavailable', 'The profile could not be saved; try again.');
	}

	return { claim, release, publish };
}

/** @param {string} reason */
const invalid = (reason) => new HttpError(400, 'bad_request', reason);
