#!/usr/bin/env node
// Runs in Node: `npm start`. Builds the app when its sources changed, then serves the app and the
// CouchDB API (/db, through the gateway) on one port, provisions the databases and prints the URL.
import { resolve } from 'node:path';
import { buildIfNeeded } from './server/build-if-needed.js';
import { readServerEnv } from './server/server-env.js';
import { startServer } from './server/start-server.js';

let settings;
try {
	settings = readServerEnv(process.env);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(2);
}

if (!process.env.BUILD_DIR) await buildIfNeeded(resolve('build'));
const server = await startServer(settings);
console.log(`Passerelle is running at ${server.url}/ (CouchDB API at ${server.url}/db/)`);
console.log(`Data folder: ${settings.dataDir}`);
if (settings.couchdb) {
	console.log(`Database: Apache CouchDB at ${settings.couchdb.url}, behind the gateway`);
} else {
	console.log(`Database admin (loopback only, admin credentials): ${server.adminUrl}/`);
}
if (server.adminSource === 'generated') {
	console.log(
		`A new admin account was generated; its password is in ${settings.dataDir}/admin.json`
	);
}

// Keep serving whatever a request does: an unexpected rejection is logged, never fatal.
process.on('unhandledRejection', (reason) => {
	console.error(`[server] unhandled rejection: ${reason instanceof Error ? reason.stack : reason}`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		void server.close().then(() => process.exit(0));
	});
}
