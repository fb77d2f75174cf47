// Runs in Node (the embedded database). Each database's security object (who are its admins and
// members; a shared plan's roles), kept in DATA_DIR/security/<db>.json, outside the databases:
// no document write, whatever its id, can reach it (express-pouchdb kept it as the ordinary
// document `_local/_security`, which any member could overwrite). Read once, then from memory.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HttpError } from '../http/errors.js';
import { isPlainObject } from '../http/json-body.js';

/**
 * @typedef {{ names: string[], roles: string[] }} Group
 * @typedef {{ admins: Group, members: Group } & Record<string, unknown>} SecurityObject
 */

/** A database nobody restricted: readable by anyone, its admins the server's. */
export const openSecurity = () => ({
	admins: { names: [], roles: [] },
	members: { names: [], roles: [] }
});

/** CouchDB 3's default for `_users`: only server admins. */
const usersSecurity = () => ({
	admins: { names: [], roles: [] },
	members: { names: [], roles: ['_admin'] }
});

/** @param {string} dataDir */
export function createSecurityStore(dataDir) {
	const folder = join(dataDir, 'security');
	/** @type {Map<string, SecurityObject>} */
	const cache = new Map();
	const file = (/** @type {string} */ db) => join(folder, `${db}.json`);

	return {
		/** @param {string} db @returns {Promise<SecurityObject>} */
		async get(db) {
			const hit = cache.get(db);
			if (hit) return hit;
			let stored;
			try {
				stored = parseSecurity(JSON.parse(await readFile(file(db), 'utf8')));
			} catch (error) {
				if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
				stored = db === '_users' ? usersSecurity() : openSecurity();
			}
			cache.set(db, stored);
			return stored;
		},
		/** Replaces a database's security object (checked first). @param {string} db @param {unknown} value */
		async set(db, value) {
			const security = parseSecurity(value);
			await mkdir(folder, { recursive: true, mode: 0o700 });
			// Written whole then renamed: a crash leaves the old object or the new, never half.
			const temporary = `${file(db)}.${process.pid}.tmp`;
			await writeFile(temporary, JSON.stringify(security, null, '\t') + '\n', { mode: 0o600 });
			await rename(temporary, file(db));
			cache.set(db, security);
		},
		/** Forgets a deleted database's object. @param {string} db */
		async remove(db) {
			cache.delete(db);
			await rm(file(db), { force: true });
		}
	};
}

/**
 * A security object as CouchDB accepts one: `admins` and `members`, each with lists of names and
 * roles; other fields (a shared plan's `passerelle` roles) kept as they are.
 * @param {unknown} value
 * @returns {SecurityObject}
 */
export function parseSecurity(value) {
	if (!isPlainObject(value)) throw invalid('The security object must be a JSON object.');
	const group = (/** @type {string} */ key) => {
		const given = value[key] ?? { names: [], roles: [] };
		if (!isPlainObject(given)) throw invalid(`${key} must be an object.`);
		const names = given.names ?? [];
		const roles = given.roles ?? [];
		if (!isStringList(names) || !isStringList(roles)) {
			throw invalid(`${key}.names and ${key}.roles must be lists of strings.`);
		}
		return { names: [...names], roles: [...roles] };
	};
	return { ...value, admins: group('admins'), members: group('members') };
}

/** @param {unknown} list @returns {list is string[]} */
const isStringList = (list) =>
	Array.isArray(list) && list.every((item) => typeof item === 'string');

/** @param {string} reason */
const invalid = (reason) => new HttpError(400, 'bad_request', reason);

/** @typedef {ReturnType<typeof createSecurityStore>} SecurityStore */
