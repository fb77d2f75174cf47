// Runs in Node (the server). Starts the embedded database (backend/main.js) as a child process on
// the loopback and starts it again whenever it stops unexpectedly: no request can take the
// server down for good (README "Security").
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gatewayTokenHeader } from '../backend/backend-guard.js';

const entry = fileURLToPath(new URL('../backend/main.js', import.meta.url));

/**
 * @param {{ dataDir: string, admin: { name: string, password: string }, secret: string,
 *   iterations: number, port?: number, log?: (line: string) => void }} options
 */
export async function startBackendProcess({ dataDir, admin, secret, iterations, port = 0, log }) {
	const token = randomBytes(32).toString('base64url');
	// A socket file's path is limited to about 100 bytes: a deeper data folder uses TCP only.
	const socketFile = join(dataDir, 'database.sock');
	const socketPath = Buffer.byteLength(socketFile) < 100 ? socketFile : undefined;
	const say = log ?? ((line) => console.error(line));
	let stopping = false;
	let ready = false;
	let restarts = 0;
	/** Recent unexpected stops: a database that cannot stay up is restarted ever more slowly. */
	let recentStops = 0;
	/** @type {import('node:child_process').ChildProcess | undefined} */
	let child;
	let boundPort = port;

	/** @returns {Promise<number>} the port it listens on */
	function spawnOnce() {
		return new Promise((resolve, reject) => {
			const started = fork(entry, [], {
				env: {
					...process.env,
					DATA_DIR: dataDir,
					BACKEND_TOKEN: token,
					BACKEND_SECRET: secret,
					ADMIN_NAME: admin.name,
					ADMIN_PASSWORD: admin.password,
					PASSWORD_ITERATIONS: String(iterations),
					...(socketPath ? { BACKEND_SOCKET: socketPath } : {}),
					// The same port after a restart, so the gateway's address stays right.
					BACKEND_PORT: String(boundPort)
				},
				stdio: ['ignore', 'inherit', 'inherit', 'ipc']
			});
			child = started;
			started.once('message', (/** @type {{ type?: string, port?: number }} */ message) => {
				if (message?.type === 'listening' && message.port) resolve(message.port);
			});
			started.once('exit', (code, signal) => {
				reject(new Error(`the embedded database stopped while starting (${signal ?? code})`));
				// A database that never started (bad data folder, port taken) is not retried here:
				// the server reports it and stops.
				if (stopping || child !== started || !ready) return;
				restarts++;
				recentStops++;
				setTimeout(() => recentStops--, 60_000);
				const delay = Math.min(200 * 2 ** (recentStops - 1), 10_000);
				say(`The embedded database stopped (${signal ?? `exit ${code}`}); starting it again.`);
				// Not after close(): a database started then would outlive the server.
				setTimeout(() => {
					if (!stopping) void spawnOnce().catch((error) => stopping || say(String(error)));
				}, delay);
			});
		});
	}

	boundPort = await spawnOnce();
	ready = true;
	return {
		url: `http://127.0.0.1:${boundPort}`,
		/** The socket file the gateway talks to the database through. */
		socketPath,
		/** Headers the gateway sends with every request to this backend. */
		headers: { [gatewayTokenHeader]: token },
		get restarts() {
			return restarts;
		},
		/** The child's process id (tests stop it to see it come back). */
		get pid() {
			return child?.pid;
		},
		close: async () => {
			stopping = true;
			const running = child;
			// Already stopped (a crash waiting for its restart): its exit event will not come again.
			if (!running || running.exitCode !== null || running.signalCode !== null) return;
			const exited = new Promise((done) => running.once('exit', done));
			running.kill('SIGTERM');
			await exited;
		}
	};
}
