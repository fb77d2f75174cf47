// Runs in Node (the server, at start). Moves a data folder made by Passerelle 0.1 (express-pouchdb
// on pouchdb-node 7) to the engine's layout, once, before the engine opens it:
// - each database's LevelDB folder (and its views' indexes) moves into `databases/` (same format:
//   PouchDB 9 reads PouchDB 7's LevelDB as it is);
// - each security object moves out of the `_local/_security` document express-pouchdb kept it in,
//   into `security/<db>.json`, and that document is deleted;
// - the server's id (PouchDB names replication checkpoints with it) is kept;
// - express-pouchdb's own files (`config.json`, its `pouch__all_dbs__` list) go.
// Each step can run again after a crash; `engine.json` is written last and marks the end.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDatabases } from './databases.js';
import { createSecurityStore } from './security-store.js';

const formatFile = 'engine.json';
const legacyListDb = 'pouch__all_dbs__';

/**
 * Prepares the data folder; returns the server's id.
 * @param {string} dataDir
 * @param {(line: string) => void} [log]
 * @returns {Promise<string>}
 */
export async function prepareEngineData(dataDir, log = (line) => console.log(line)) {
	const format = await readJson(join(dataDir, formatFile));
	if (typeof format?.uuid === 'string') return format.uuid;
	const legacyConfig = await readJson(join(dataDir, 'config.json'));
	const legacy = await legacyDatabases(dataDir);
	const uuid =
		typeof legacyConfig?.couchdb?.uuid === 'string' ? legacyConfig.couchdb.uuid : randomUUID();
	if (legacy.length > 0) {
		log(`Moving ${legacy.length} databases from Passerelle 0.1's layout (express-pouchdb)…`);
		await moveDatabases(dataDir, legacy);
	}
	// Every database, also those a start interrupted after moving them.
	await moveSecurityObjects(dataDir);
	await rm(join(dataDir, legacyListDb), { recursive: true, force: true });
	await rm(join(dataDir, 'config.json'), { force: true });
	await writeFile(
		join(dataDir, formatFile),
		JSON.stringify({ format: 2, uuid }, null, '\t') + '\n',
		{
			mode: 0o600
		}
	);
	return uuid;
}

/** LevelDB folders at the top of the data folder (0.1's layout), views' indexes included. @param {string} dataDir */
async function legacyDatabases(dataDir) {
	const entries = await readdir(dataDir, { withFileTypes: true });
	const found = [];
	for (const entry of entries) {
		if (!entry.isDirectory() || entry.name === legacyListDb) continue;
		if (entry.name === 'databases' || entry.name === 'security') continue;
		const isLevelDb = await stat(join(dataDir, entry.name, 'CURRENT')).then(
			() => true,
			() => false
		);
		if (isLevelDb) found.push(entry.name);
	}
	return found;
}

/** @param {string} dataDir @param {string[]} names */
async function moveDatabases(dataDir, names) {
	const target = join(dataDir, 'databases');
	await mkdir(target, { recursive: true, mode: 0o700 });
	for (const name of names) await rename(join(dataDir, name), join(target, name));
}

/**
 * express-pouchdb's `_local/_security` documents become security objects of their own.
 * @param {string} dataDir
 */
async function moveSecurityObjects(dataDir) {
	const databases = createDatabases(dataDir);
	const security = createSecurityStore(dataDir);
	try {
		for (const name of await databases.list()) {
			const db = await databases.get(name);
			const stored = await db.get('_local/_security').catch(() => undefined);
			if (!stored) continue;
			if (stored.security && typeof stored.security === 'object') {
				await security.set(name, stored.security);
			}
			await db.put({ _id: '_local/_security', _rev: stored._rev, _deleted: true });
		}
	} finally {
		await databases.close();
	}
}

/** @param {string} path */
async function readJson(path) {
	try {
		return JSON.parse(await readFile(path, 'utf8'));
	} catch {
		return undefined;
	}
}
