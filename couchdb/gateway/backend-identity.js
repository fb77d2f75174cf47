// Runs in Node (the gateway). How the gateway tells the database who is calling, once it has
// checked the visitor's own session: the database never sees the visitor's cookie. The embedded
// database and Apache CouchDB are told the same way.
import { createHmac } from 'node:crypto';

/** @typedef {import('./user-directory.js').UserRecord} UserRecord */

/**
 * Proxy authentication, as Apache CouchDB 3 has it (`{chttpd_auth, proxy_authentication_handler}` with
 * `proxy_use_secret = true`): the name, the roles and a token that proves the gateway knows the
 * shared `[chttpd_auth] secret`.
 * @param {string} secret
 * @param {'sha' | 'sha256'} [hash] CouchDB 3.4 checks tokens with its `hash_algorithms` (sha256, sha)
 * @returns {(user: Pick<UserRecord, 'name' | 'roles'>) => Record<string, string>}
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
