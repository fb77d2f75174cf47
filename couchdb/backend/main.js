#!/usr/bin/env node
// Runs in Node, as a child process of the server (backend-process.js): the embedded database on
// the loopback. Its own process, so that whatever express-pouchdb does wrong can only stop this
// process, which the server starts again, while the app and the gateway keep answering.
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createBackendApp } from './create-backend-app.js';

const env = process.env;
const required = ['DATA_DIR', 'BACKEND_TOKEN', 'BACKEND_SECRET', 'ADMIN_NAME', 'ADMIN_PASSWORD'];
const missing = required.filter((name) => !env[name]);
if (missing.length > 0) {
	console.error(`The embedded database needs ${missing.join(', ')}; start it with npm start.`);
	process.exit(2);
}

const app = await createBackendApp({
	dataDir: String(env.DATA_DIR),
	admin: { name: String(env.ADMIN_NAME), password: String(env.ADMIN_PASSWORD) },
	token: String(env.BACKEND_TOKEN),
	secret: String(env.BACKEND_SECRET),
	iterations: Number(env.PASSWORD_ITERATIONS ?? 300_000)
});
const server = app.listen(Number(env.BACKEND_PORT ?? 0), '127.0.0.1');
await once(server, 'listening');
// The gateway's own way in: a socket file in the data folder, which only the account running the
// server can open (cheaper than TCP on the loopback, and closed to the machine's other users).
if (env.BACKEND_SOCKET) {
	await rm(env.BACKEND_SOCKET, { force: true });
	const socket = createServer(app).listen(env.BACKEND_SOCKET);
	await once(socket, 'listening');
}
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.send?.({ type: 'listening', port });

// The parent going away (even killed) must not leave this process holding the data folder.
process.on('disconnect', () => process.exit(0));
