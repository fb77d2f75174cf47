// Runs in Node: `npm start` builds the app only when the build is missing or older than its inputs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Everything the build reads besides node_modules: the app, its static files, the configuration
 * and the build helpers the configuration imports (scripts/lib: the route preloads and the
 * chunk-modules plugin), and the demo content the build's feed (static/data) is written from.
 * build-if-needed.spec.ts checks that the configuration's local imports stay covered.
 */
export const buildInputs = [
	'src',
	'static',
	'couchdb/demo/content',
	'scripts/lib',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package-lock.json'
];

/**
 * True when `buildDir` holds a build at least as new as every input (paths relative to `root`).
 * @param {string} buildDir @param {string} [root]
 */
export async function isBuildCurrent(buildDir, root = '.') {
	const shell = join(buildDir, 'index.html');
	if (!existsSync(shell)) return false;
	const newest = await newestMtime(buildInputs.map((input) => join(root, input)));
	return newest <= (await stat(shell)).mtimeMs;
}

/** @param {string} buildDir */
export async function buildIfNeeded(buildDir) {
	if (await isBuildCurrent(buildDir)) return;
	console.log('Building the app (first start or sources changed)…');
	// The content feed first: static/data from couchdb/demo/content (unchanged files are left as
	// they are), so edited demo content is served, and invalid content stops here.
	for (const args of [['scripts/build-content.js'], ['node_modules/vite/bin/vite.js', 'build']]) {
		if ((await run(args)) !== 0) {
			console.error('The build failed; see the messages above.');
			process.exit(1);
		}
	}
}

/** Runs a Node script of the project, its output shown; resolves with its exit code. */
function run(/** @type {string[]} */ args) {
	return new Promise((done) => {
		spawn(process.execPath, args, { stdio: 'inherit' }).on('exit', done);
	});
}

/** @param {string[]} paths */
async function newestMtime(paths) {
	let newest = 0;
	for (const path of paths) {
		if (!existsSync(path)) continue;
		const info = await stat(path);
		if (info.isDirectory()) {
			const children = await readdir(path);
			newest = Math.max(newest, await newestMtime(children.map((c) => join(path, c))));
		} else {
			newest = Math.max(newest, info.mtimeMs);
		}
	}
	return newest;
}
