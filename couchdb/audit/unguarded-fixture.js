#!/usr/bin/env node
// Runs in Node, for couchdb/audit/audit.spec.ts only: the embedded database exposed at /db with no
// gateway in front (every request let through as a visitor's, as a plain reverse proxy would),
// provisioned as `npm start` provisions it. The audit must find what is wrong with it (proof that
// its checks can fail). Never use this as a server.
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayTokenHeader } from '../engine/callers.js';
import { createEngine } from '../engine/engine.js';
import { listenOnLoopback } from '../engine/http-listener.js';
import { provision } from '../provision-lib.js';

const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-unguarded-'));
const admin = { name: 'admin', password: 'fixture-admin' };
const token = randomBytes(16).toString('hex');
const engine = createEngine({
	dataDir,
	admin,
	secret: randomBytes(16).toString('hex'),
	token,
	uuid: 'unguarded',
	iterations: 100_000
});
const loopback = await listenOnLoopback(engine);
await provision({ url: loopback.url, user: admin.name, password: admin.password });

// A plain proxy: /db/<path> is the database's <path>, with the token every request needs.
const server = createServer((req, res) => {
	if (!req.url?.startsWith('/db')) {
		res
			.writeHead(200, { 'content-type': 'text/html' })
			.end('<!doctype html><title>unguarded</title>');
		return;
	}
	const upstream = new URL(req.url.slice(3) || '/', loopback.url);
	void fetch(upstream, {
		method: req.method,
		headers: {
			...Object.fromEntries(Object.entries(req.headers).filter(([, v]) => typeof v === 'string')),
			[gatewayTokenHeader]: token
		},
		body: req.method === 'GET' || req.method === 'HEAD' ? undefined : /** @type {any} */ (req),
		// @ts-expect-error: Node's fetch needs it to stream a request body
		duplex: 'half'
	}).then(
		async (answer) => {
			res.writeHead(answer.status, {
				'content-type': answer.headers.get('content-type') ?? 'text/plain'
			});
			res.end(Buffer.from(await answer.arrayBuffer()));
		},
		() => res.writeHead(502).end()
	);
});
server.listen(0, '127.0.0.1');
await new Promise((done) => server.once('listening', done));
process.send?.({ port: /** @type {{ port: number }} */ (server.address()).port });
