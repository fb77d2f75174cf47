// Runs in Node (the server, at start). Checks, as the admin, that the database accepts an account
// made the way the gateway makes them and recognises that user the way the gateway names users to
// it (a cookie for the embedded database, proxy authentication for Apache CouchDB), then removes
// the test account. A deployment where sign-up or log-in cannot work stops here with the reason,
// instead of failing later for every visitor.
import { randomBytes } from 'node:crypto';
import { createAdminClient } from '../gateway/admin-client.js';
import { hashPassword } from '../gateway/passwords.js';
import { userDocPath } from '../gateway/user-directory.js';

/**
 * @param {{ url: string, admin: { name: string, password: string }, headers: Record<string, string>,
 *   identify?: (user: { name: string, roles: string[] }) => Record<string, string> }}
 *   backend `identify` absent (provisioning without the gateway's secret): only the creation
 *   of an account is checked
 * @returns {Promise<void>} rejects with a sentence for the operator
 */
export async function checkAccounts(backend) {
	const admin = createAdminClient({
		baseUrl: backend.url,
		...backend.admin,
		headers: backend.headers
	});
	const name = `passerelle-check-${randomBytes(4).toString('hex')}`;
	const hash = await hashPassword(randomBytes(16).toString('hex'), 100_000);
	const doc = { _id: `org.couchdb.user:${name}`, type: 'user', name, roles: [], ...hash };
	const created = await admin.request('PUT', userDocPath(name), doc);
	if (created.status !== 201 && created.status !== 202) {
		throw new Error(
			`The database refused to create an account as the admin (HTTP ${created.status} ` +
				`${created.body.reason ?? created.body.error ?? ''}): sign-up cannot work.`
		);
	}
	try {
		if (!backend.identify) return;
		const user = { name, roles: [] };
		const seen = await whoAmI(backend, backend.identify(user));
		if (seen !== name) {
			throw new Error(
				`The database does not recognise the users the gateway names (it saw ${seen ?? 'a visitor'}): ` +
					'log-in cannot work. For Apache CouchDB, enable proxy authentication with the same ' +
					'secret as COUCHDB_SECRET (couchdb/README.md).'
			);
		}
		const forged = await whoAmI(backend, {
			...backend.identify(user),
			'X-Auth-CouchDB-Token': 'forged'
		});
		if (forged === name) {
			throw new Error(
				'The database accepts a forged identity: for Apache CouchDB, set ' +
					'[chttpd_auth] proxy_use_secret = true and its secret (couchdb/README.md).'
			);
		}
	} finally {
		const current = await admin.request('GET', userDocPath(name));
		if (current.status === 200) {
			await admin.request('DELETE', `${userDocPath(name)}?rev=${current.body._rev}`);
		}
	}
}

/**
 * The name the database sees for these headers (null: a visitor).
 * @param {{ url: string, headers: Record<string, string> }} backend
 * @param {Record<string, string>} identity
 */
async function whoAmI(backend, identity) {
	const response = await fetch(`${backend.url}/_session`, {
		headers: { ...backend.headers, ...identity, accept: 'application/json' }
	});
	const body = await response.json().catch(() => ({}));
	return body?.userCtx?.name ?? null;
}
