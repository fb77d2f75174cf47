#!/usr/bin/env node
// Runs in Node, for couchdb/audit/audit.spec.ts only: express-pouchdb exposed directly at /db with
// an admin, as the embedded server was before the gateway. The audit must find what is wrong with
// it (proof that its checks can fail). Never use this as a server.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-node';

const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-unguarded-'));
const couch = expressPouchDB(PouchDB.defaults({ prefix: `${dataDir}/` }), {
	configPath: join(dataDir, 'config.json'),
	logPath: '/dev/null',
	mode: 'fullCouchDB',
	overrideMode: { exclude: ['routes/fauxton'] }
});
const app = express();
app.use('/db', couch);
app.get('/', (req, res) => res.send('<!doctype html><title>unguarded</title>'));
const server = app.listen(0, '127.0.0.1');
await new Promise((done) => server.once('listening', done));
await new Promise((done) => setTimeout(done, 300)); // express-pouchdb saves its config first
await new Promise((done, fail) =>
	couch.couchConfig.set('admins', 'admin', 'fixture-admin', (/** @type {unknown} */ error) =>
		error ? fail(error) : done(undefined)
	)
);
const auth = `Basic ${Buffer.from('admin:fixture-admin').toString('base64')}`;
const base = `http://127.0.0.1:${/** @type {{ port: number }} */ (server.address()).port}/db`;
await fetch(`${base}/forum`, { method: 'PUT', headers: { authorization: auth } });
process.send?.({ port: /** @type {{ port: number }} */ (server.address()).port });
