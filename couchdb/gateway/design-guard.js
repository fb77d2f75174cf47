// Runs in Node (the gateway). Writes to a database are refused while its design document (and so
// its `validate_doc_update`, the rules every write must pass) is missing: without it the database
// would store anything from anyone. Checked as the admin, remembered for `ttlMs` when present.
import { HttpError } from '../http/errors.js';

/**
 * @param {{ admin: import('./admin-client.js').AdminClient, ttlMs?: number, now?: () => number }} deps
 */
export function createDesignGuard({ admin, ttlMs = 30_000, now = Date.now }) {
	/** @type {Map<string, number>} database → when its rules were last seen */
	const seen = new Map();

	return {
		/**
		 * Throws a 503 when `db` has lost its rules (`_design/<design>`).
		 * @param {string} db @param {string} design
		 */
		async ensureRules(db, design) {
			const at = seen.get(db);
			if (at !== undefined && now() - at < ttlMs) return;
			const path = `/${encodeURIComponent(db)}/${encodeURIComponent(`_design/${design}`)}`;
			const { status, body } = await admin.request('GET', path);
			if (status === 200 && typeof body.validate_doc_update === 'string') {
				seen.set(db, now());
				return;
			}
			seen.delete(db);
			console.error(`[gateway] ${db}: _design/${design} is missing; writes are refused.`);
			throw new HttpError(
				503,
				'unavailable',
				'Writing is paused: the server’s rules for this database are missing. ' +
					'The administrator must run the provisioning again.'
			);
		}
	};
}
