// Runs in Node (the server). Secrets made once and kept in the data folder, so a restart keeps
// everyone logged in: the gateway's session secret and the embedded database's cookie secret.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @param {string} dataDir
 * @param {NodeJS.ProcessEnv} [env] SESSION_SECRET overrides the kept one (several gateways of
 *   one deployment must share it)
 * @returns {Promise<{ session: string, backend: string }>}
 */
export async function loadSecrets(dataDir, env = process.env) {
	const file = join(dataDir, 'secrets.json');
	/** @type {Record<string, unknown>} */
	let saved = {};
	try {
		saved = JSON.parse(await readFile(file, 'utf8'));
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
	}
	const secrets = {
		session: typeof saved.session === 'string' ? saved.session : randomBytes(32).toString('hex'),
		backend: typeof saved.backend === 'string' ? saved.backend : randomBytes(32).toString('hex')
	};
	if (secrets.session !== saved.session || secrets.backend !== saved.backend) {
		await writeFile(file, JSON.stringify(secrets, null, '\t') + '\n', { mode: 0o600 });
	}
	return { ...secrets, session: env.SESSION_SECRET || secrets.session };
}
