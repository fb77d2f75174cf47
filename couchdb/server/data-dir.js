// Runs in Node (the server). The data folder holds password hashes, the admin's secret and the
// session secret: readable by the account running the server only (0700, files 0600), including
// a folder made by an older version with the usual 0755/0644.
import { chmod, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** @param {string} dataDir */
export async function prepareDataDir(dataDir) {
	// Everything this process creates from now on is private (LevelDB files included).
	process.umask(0o077);
	await mkdir(dataDir, { recursive: true, mode: 0o700 });
	await restrict(dataDir);
}

/** @param {string} dir */
async function restrict(dir) {
	await chmod(dir, 0o700);
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) await restrict(path);
		else if (entry.isFile()) await chmod(path, 0o600);
	}
}
