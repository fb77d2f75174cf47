// Runs in Node (the server's process): the embedded database, express-pouchdb on LevelDB. The
// gateway hands it the requests it allowed (forward-in-process.js); its admin reaches it on the
// loopback (backend-guard.js). Parts of express-pouchdb that run code sent by a client, reach
// other hosts, or walk the disk on every request are not even loaded.
import { join, resolve } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-node';
import { jsonErrorHandler } from '../gateway/errors.js';
import { allowGatewayAndAdminOnly, isAdminRequest } from './backend-guard.js';
import {
	keepReplicatedRevisionHistory,
	passSecurityToBulkWrites,
	requireAdminForAccountWrites,
	requireAdminForDatabaseLifecycle
} from './db-guards.js';
import { hashUserPasswords } from './hash-user-passwords.js';

/** Parts of express-pouchdb this server does without. */
const excludedParts = [
	'routes/fauxton', // admin web UI, not shipped
	'routes/replicate', // server-side replication to any URL: a request-forgery vector
	'replicator',
	'routes/log',
	'routes/http-log',
	'routes/special-test-auth',
	'routes/temp-views', // runs a map function sent in the request
	'routes/show', // shows, lists, updates and rewrites run design-document code per request
	'routes/list',
	'routes/update',
	'routes/rewrite',
	'routes/vhosts',
	'routes/find', // `$regex` selectors can stall the process (catastrophic backtracking)
	// Walks the database's folder on every `info()`, which express-pouchdb calls for each
	// request with a session and each validated write: most of a write's time (`disk_size` is
	// then absent from database info, which the app does not read).
	'disk-size'
];

/**
 * @param {{ dataDir: string, admin: { name: string, password: string }, token: string,
 *   secret: string, iterations: number }} options `secret`: signs the cookies the gateway makes
 *   for it (`couch_httpd_auth.secret`)
 */
export async function createBackendApp({ dataDir, admin, token, secret, iterations }) {
	// express-pouchdb listens to PouchDB's `destroyed` event once per app; tests and benchmarks
	// start many servers in one process.
	/** @type {{ setMaxListeners?: (n: number) => void }} */ (PouchDB).setMaxListeners?.(100);
	const LocalPouchDB = PouchDB.defaults({ prefix: resolve(dataDir) + '/' });
	const couch = expressPouchDB(LocalPouchDB, {
		configPath: join(dataDir, 'config.json'),
		// Its log goes to the process's output (below), never to a file growing forever.
		logPath: '/dev/null',
		mode: 'fullCouchDB',
		overrideMode: { exclude: excludedParts }
	});
	// Set the admin and the secret before the first request is served: no window of "admin party".
	await setConfig(couch, 'admins', admin.name, admin.password);
	await setConfig(couch, 'couch_httpd_auth', 'secret', secret);
	await setConfig(couch, 'log', 'level', 'error');
	logToStdout(couch);

	const app = express();
	app.disable('x-powered-by');
	app.use(
		allowGatewayAndAdminOnly({ token, admin }),
		requireAdminForAccountWrites({ isAdmin: (req) => isAdminRequest(req, admin) }),
		hashUserPasswords({ iterations }),
		requireAdminForDatabaseLifecycle({ isAdmin: (req) => isAdminRequest(req, admin) }),
		keepReplicatedRevisionHistory({ limit: '4mb' }),
		passSecurityToBulkWrites({ PouchDB: LocalPouchDB }),
		welcomeLikeCouchDB,
		couch
	);
	app.use(jsonErrorHandler);
	return app;
}

/**
 * express-pouchdb saves config.json through one shared temporary file, and on a restart it
 * already saves once from its constructor: two saves at once make one rename fail (ENOENT).
 * The setting is in memory either way; saving again once the first save is done is enough.
 * @param {import('express-pouchdb').ExpressPouchDB} couch
 * @param {string} section @param {string} key @param {string} value
 */
async function setConfig(couch, section, key, value) {
	for (let attempt = 0; ; attempt++) {
		try {
			await new Promise((done, fail) =>
				couch.couchConfig.set(section, key, value, (/** @type {unknown} */ err) =>
					err ? fail(err) : done(undefined)
				)
			);
			return;
		} catch (error) {
			const code = /** @type {NodeJS.ErrnoException} */ (error).code;
			if (code !== 'ENOENT' || attempt >= 5) throw error;
			await new Promise((done) => setTimeout(done, 50));
		}
	}
}

/**
 * express-pouchdb only logs to a file it opens itself; its stream is swapped for the process's
 * standard output (a pipe or a socket under a supervisor, which it could not reopen by path).
 * @param {import('express-pouchdb').ExpressPouchDB} couch
 */
function logToStdout(couch) {
	const logger = /** @type {{ couchLogger?: { _stream?: unknown } }} */ (
		/** @type {unknown} */ (couch)
	).couchLogger;
	if (logger) {
		logger._stream = {
			write: (/** @type {string} */ line) => process.stdout.write(line),
			end() {}
		};
	}
}

/** Adds CouchDB's own greeting to express-pouchdb's, for clients that look for it. */
/** @type {import('express').RequestHandler} */
function welcomeLikeCouchDB(req, res, next) {
	if (req.method !== 'GET' || req.path !== '/') return next();
	// express-pouchdb answers with `res.send(Buffer)`; rewrite that one JSON body.
	const send = res.send.bind(res);
	res.send = (body) => {
		const welcome = JSON.parse(Buffer.isBuffer(body) ? body.toString('utf8') : String(body));
		return send(JSON.stringify({ couchdb: 'Welcome', ...welcome }) + '\n');
	};
	next();
}
