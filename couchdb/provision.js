#!/usr/bin/env node
// Runs in Node: `COUCHDB_URL=https://admin:secret@couch.example:5984 npm run provision`
// (or COUCHDB_USER / COUCHDB_PASSWORD beside a bare COUCHDB_URL). Safe to run any number of times.
import { couchProxyIdentity } from './gateway/backend-identity.js';
import { provision } from './provision-lib.js';
import { checkAccounts } from './server/account-check.js';

const url = process.env.COUCHDB_URL;
if (!url) {
	console.error('COUCHDB_URL is not set (e.g. http://admin:secret@127.0.0.1:5984).');
	process.exit(2);
}
try {
	const report = await provision({
		url,
		user: process.env.COUCHDB_USER,
		password: process.env.COUCHDB_PASSWORD,
		seedDemo: process.env.FORUM_DEMO === '1',
		log: (line) => console.log(line)
	});
	console.log(`created:   ${report.created.join(', ') || '—'}`);
	console.log(`updated:   ${report.updated.join(', ') || '—'}`);
	console.log(`unchanged: ${report.unchanged.join(', ') || '—'}`);
	// Sign-up (an account created as the admin, as the gateway does) and, with the gateway's
	// secret, log-in (CouchDB recognises a user named by proxy authentication).
	const parsed = new URL(url);
	const admin = {
		name: process.env.COUCHDB_USER ?? decodeURIComponent(parsed.username),
		password: process.env.COUCHDB_PASSWORD ?? decodeURIComponent(parsed.password)
	};
	parsed.username = '';
	parsed.password = '';
	const secret = process.env.COUCHDB_SECRET;
	await checkAccounts({
		url: parsed.toString().replace(/\/$/, ''),
		admin,
		headers: {},
		identify: secret ? couchProxyIdentity(secret) : undefined
	});
	console.log(
		secret
			? 'accounts:  sign-up and log-in through the gateway will work'
			: 'accounts:  sign-up will work (set COUCHDB_SECRET to check log-in too)'
	);
} catch (error) {
	console.error(`Provisioning failed: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
