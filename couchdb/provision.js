#!/usr/bin/env node
// Runs in Node: `COUCHDB_URL=https://admin:secret@couch.example:5984 npm run provision`
// (or COUCHDB_USER / COUCHDB_PASSWORD beside a bare COUCHDB_URL). Safe to run any number of times.
import { provision } from './provision-lib.js';

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
} catch (error) {
	console.error(`Provisioning failed: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
