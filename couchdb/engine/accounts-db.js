// Runs in Node (the embedded database). The `_users` database, as Apache CouchDB 3 keeps it: only
// the server admin writes it (the gateway creates and updates every account as the admin), a
// user may read their own document, and every account is `org.couchdb.user:<name>` of type
// `user` with a list of roles. A `password` the admin writes is hashed before it is stored
// (PBKDF2-SHA256 in CouchDB 3.4's format), so no clear password is ever kept.
import { HttpError } from '../http/errors.js';
import { hashPassword } from '../gateway/passwords.js';

export const usersDb = '_users';

/**
 * Refuses a write to `_users` by anyone but the server admin.
 * @param {import('./callers.js').Caller} caller
 */
export function checkAccountWriter(caller) {
	if (caller.isAdmin) return;
	// Apache CouchDB's answers: `_users` has only the server's admins as members.
	if (caller.name === null) {
		throw new HttpError(401, 'unauthorized', 'You are not authorized to access this db.');
	}
	throw new HttpError(403, 'forbidden', 'Only the server admin writes accounts.');
}

/**
 * Whether `caller` may read the document `id` of `_users`: the admin, or the account's owner.
 * @param {import('./callers.js').Caller} caller @param {string} id
 */
export function mayReadAccount(caller, id) {
	return caller.isAdmin || (caller.name !== null && id === `org.couchdb.user:${caller.name}`);
}

/**
 * An account document checked as CouchDB's `_design/_auth` checks it, its `password` replaced by
 * the hash. Deletions pass as they are.
 * @param {Record<string, unknown> & { _id: string }} doc @param {number} iterations
 */
export async function prepareAccount(doc, iterations) {
	if (doc._id.startsWith('_design/') || doc._deleted === true) return doc;
	const fail = (/** @type {string} */ reason) => {
		throw new HttpError(403, 'forbidden', reason);
	};
	if (doc.type !== 'user') fail('doc.type must be user');
	if (typeof doc.name !== 'string' || !doc.name) fail('doc.name is required');
	if (doc._id !== `org.couchdb.user:${doc.name}`) {
		fail('Doc ID must be of the form org.couchdb.user:name');
	}
	if (!Array.isArray(doc.roles) || !doc.roles.every((role) => typeof role === 'string')) {
		fail('doc.roles must be an array of strings');
	}
	if (typeof doc.password !== 'string') return doc;
	const { password, ...rest } = doc;
	return { ...rest, ...(await hashPassword(password, iterations)) };
}
