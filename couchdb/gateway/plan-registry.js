// Runs in Node (the gateway). Who shares which plan: the `passerelle` database, readable by the
// admin only, holds one document per shared plan (`plan:<id>`: owner, members and their roles)
// and one per open invitation (`invite:<code>`). Each plan's own database (`plan-<id>`) gets its
// `_security` from it: members may read, and its `validate_doc_update` lets owners and editors
// write (secObj.passerelle.roles). The registry is the truth; `_security` is derived from it.
import { HttpError } from '../http/errors.js';

export const registryDb = 'passerelle';

/** @typedef {'owner' | 'editor' | 'reader'} PlanRole */
/**
 * @typedef {{ _id: string, _rev?: string, type: 'plan', planId: string, name: string,
 *   owner: string, members: Record<string, PlanRole>, createdAt: string }} PlanEntry
 * @typedef {{ _id: string, _rev?: string, type: 'invite', planId: string, role: PlanRole,
 *   createdBy: string, createdAt: string, expiresAt: string }} InviteEntry
 */

/**
 * A member's role in a shared plan, or undefined (`members` maps user names, which anyone chooses:
 * `constructor` or `__proto__` must not find an inherited property).
 * @param {{ members: Record<string, PlanRole> }} entry @param {string} name
 * @returns {PlanRole | undefined}
 */
export function roleOf(entry, name) {
	return Object.hasOwn(entry.members, name) ? entry.members[name] : undefined;
}

/** A plan's database name (plan ids are UUIDs). @param {string} planId */
export const planDatabase = (planId) => `plan-${planId}`;

/** The plan id of a database name, or undefined. @param {string} name */
export function planIdOf(name) {
	const match = /^plan-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(name);
	return match?.[1];
}

/**
 * @param {{ admin: import('./admin-client.js').AdminClient, ttlMs?: number, now?: () => number }} deps
 */
export function createPlanRegistry({ admin, ttlMs = 5_000, now = Date.now }) {
	/** @type {Map<string, { at: number, entry: Promise<PlanEntry | null> }>} */
	const cache = new Map();
	const path = (/** @type {string} */ id) => `/${registryDb}/${encodeURIComponent(id)}`;

	/** @param {string} planId @returns {Promise<PlanEntry | null>} */
	async function read(planId) {
		const { status, body } = await admin.request('GET', path(`plan:${planId}`));
		if (status === 404) return null;
		if (status !== 200) throw new Error(`the plan registry answered ${status}`);
		return body;
	}

	return {
		/** The shared plan's entry (cached for `ttlMs`), or null. @param {string} planId */
		plan(planId) {
			const hit = cache.get(planId);
			if (hit && now() - hit.at < ttlMs) return hit.entry;
			const entry = read(planId);
			cache.set(planId, { at: now(), entry });
			entry.catch(() => cache.delete(planId));
			if (cache.size > 10_000) cache.delete(cache.keys().next().value ?? '');
			return entry;
		},
		/** The plan's entry as stored now (no cache). @param {string} planId */
		fresh(planId) {
			cache.delete(planId);
			return read(planId);
		},
		/**
		 * Saves a plan entry (its `_rev` guards against a concurrent change: 409), then its
		 * database's `_security`.
		 * @param {PlanEntry} entry
		 */
		async save(entry) {
			const saved = await admin.request('PUT', path(entry._id), entry);
			cache.delete(entry.planId);
			if (saved.status === 409) {
				throw new HttpError(409, 'conflict', 'The plan’s members changed meanwhile; try again.');
			}
			if (saved.status !== 201 && saved.status !== 200) {
				throw new Error(`saving the plan registry failed: ${saved.status}`);
			}
			await applySecurity(entry);
			return { ...entry, _rev: saved.body.rev };
		},
		/** Forgets a plan (its database is deleted by the caller). @param {PlanEntry} entry */
		async remove(entry) {
			await admin.request('DELETE', `${path(entry._id)}?rev=${entry._rev}`);
			cache.delete(entry.planId);
		},
		/** Plans `name` is a member of, with the role. @param {string} name */
		async plansOf(name) {
			const query = new URLSearchParams({ key: JSON.stringify(name) });
			const { status, body } = await admin.request(
				'GET',
				`/${registryDb}/_design/registry/_view/by_member?${query}`
			);
			if (status !== 200) throw new Error(`the plan registry answered ${status}`);
			return /** @type {{ id: string, value: { planId: string, role: PlanRole, name: string } }[]} */ (
				body.rows
			).map((row) => row.value);
		},
		/** @param {InviteEntry} invite */
		async addInvite(invite) {
			const { status } = await admin.request('PUT', path(invite._id), invite);
			if (status !== 201 && status !== 200)
				throw new Error(`saving an invitation failed: ${status}`);
		},
		/** @param {string} code @returns {Promise<InviteEntry | null>} */
		async invite(code) {
			const { status, body } = await admin.request('GET', path(`invite:${code}`));
			return status === 200 ? body : null;
		},
		/** Uses up an invitation; false when someone else used it first. @param {InviteEntry} invite */
		async useInvite(invite) {
			const { status } = await admin.request('DELETE', `${path(invite._id)}?rev=${invite._rev}`);
			return status === 200;
		}
	};

	/** @param {PlanEntry} entry */
	async function applySecurity(entry) {
		const security = {
			admins: { names: [], roles: [] },
			members: { names: Object.keys(entry.members), roles: [] },
			passerelle: { planId: entry.planId, roles: entry.members }
		};
		const { status } = await admin.request(
			'PUT',
			`/${planDatabase(entry.planId)}/_security`,
			security
		);
		if (status !== 200 && status !== 201) throw new Error(`setting _security failed: ${status}`);
	}
}
