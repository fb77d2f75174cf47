// Runs in Node (the gateway). How the gateway tells the database who is calling, once it has
// checked the visitor's own session: the database never sees the visitor's cookie.
import { createHmac } from 'node:crypto';

/** @typedef {import('./user-directory.js').UserRecord} UserRecord */

/**
 * The embedded backend (express-pouchdb): a session cookie in CouchDB 1's format, made for this
 * one request with the backend's secret and the user's salt (HMAC-SHA1 over `name:HEXTIME`).
 * @param {string} secret the backend's `couch_httpd_auth.secret`
 * @returns {(user: UserRecord) => Record<string, string>}
 */
export function embeddedCookieIdentity(secret) {
	return (user) => {
		const data = `${user.name}:${Math.floor(Date.now() / 1000)
			.toString(16)
			.toUpperCase()}`;
		const mac = createHmac('sha1', secret + user.salt)
			.update(data)
			.digest();
		const value = Buffer.concat([Buffer.from(`${data}:`), mac]).toString('base64url');
		return { cookie: `AuthSession=${value}` };
	};
}

/**
 * Apache CouchDB 3: proxy authentication (`{chttpd_auth, proxy_authentication_handler}` with
 * `proxy_use_secret = true`): the name, the roles and a token that proves the gateway knows the
 * shared `[chttpd_auth] secret`.
 * @param {string} secret
 * @param {'sha' | 'sha256'} [hash] CouchDB 3.4 checks tokens with its `hash_algorithms` (sha256, sha)
 * @returns {(user: UserRecord) => Record<string, string>}
 */
export function couchProxyIdentity(secret, hash = 'sha256') {
	return (user) => ({
		'X-Auth-CouchDB-UserName': user.name,
		'X-Auth-CouchDB-Roles': user.roles.join(','),
		'X-Auth-CouchDB-Token': createHmac(hash === 'sha' ? 'sha1' : 'sha256', secret)
			.update(user.name)
			.digest('hex')
	});
}
