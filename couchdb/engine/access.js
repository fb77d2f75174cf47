// Runs in Node (the embedded database). Who may read and write a database, from its security
// object, as Apache CouchDB decides it: server admins always; the database's admins (names or
// roles); its members, or anyone when it names no member. Writing needs reading, then each
// document passes the database's validation functions (writes.js).
import { HttpError } from '../http/errors.js';

/**
 * @typedef {import('./callers.js').Caller} Caller
 * @typedef {import('./security-store.js').SecurityObject} SecurityObject
 */

/** @param {Caller} caller @param {{ names: string[], roles: string[] }} group */
function belongs(caller, group) {
	return (
		(caller.name !== null && group.names.includes(caller.name)) ||
		caller.roles.some((role) => group.roles.includes(role))
	);
}

/** @param {Caller} caller @param {SecurityObject} security */
export function isDatabaseAdmin(caller, security) {
	return caller.isAdmin || belongs(caller, security.admins);
}

/** @param {Caller} caller @param {SecurityObject} security */
export function mayRead(caller, security) {
	const { members } = security;
	const open = members.names.length === 0 && members.roles.length === 0;
	return open || isDatabaseAdmin(caller, security) || belongs(caller, members);
}

/** Throws CouchDB's answer when `caller` may not read. @param {Caller} caller @param {SecurityObject} security */
export function requireReader(caller, security) {
	if (mayRead(caller, security)) return;
	if (caller.name === null) {
		throw new HttpError(401, 'unauthorized', 'You are not authorized to access this db.');
	}
	throw new HttpError(403, 'forbidden', 'You are not allowed to access this db.');
}

/** @param {Caller} caller */
export function requireServerAdmin(caller) {
	if (caller.isAdmin) return;
	throw new HttpError(
		caller.name === null ? 401 : 403,
		caller.name === null ? 'unauthorized' : 'forbidden',
		'You are not a server admin.'
	);
}

/** @param {Caller} caller @param {SecurityObject} security */
export function requireDatabaseAdmin(caller, security) {
	if (isDatabaseAdmin(caller, security)) return;
	throw new HttpError(
		caller.name === null ? 401 : 403,
		caller.name === null ? 'unauthorized' : 'forbidden',
		'You are not a db or server admin.'
	);
}
