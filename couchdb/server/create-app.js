// Runs in Node: the embedded server. One origin serves the static app and the CouchDB API at /db,
// so session cookies just work and the browser never needs CORS.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compression from 'compression';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-node';
import {
	guardUsersDatabase,
	keepReplicatedRevisionHistory,
	requireAdminForDatabaseLifecycle
} from './db-guards.js';

/** Parts of express-pouchdb that a public server must not expose. */
const excludedParts = [
	'routes/fauxton', // admin web UI, not shipped
	'routes/replicate', // server-side replication to any URL: a request-forgery vector
	'replicator',
	'routes/log',
	'routes/special-test-auth'
];

/**
 * @param {{ buildDir: string, dataDir: string, admin: { name: string, password: string },
 *   selfUrl: () => string }} options
 */
export async function createApp({ buildDir, dataDir, admin, selfUrl }) {
	const LocalPouchDB = PouchDB.defaults({ prefix: resolve(dataDir) + '/' });
	const couch = expressPouchDB(LocalPouchDB, {
		configPath: join(dataDir, 'config.json'),
		logPath: join(dataDir, 'couch.log'),
		mode: 'fullCouchDB',
		overrideMode: { exclude: excludedParts }
	});
	// Set the admin before the first request is served: no window of "admin party".
	// express-pouchdb saves config.json through one shared temporary file, and on a restart it
	// already saves once from its constructor: two saves at once make one rename fail (ENOENT).
	// The setting is in memory either way; saving again once the first save is done is enough.
	for (let attempt = 0; ; attempt++) {
		try {
			await new Promise((done, fail) =>
				couch.couchConfig.set('admins', admin.name, admin.password, (/** @type {unknown} */ err) =>
					err ? fail(err) : done(undefined)
				)
			);
			break;
		} catch (error) {
			const code = /** @type {NodeJS.ErrnoException} */ (error).code;
			if (code !== 'ENOENT' || attempt >= 5) throw error;
			await new Promise((done) => setTimeout(done, 50));
		}
	}

	const app = express();
	app.disable('x-powered-by');
	app.use(
		'/db',
		requireAdminForDatabaseLifecycle({ isAdminRequest: (req) => isAdminRequest(req, selfUrl()) }),
		guardUsersDatabase({
			sessionOf: (req) => sessionOf(req, selfUrl()),
			readUserDoc: (id) => readAsAdmin(`${selfUrl()}/db/_users/${encodeURIComponent(id)}`, admin)
		}),
		keepReplicatedRevisionHistory({ limit: '64mb' }),
		welcomeLikeCouchDB,
		couch
	);
	app.use(compression());
	app.use(staticApp(buildDir));
	return app;
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

/**
 * Asks the CouchDB API itself who is calling, with the caller's own credentials.
 * @param {import('express').Request} req
 * @param {string} baseUrl
 */
async function isAdminRequest(req, baseUrl) {
	return (await sessionOf(req, baseUrl)).roles.includes('_admin');
}

/**
 * The caller's `userCtx` (name null and no roles for a visitor or bad credentials).
 * @param {import('express').Request} req
 * @param {string} baseUrl
 * @returns {Promise<{ name: string | null, roles: string[] }>}
 */
async function sessionOf(req, baseUrl) {
	/** @type {Record<string, string>} */
	const headers = {};
	if (req.headers.authorization) headers.authorization = req.headers.authorization;
	if (req.headers.cookie) headers.cookie = req.headers.cookie;
	const nobody = { name: null, roles: [] };
	if (!headers.authorization && !headers.cookie) return nobody;
	const response = await fetch(`${baseUrl}/db/_session`, { headers });
	if (!response.ok) return nobody;
	const session = await response.json();
	const roles = session?.userCtx?.roles;
	return { name: session?.userCtx?.name ?? null, roles: Array.isArray(roles) ? roles : [] };
}

/**
 * @param {string} url
 * @param {{ name: string, password: string }} admin
 */
async function readAsAdmin(url, admin) {
	const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
	const response = await fetch(url, { headers: { authorization, accept: 'application/json' } });
	return { status: response.status, body: await response.json() };
}

/**
 * The built SvelteKit app: hashed assets cached for a year, the shell and the service worker
 * always revalidated (so a deployment is seen), and the SPA shell for any page URL.
 * @param {string} buildDir
 */
function staticApp(buildDir) {
	const router = express.Router();
	const shell = join(buildDir, 'index.html');
	router.use(
		express.static(buildDir, {
			index: 'index.html',
			setHeaders(res, path) {
				if (path.includes(`${'/_app/immutable/'}`)) {
					res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
				} else {
					res.setHeader('Cache-Control', 'no-cache');
				}
				if (path.endsWith('.webmanifest'))
					res.setHeader('Content-Type', 'application/manifest+json');
			}
		})
	);
	router.get(/.*/, (req, res, next) => {
		// Files with an extension are real assets: a missing one is a 404, never the HTML shell.
		if (/\.[a-z0-9]+$/i.test(req.path) || !existsSync(shell)) return next();
		res.setHeader('Cache-Control', 'no-cache');
		res.sendFile(shell);
	});
	return router;
}
