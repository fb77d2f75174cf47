// Runs in Node: starts the server (used by `npm start`, the tests and the benchmarks): the app,
// the gateway at /db, and behind it either the embedded database (a supervised child process on
// the loopback) or an Apache CouchDB given by `couchdb.url`.
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGateway } from '../gateway/gateway.js';
import { couchProxyIdentity, embeddedCookieIdentity } from '../gateway/backend-identity.js';
import { defaultIterations } from '../gateway/passwords.js';
import { planDesignDir, provision, readDesignDocs } from '../provision-lib.js';
import { checkAccounts } from './account-check.js';
import { loadAdminCredentials } from './admin-credentials.js';
import { startBackendProcess } from './backend-process.js';
import { createApp } from './create-app.js';
import { prepareDataDir } from './data-dir.js';
import { loadSecrets } from './secrets.js';

/**
 * @typedef {{
 *   port: number, host?: string, dataDir: string, buildDir: string, seedDemo?: boolean,
 *   couchdb?: { url: string, admin: { name: string, password: string }, secret: string },
 *   trustProxy?: boolean, sessionMaxAgeSeconds?: number, passwordIterations?: number,
 *   limits?: Partial<import('../gateway/rate-limits.js').Limits>, log?: (line: string) => void,
 *   now?: () => number
 * }} ServerOptions
 *   `seedDemo`: demo accounts and forum threads on first start (`npm start` sets it);
 *   `couchdb`: an external Apache CouchDB instead of the embedded database (its admin, and the
 *   `[chttpd_auth] secret` shared for proxy authentication); `now`: the sessions' clock (tests)
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
		: await embeddedBackend({ dataDir, secret: secrets.backend, iterations, log: options.log });

	// The same provisioning script that targets Apache CouchDB in production, run as the admin
	// straight against the database (never through the gateway).
	await provision({
		url: backend.url,
		user: backend.admin.name,
		password: backend.admin.password,
		headers: backend.headers,
		seedDemo
	});
	await checkAccounts({ ...backend, iterations });

	const gateway = createGateway({
		backendUrl: backend.url,
		backendSocket: backend.socketPath,
		admin: backend.admin,
		backendHeaders: backend.headers,
		identify: backend.identify,
		secret: secrets.session,
		sessionMaxAgeSeconds: options.sessionMaxAgeSeconds,
		passwordIterations: iterations,
		limits: options.limits,
		trustProxy: options.trustProxy ?? false,
		now: options.now,
		planDesignDocs: () => readDesignDocs(planDesignDir)
	});
	const app = createApp({
		buildDir,
		gateway: gateway.router,
		trustProxy: options.trustProxy ?? false
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
 * @param {{ dataDir: string, secret: string, iterations: number, log?: (line: string) => void }} options
 */
async function embeddedBackend({ dataDir, secret, iterations, log }) {
	const admin = await loadAdminCredentials(dataDir);
	const child = await startBackendProcess({ dataDir, admin, secret, iterations, log });
	return {
		url: child.url,
		admin: { name: admin.name, password: admin.password },
		adminSource: admin.source,
		headers: child.headers,
		socketPath: child.socketPath,
		identify: embeddedCookieIdentity(secret),
		process: child,
		close: () => child.close()
	};
}

/** @param {NonNullable<ServerOptions['couchdb']>} couchdb */
function externalCouchDB({ url, admin, secret }) {
	return {
		url: url.replace(/\/$/, ''),
		admin,
		adminSource: /** @type {const} */ ('environment'),
		headers: {},
		socketPath: undefined,
		identify: couchProxyIdentity(secret),
		process: undefined,
		close: async () => {}
	};
}
