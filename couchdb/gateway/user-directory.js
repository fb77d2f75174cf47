// Runs in Node (the gateway). Who a session belongs to: user documents read as the admin and kept
// for a few seconds, so a logged-in reader does not cost a `_users` read per request, while a
// changed password, a removed account or a new role is seen within `ttlMs`.

/** @typedef {import('./admin-client.js').AdminClient} AdminClient */
/**
 * @typedef {{ name: string, roles: string[], salt: string, doc: Record<string, unknown> }} UserRecord
 */

/** The `_users` document id of a name. @param {string} name */
export const userDocId = (name) => `org.couchdb.user:${name}`;

/** @param {string} name */
export const userDocPath = (name) => `/_users/${encodeURIComponent(userDocId(name))}`;

/**
 * @param {{ admin: AdminClient, ttlMs?: number, now?: () => number }} options
 */
export function createUserDirectory({ admin, ttlMs = 5_000, now = Date.now }) {
	/** @type {Map<string, { at: number, user: Promise<UserRecord | null> }>} */
	const cache = new Map();

	/** @param {string} name @returns {Promise<UserRecord | null>} */
	async function read(name) {
		const { status, body } = await admin.request('GET', userDocPath(name));
		if (status === 404) return null;
		if (status !== 200) throw new Error(`reading a user failed: HTTP ${status}`);
		const roles = Array.isArray(body.roles)
			? body.roles.filter((/** @type {unknown} */ r) => typeof r === 'string')
			: [];
		return { name, roles, salt: typeof body.salt === 'string' ? body.salt : '', doc: body };
	}

	return {
		/** The user, or null when there is no such account. @param {string} name */
		get(name) {
			const hit = cache.get(name);
			if (hit && now() - hit.at < ttlMs) return hit.user;
			const user = read(name);
			cache.set(name, { at: now(), user });
			// A failed read is not remembered: the next request asks again.
			user.catch(() => cache.delete(name));
			if (cache.size > 10_000) cache.delete(cache.keys().next().value ?? '');
			return user;
		},
		/** Forgets a user after the gateway changed their document. @param {string} name */
		forget(name) {
			cache.delete(name);
		}
	};
}
