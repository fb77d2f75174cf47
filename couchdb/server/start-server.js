// Runs in Node: starts the server (used by `npm start` through server/main.js, the tests and the
// benchmarks): the app, the gateway at /db, and behind it either the embedded database (in this
// process, handed each request the gateway allowed; on the loopback for its admin) or an Apache
// CouchDB given by `couchdb.url`.
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGateway } from '../gateway/gateway.js';
import { couchProxyIdentity } from '../gateway/backend-identity.js';
import { defaultIterations } from '../gateway/passwords.js';
import { planDesignDir, provision, readDesignDocs } from '../provision-lib.js';
import { createAdminClient } from '../gateway/admin-client.js';
import { checkAccounts } from './account-check.js';
import { ensureProfiles } from './profiles-check.js';
import { publishedContent } from './published-content.js';
import { loadAdminCredentials } from './admin-credentials.js';
import { gatewayTokenHeader } from '../engine/callers.js';
import { createEngine } from '../engine/engine.js';
import { listenOnLoopback } from '../engine/http-listener.js';
import { prepareEngineData } from '../engine/migrate-data-dir.js';
import { randomBytes } from 'node:crypto';
import { createApp } from './create-app.js';
import { prepareDataDir } from './data-dir.js';
import { loadSecrets } from './secrets.js';

/**
 * @typedef {{
 *   port: number, host?: string, dataDir: string, buildDir: string, seedDemo?: boolean,
 *   couchdb?: { url: string, admin: { name: string, password: string }, secret: string },
 *   trustProxy?: boolean, sessionMaxAgeSeconds?: number, passwordIterations?: number,
 *   limits?: Partial<import('../gateway/rate-limits.js').Limits>,
 *   now?: () => number, compactAfterMs?: number, maxAnswerBytes?: number, userCacheMs?: number
 * }} ServerOptions
 *   `seedDemo`: demo accounts and forum threads on first start (`npm start` sets it);
 *   `couchdb`: an external Apache CouchDB instead of the embedded database (its admin, and the
 *   `[chttpd_auth] secret` shared for proxy authentication); `now`: the sessions' clock (tests);
 *   `compactAfterMs`: how soon a database is compacted after a deletion or an edit (tests);
 *   `maxAnswerBytes`: the embedded database's bound on a list's answer (tests); `userCacheMs`: how
 *   long the gateway keeps an account before reading it again (5 s; tests that give roles: 0)
 */

/** @typedef {Awaited<ReturnType<typeof startServer>>} RunningServer */

/** @param {ServerOptions} options */
export async function startServer(options) {
	const { port, host = '127.0.0.1', dataDir, buildDir, seedDemo } = options;
	const iterations = options.passwordIterations ?? defaultIterations;
	await prepareDataDir(dataDir);
	const secrets = await loadSecrets(dataDir);
	const backend = options.couchdb
		? externalCouchDB(options.couchdb)
		: await embeddedInProcess({
				dataDir,
				secret: secrets.backend,
				iterations,
				maxAnswerBytes: options.maxAnswerBytes
			});

	// The same provisioning script that targets Apache CouchDB in production, run as the admin
	// straight against the database (never through the gateway).
	await provision({
		url: backend.url,
		user: backend.admin.name,
		password: backend.admin.password,
		headers: backend.headers,
		seedDemo
	});
	await checkAccounts(backend);
	const adminClient = createAdminClient({
		baseUrl: backend.url,
		...backend.admin,
		headers: backend.headers,
		engine: backend.engine
	});
	await ensureProfiles(adminClient);

	const gateway = createGateway({
		backendUrl: backend.url,
		engine: backend.engine,
		admin: backend.admin,
		backendHeaders: backend.headers,
		identify: backend.identify,
		secret: secrets.session,
		sessionMaxAgeSeconds: options.sessionMaxAgeSeconds,
		passwordIterations: iterations,
		limits: options.limits,
		trustProxy: options.trustProxy ?? false,
		now: options.now,
		planDesignDocs: () => readDesignDocs(planDesignDir),
		compactAfterMs: options.compactAfterMs,
		userCacheMs: options.userCacheMs
	});
	const app = createApp({
		buildDir,
		gateway: gateway.router,
		trustProxy: options.trustProxy ?? false,
		content: publishedContent({ admin: adminClient })
	});
	const server = app.listen(port, host);
	await once(server, 'listening');
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;
	// Where the admin reaches the database this time (its port changes at each start).
	await writeFile(join(dataDir, 'database-url'), `${backend.url}\n`, { mode: 0o600 });
	return {
		url,
		/** The database itself, for admin work on the loopback (admin credentials only). */
		adminUrl: backend.url,
		admin: backend.admin,
		adminSource: backend.adminSource,
		backend,
		/** Long-polls open through the gateway now (tests, the bench). */
		openFeeds: () => gateway.openFeeds(),
		/** Stops accepting connections, ends open ones (long-polls), then stops the database. */
		close: async () => {
			await new Promise((done) => {
				server.close(() => done(undefined));
				server.closeAllConnections();
			});
			gateway.close();
			await backend.close();
		}
	};
}

/**
 * The embedded database in this process: the gateway hands it requests directly, and it also
 * listens on the loopback for the admin (and for tests that attack it alone, with the token).
 * Users are named to it as to Apache CouchDB: proxy authentication signed with a secret kept in
 * the data folder.
 * @param {{ dataDir: string, secret: string, iterations: number, maxAnswerBytes?: number }} options
 */
async function embeddedInProcess({ dataDir, secret, iterations, maxAnswerBytes }) {
	const admin = await loadAdminCredentials(dataDir);
	const token = randomBytes(32).toString('base64url');
	const uuid = await prepareEngineData(dataDir);
	const engine = createEngine({ dataDir, admin, secret, token, uuid, iterations, maxAnswerBytes });
	const listener = await listenOnLoopback(engine);
	return {
		url: listener.url,
		admin: { name: admin.name, password: admin.password },
		adminSource: admin.source,
		headers: { [gatewayTokenHeader]: token },
		engine,
		identify: couchProxyIdentity(secret),
		close: async () => {
			await listener.close();
			await engine.close();
		}
	};
}

/** @param {NonNullable<ServerOptions['couchdb']>} couchdb */
function externalCouchDB({ url, admin, secret }) {
	return {
		url: url.replace(/\/$/, ''),
		admin,
		adminSource: /** @type {const} */ ('environment'),
		headers: {},
		engine: undefined,
		identify: couchProxyIdentity(secret),
		close: async () => {}
	};
}
