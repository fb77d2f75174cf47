// Runs in Node (the gateway). Who a session belongs to: user documents read as the admin and kept
// for a few seconds, so a logged-in reader does not cost a `_users` read per request, while a
// changed password, a removed account or a new role is seen within `ttlMs`.

/** @typedef {import('./admin-client.js').AdminClient} AdminClient */
/**
 * @typedef {{ name: string, roles: string[], salt: string, generation: number,
 *   revoked: Set<string>, doc: Record<string, unknown> }} UserRecord
 *   `generation` and `revoked`: the account's sessions (session-cookie.js), from its `sessions`
 *   field `{ generation, revoked: [{ id, until }] }`
 */

/** The sessions field of an account document, read defensively. @param {unknown} value */
export function sessionsOf(value) {
	const field = /** @type {{ generation?: unknown, revoked?: unknown }} */ (
		value && typeof value === 'object' ? value : {}
	);
	const generation = Number.isSafeInteger(field.generation) ? Number(field.generation) : 0;
	const revoked = Array.isArray(field.revoked)
		? field.revoked.filter(
				(/** @type {unknown} */ entry) =>
					entry !== null &&
					typeof entry === 'object' &&
					typeof (/** @type {{ id?: unknown }} */ (entry).id) === 'string' &&
					typeof (/** @type {{ until?: unknown }} */ (entry).until) === 'number'
			)
		: [];
	return {
		generation,
		/** @type {{ id: string, until: number }[]} */ revoked
	};
}

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
		const sessions = sessionsOf(body.sessions);
		return {
			name,
			roles,
			salt: typeof body.salt === 'string' ? body.salt : '',
			generation: sessions.generation,
			revoked: new Set(sessions.revoked.map((entry) => entry.id)),
			doc: body
		};
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
		},
		/**
		 * Changes an account's document as the admin: `change` gets the stored document and returns
		 * the new one; a concurrent change (409) makes it try again on the fresh document.
		 * @param {string} name
		 * @param {(doc: Record<string, unknown>) => Record<string, unknown> | Promise<Record<string, unknown>>} change
		 */
		async update(name, change) {
			for (let attempt = 0; attempt < 3; attempt++) {
				const { status, body } = await admin.request('GET', userDocPath(name));
				if (status !== 200) throw new Error(`reading a user failed: HTTP ${status}`);
				const saved = await admin.request('PUT', userDocPath(name), await change(body));
				cache.delete(name);
				if (saved.status === 201 || saved.status === 202) return saved.body;
				if (saved.status !== 409) throw new Error(`saving a user failed: HTTP ${saved.status}`);
			}
			throw new Error('saving a user failed: it kept changing');
		}
	};
}
