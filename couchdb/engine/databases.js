// Runs in Node (the embedded database). The databases themselves: Apache PouchDB 9 on LevelDB,
// one folder each under DATA_DIR/databases/, opened on first use and kept open. Nothing else
// lives in those folders: security objects are kept apart (security-store.js), so no document
// write can reach them.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import leveldown from 'leveldown';
import PouchDB from 'pouchdb-core';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import mapReduce from 'pouchdb-mapreduce';
import { HttpError } from '../http/errors.js';

/** @typedef {import('./pouch.js').Pouch} Pouch */

/** PouchDB with the LevelDB adapter and map/reduce (the registry's view, admin only). */
const LevelPouch = /** @type {import('./pouch.js').PouchConstructor} */ (
	/** @type {unknown} */ (PouchDB.plugin(leveldbAdapter).plugin(mapReduce))
);
// Each open database listens to the constructor's events; a server opens many plans' databases.
LevelPouch.setMaxListeners?.(10_000);

/**
 * Names this server accepts: `_users`, and lower-case names a folder can hold as they are (the
 * app's `forum`, `passerelle`, `plan-<uuid>`). PouchDB keeps a view's index in a database named
 * `<name>-mrview-<hash>`: such names are the engine's own.
 * @param {string} name
 */
export function isDatabaseName(name) {
	return name === '_users' || (/^[a-z][a-z0-9_-]{0,127}$/.test(name) && !name.includes('-mrview-'));
}

/** The LevelDB stores PouchDB opened, by folder, for compacting their files (see `compactStorage`). */
const stores = new Map();

/**
 * leveldown, as PouchDB's adapter takes it (`db` option), keeping each store it opens.
 * @param {string} location
 */
function LevelDOWN(location) {
	const store = leveldown(location);
	stores.set(location, store);
	return store;
}
/** @param {string} location @param {(error?: Error) => void} callback */
LevelDOWN.destroy = (location, callback) => {
	stores.delete(location);
	leveldown.destroy(location, callback);
};

/** @param {string} dataDir */
export function createDatabases(dataDir) {
	const folder = join(dataDir, 'databases');
	/** @type {Map<string, Pouch>} */
	const open = new Map();

	/** @param {string} name */
	function checkName(name) {
		if (!isDatabaseName(name)) {
			throw new HttpError(400, 'illegal_database_name', `Name: '${name.slice(0, 60)}'.`);
		}
	}

	/** @param {string} name */
	async function exists(name) {
		if (!isDatabaseName(name)) return false;
		if (open.has(name)) return true;
		return stat(join(folder, name)).then(
			(info) => info.isDirectory(),
			() => false
		);
	}

	/** @param {string} name */
	function instance(name) {
		let db = open.get(name);
		if (!db) {
			db = new LevelPouch(name, { prefix: `${folder}/`, auto_compaction: false, db: LevelDOWN });
			// Every read of the changes listens to the database while it runs: many phones coming
			// back online at once are many reads, not a leak.
			/** @type {{ setMaxListeners?: (n: number) => void }} */ (db).setMaxListeners?.(0);
			open.set(name, db);
		}
		return db;
	}

	return {
		folder,
		exists,
		/** The open database, or a 404 when there is none of that name. @param {string} name */
		async get(name) {
			if (!(await exists(name))) {
				throw new HttpError(404, 'not_found', 'Database does not exist.');
			}
			return instance(name);
		},
		/** Creates a database; false when it already existed. @param {string} name */
		async create(name) {
			checkName(name);
			if (await exists(name)) return false;
			await mkdir(folder, { recursive: true });
			await instance(name).info(); // opening creates its folder
			return true;
		},
		/** Deletes a database and its views' indexes. @param {string} name */
		async destroy(name) {
			const db = await this.get(name);
			open.delete(name);
			await db.destroy();
			// Views' indexes live beside it; PouchDB removes those it knows of, this the rest.
			for (const entry of await readdir(folder).catch(() => [])) {
				if (entry.startsWith(`${name}-mrview-`)) {
					await rm(join(folder, entry), { recursive: true, force: true });
				}
			}
		},
		/**
		 * Rewrites a database's files so that what compaction removed is gone from the disk too:
		 * LevelDB keeps removed values in its files until it merges them.
		 * @param {string} name
		 */
		async compactStorage(name) {
			const store = stores.get(join(folder, name));
			if (!store) return;
			await new Promise((done, fail) =>
				store.compactRange(
					Buffer.from([0]),
					Buffer.alloc(16, 0xff),
					(/** @type {unknown} */ error) => (error ? fail(error) : done(undefined))
				)
			);
		},
		/** The databases' names, sorted. */
		async list() {
			const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
			return entries
				.filter((entry) => entry.isDirectory() && isDatabaseName(entry.name))
				.map((entry) => entry.name)
				.sort();
		},
		/** Closes every open database (the server stops). */
		async close() {
			const all = [...open.values()];
			open.clear();
			await Promise.all(all.map((db) => db.close().catch(() => undefined)));
		}
	};
}

/** @typedef {ReturnType<typeof createDatabases>} Databases */
