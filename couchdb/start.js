#!/usr/bin/env node
// Runs in Node: `npm start`. Builds the app when its sources changed, then serves the app and the
// CouchDB-compatible API (/db) on one port, provisions the databases and prints the URL.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildIfNeeded } from './server/build-if-needed.js';
import { startServer } from './server/start-server.js';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '0.0.0.0';
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const buildDir = resolve(process.env.BUILD_DIR ?? 'build');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT must be a number between 0 and 65535, got "${process.env.PORT}".`);
	process.exit(2);
}

await mkdir(dataDir, { recursive: true });
if (!process.env.BUILD_DIR) await buildIfNeeded(buildDir);
// Demo accounts and forum threads on first start; FORUM_DEMO=0 turns them off.
const seedDemo = process.env.FORUM_DEMO !== '0';
const server = await startServer({ port, host, dataDir, buildDir, seedDemo });
console.log(`Passerelle is running at ${server.url}/ (CouchDB API at ${server.url}/db/)`);
console.log(`Data folder: ${dataDir}`);
if (server.adminSource === 'generated') {
	console.log(`A new admin account was generated; its password is in ${dataDir}/admin.json`);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		void server.close().then(() => process.exit(0));
	});
}
