// Runs in Node (the embedded database). Who is calling, as Apache CouchDB would decide it: the
// server admin (Basic credentials), a user named by proxy authentication (name, roles and an
// HMAC of the name with the shared secret, exactly CouchDB 3's `proxy_use_secret`), or a visitor.
// Only two callers get this far: the gateway, which sends a token made at each start, and the
// admin. Anyone else on the loopback is refused before any database work.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { HttpError } from '../http/errors.js';

export const gatewayTokenHeader = 'x-passerelle-gateway';

/**
 * @typedef {{ name: string | null, roles: string[], isAdmin: boolean }} Caller
 */

/** @param {string} a @param {string} b */
function same(a, b) {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * @param {{ admin: { name: string, password: string }, secret: string, token: string }} options
 *   `secret`: the proxy-authentication secret the gateway signs names with
 */
export function createCallers({ admin, secret, token }) {
	/** The admin's Basic credentials, or undefined when the header is not Basic. @param {string} header */
	function basicAdmin(header) {
		if (!header.startsWith('Basic ')) return undefined;
		const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		return (
			colon >= 0 &&
			same(decoded.slice(0, colon), admin.name) &&
			same(decoded.slice(colon + 1), admin.password)
		);
	}

	/**
	 * @param {import('node:http').IncomingHttpHeaders} headers
	 * @returns {Caller}
	 */
	function identify(headers) {
		const authorization = headers.authorization ?? '';
		const isAdmin = basicAdmin(authorization);
		if (isAdmin) return { name: admin.name, roles: ['_admin'], isAdmin: true };
		if (isAdmin === false || authorization) {
			throw new HttpError(401, 'unauthorized', 'Name or password is incorrect.');
		}
		const given = headers[gatewayTokenHeader];
		if (typeof given !== 'string' || !same(given, token)) {
			throw new HttpError(
				403,
				'forbidden',
				'This port serves the server’s gateway and its admin only.'
			);
		}
		const name = headers['x-auth-couchdb-username'];
		const proof = headers['x-auth-couchdb-token'];
		if (typeof name !== 'string' || typeof proof !== 'string' || !name) {
			return { name: null, roles: [], isAdmin: false };
		}
		const expected = createHmac('sha256', secret).update(name).digest('hex');
		// A wrong token makes a visitor, as in CouchDB (the next authentication handler decides).
		if (!same(proof, expected)) return { name: null, roles: [], isAdmin: false };
		const roles = String(headers['x-auth-couchdb-roles'] ?? '')
			.split(',')
			.map((role) => role.trim())
			.filter(Boolean);
		return { name, roles, isAdmin: roles.includes('_admin') };
	}

	return { identify };
}
