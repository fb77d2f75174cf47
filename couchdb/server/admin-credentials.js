// Runs in Node (embedded server). The embedded server must never run in "admin party": it always
// has an admin, taken from the environment or generated once and kept in the data folder.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @param {string} dataDir
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ name: string, password: string, source: 'environment' | 'generated' | 'data-dir' }>}
 */
export async function loadAdminCredentials(dataDir, env = process.env) {
	if (env.COUCHDB_USER && env.COUCHDB_PASSWORD) {
		return { name: env.COUCHDB_USER, password: env.COUCHDB_PASSWORD, source: 'environment' };
	}
	const file = join(dataDir, 'admin.json');
	try {
		const saved = JSON.parse(await readFile(file, 'utf8'));
		if (typeof saved.name === 'string' && typeof saved.password === 'string') {
			return { name: saved.name, password: saved.password, source: 'data-dir' };
		}
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
	}
	const generated = { name: 'admin', password: randomBytes(24).toString('base64url') };
	// 0600: only the account running the server may read the secret.
	await writeFile(file, JSON.stringify(generated, null, '\t') + '\n', { mode: 0o600, flag: 'wx' });
	return { ...generated, source: 'generated' };
}
