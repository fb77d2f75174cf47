#!/usr/bin/env node
// Runs in Node: the server itself (the app, the gateway at /db, the embedded database or the
// gateway in front of Apache CouchDB), started and watched by `npm start` (couchdb/start.js),
// which starts it again if it ever stops. Settings come from the environment (server-env.js).
import { readServerEnv } from './server-env.js';
import { startServer } from './start-server.js';

const settings = readServerEnv(process.env);
const server = await startServer(settings);
console.log(`Passerelle is running at ${server.url}/ (CouchDB API at ${server.url}/db/)`);
console.log(`Server process: ${process.pid}`);
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
process.send?.({ type: 'ready', port: Number(new URL(server.url).port) });

// Keep serving whatever a request does: an unexpected rejection is logged, never fatal.
process.on('unhandledRejection', (reason) => {
	console.error(`[server] unhandled rejection: ${reason instanceof Error ? reason.stack : reason}`);
});
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The supervisor going away, even killed, must not leave this process holding the port.
process.on('disconnect', () => process.exit(0));
