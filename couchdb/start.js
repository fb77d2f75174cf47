#!/usr/bin/env node
// Runs in Node: `npm start`. Checks the settings, builds the app when its sources changed, then
// runs the server (server/main.js) and starts it again whenever it stops unexpectedly, so that
// nothing a request does can leave the site down (README "Security").
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './server/build-if-needed.js';
import { readServerEnv } from './server/server-env.js';

try {
	readServerEnv(process.env); // a wrong setting stops here, with its message
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(2);
}
if (!process.env.BUILD_DIR) await buildIfNeeded(resolve('build'));

const entry = fileURLToPath(new URL('./server/main.js', import.meta.url));
/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
let stopping = false;
let failedStarts = 0;
/** Stops in the last minute: a server that cannot stay up is started ever more slowly. */
let recentStops = 0;
/** The port the server got on its first start (PORT=0 picks one): kept across restarts. */
let port = process.env.PORT;

function run() {
	const started = fork(entry, [], {
		stdio: 'inherit',
		env: {
			// libuv's pool runs the database's disk work and password hashing: 4 threads by
			// default, so a few log-ins would hold every one. (Read when the process starts.)
			UV_THREADPOOL_SIZE: '8',
			...process.env,
			PORT: port
		}
	});
	server = started;
	let ready = false;
	started.on('message', (/** @type {{ type?: string, port?: number }} */ message) => {
		if (message?.type !== 'ready') return;
		ready = true;
		port = String(message.port ?? port);
		failedStarts = 0;
	});
	started.on('exit', (code, signal) => {
		if (stopping) return process.exit(0);
		if (!ready && ++failedStarts > 5) {
			console.error('The server could not start; see the messages above.');
			return process.exit(1);
		}
		recentStops++;
		setTimeout(() => recentStops--, 60_000);
		const delay = Math.min(250 * 2 ** (recentStops - 1), 10_000);
		console.error(`The server stopped (${signal ?? `exit ${code}`}); starting it again.`);
		setTimeout(run, delay);
	});
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		stopping = true;
		if (!server || server.exitCode !== null || server.signalCode !== null) process.exit(0);
		server.kill('SIGTERM');
	});
}
run();
