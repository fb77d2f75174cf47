#!/usr/bin/env node
// `npm run test:server`: the server suite (couchdb/**/*.spec.ts: the gateway, the access matrix,
// plan sharing, accounts, sessions, limits, the audit) against the embedded database, or with
// `-- --couchdb http://admin:password@127.0.0.1:5984` against an Apache CouchDB 3 (its
// `[chttpd_auth] secret` in COUCHDB_SECRET, or `--secret …`). The CouchDB given is emptied of the
// app's databases and accounts before each server the suite starts: use a CouchDB of its own.
// Behaviour that differs between the engines is named in the specs (`embeddedOnly`).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
/** @param {string} name */
const option = (name) => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
};
const couchdb = option('--couchdb');
const secret = option('--secret') ?? process.env.COUCHDB_SECRET;
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env };
if (couchdb) {
	const url = new URL(couchdb);
	if (!url.username && process.env.COUCHDB_USER) {
		url.username = encodeURIComponent(process.env.COUCHDB_USER);
		url.password = encodeURIComponent(process.env.COUCHDB_PASSWORD ?? '');
	}
	if (!url.username || !secret) {
		console.error(
			'Usage: npm run test:server -- --couchdb http://admin:password@host:5984 --secret <[chttpd_auth] secret>'
		);
		process.exit(2);
	}
	env.TEST_COUCHDB_URL = url.toString();
	env.TEST_COUCHDB_SECRET = secret;
	console.log(`Server suite against Apache CouchDB at ${url.host}, behind the gateway`);
} else {
	console.log('Server suite against the embedded database');
}
const passed = args.filter(
	(arg, i) =>
		!['--couchdb', '--secret'].includes(arg) &&
		!['--couchdb', '--secret'].includes(args[i - 1] ?? '')
);
// One CouchDB for every spec: the files run one after another.
const vitest = spawnSync(
	process.execPath,
	[
		'node_modules/vitest/vitest.mjs',
		'run',
		'couchdb',
		...(couchdb ? ['--no-file-parallelism'] : []),
		...passed
	],
	{ stdio: 'inherit', env }
);
process.exit(vitest.status ?? 1);
