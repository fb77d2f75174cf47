// Runs in Node: `npm start` builds the app only when the build is missing or older than its inputs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/** @param {string} buildDir */
export async function buildIfNeeded(buildDir) {
	const shell = join(buildDir, 'index.html');
	if (existsSync(shell) && (await newestMtime(inputs)) <= (await stat(shell)).mtimeMs) return;
	console.log('Building the app (first start or sources changed)…');
	const code = await new Promise((done) => {
		const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			stdio: 'inherit'
		});
		child.on('exit', done);
	});
	if (code !== 0) {
		console.error('The build failed; see the messages above.');
		process.exit(1);
	}
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
