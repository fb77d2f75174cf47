// Runs in Node: the legacy server (express-pouchdb 4.2 on pouchdb-node 7, behind the gateway of
// its time), the server benchmark's baseline. It comes from the repository's own history, never
// from the project's dependencies: commit 491b752 (the last one with it) is extracted with
// `git archive` into a cache folder that git ignores, and its production dependencies installed
// there once; later runs reuse it. Progress goes to stderr.
import { spawn } from 'node:child_process';
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The last commit with express-pouchdb: "First-sync spec: the shared startServerProcess…". */
export const legacyCommit = '491b752';

const root = resolve(import.meta.dirname, '../..');
const cacheDir = join(root, 'bench-results', '.legacy-server', legacyCommit);
const readyFile = join(cacheDir, '.ready');
/** Bumped when what is extracted changes, so an older cache is rebuilt. */
const cacheVersion = `${legacyCommit} 2`;

/**
 * The legacy server's folder (its `couchdb/server/main.js` runs as `npm start` ran it then), or
 * why it cannot be had on this machine (no git history, no registry): the benchmark then skips
 * the comparison instead of failing.
 * @param {(message: string) => void} log
 * @returns {Promise<{ dir: string } | { skipped: string }>}
 */
export async function prepareLegacyServer(log) {
	if (await isReady()) {
		log(`Legacy server (${legacyCommit}) reused from ${cacheDir}`);
		return { dir: cacheDir };
	}
	const found = await run('git', ['cat-file', '-e', `${legacyCommit}^{commit}`], root, 'ignore');
	if (found !== 0) {
		return {
			skipped: `commit ${legacyCommit} is not in this clone's history (a shallow clone or an export?), so the express-pouchdb baseline cannot be built; fetch the full history to compare`
		};
	}
	log(`Legacy server: extracting ${legacyCommit} into ${cacheDir}`);
	await rm(cacheDir, { recursive: true, force: true });
	await mkdir(cacheDir, { recursive: true });
	const extracted = await extract();
	if (extracted !== 0) return { skipped: `git archive ${legacyCommit} | tar -x failed` };
	log('Legacy server: npm ci --omit=dev (once; later runs reuse it)');
	const installed = await run(
		'npm',
		['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'],
		cacheDir,
		'stderr'
	);
	if (installed !== 0) {
		return {
			skipped: `npm ci in ${cacheDir} failed (exit ${installed}; no registry access?), see the messages above`
		};
	}
	await writeFile(readyFile, `${cacheVersion}\n`);
	log('Legacy server ready');
	return { dir: cacheDir };
}

async function isReady() {
	try {
		await access(join(cacheDir, 'node_modules', 'express-pouchdb'));
		return (await readFile(readyFile, 'utf8')).trim() === cacheVersion;
	} catch {
		return false;
	}
}

/**
 * What the legacy server needs from its commit: its dependencies' lists, `couchdb/`, and the one
 * module it imports from outside it (its static app's Content-Security-Policy).
 */
const extractedPaths = [
	'package.json',
	'package-lock.json',
	'couchdb',
	'scripts/lib/content-security-policy.js'
];

/** `git archive <commit> <paths> | tar -x -C <cache>`. */
function extract() {
	return new Promise((done) => {
		const archive = spawn('git', ['archive', legacyCommit, ...extractedPaths], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'inherit']
		});
		const tar = spawn('tar', ['-x', '-C', cacheDir], { stdio: ['pipe', 'inherit', 'inherit'] });
		archive.stdout.pipe(tar.stdin);
		let failed = false;
		archive.on('exit', (code) => (failed ||= code !== 0));
		archive.on('error', () => (failed = true));
		tar.on('error', () => done(1));
		tar.on('exit', (code) => done(failed ? 1 : (code ?? 1)));
	});
}

/**
 * @param {string} command @param {string[]} args @param {string} cwd
 * @param {'ignore' | 'stderr'} output where the command's output goes
 * @returns {Promise<number>} its exit code (127 when it could not start)
 */
function run(command, args, cwd, output) {
	return new Promise((done) => {
		const child = spawn(command, args, {
			cwd,
			stdio: ['ignore', output === 'stderr' ? 2 : 'ignore', output === 'stderr' ? 2 : 'ignore']
		});
		child.on('error', () => done(127));
		child.on('exit', (code) => done(code ?? 1));
	});
}
