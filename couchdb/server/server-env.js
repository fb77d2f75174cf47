// Runs in Node: the server's settings from the environment (README "Configuration"), checked, with
// a clear message for a wrong value.
import { resolve } from 'node:path';

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {import('./start-server.js').ServerOptions}
 */
export function readServerEnv(env) {
	const port = integer(env, 'PORT', 4173, 0, 65535);
	const couchdbUrl = env.COUCHDB_URL;
	/** @type {import('./start-server.js').ServerOptions['couchdb']} */
	let couchdb;
	if (couchdbUrl) {
		const parsed = new URL(couchdbUrl);
		const name = env.COUCHDB_USER ?? decodeURIComponent(parsed.username);
		const password = env.COUCHDB_PASSWORD ?? decodeURIComponent(parsed.password);
		parsed.username = '';
		parsed.password = '';
		if (!name || !password) {
			throw new Error('COUCHDB_URL needs the admin: COUCHDB_USER and COUCHDB_PASSWORD.');
		}
		if (!env.COUCHDB_SECRET || env.COUCHDB_SECRET.length < 16) {
			throw new Error(
				'COUCHDB_SECRET must be CouchDB’s [chttpd_auth] secret (16 characters or more): ' +
					'the gateway signs proxy authentication with it (couchdb/README.md).'
			);
		}
		couchdb = { url: parsed.toString(), admin: { name, password }, secret: env.COUCHDB_SECRET };
	}
	return {
		port,
		host: env.HOST || '127.0.0.1',
		dataDir: resolve(env.DATA_DIR ?? '.data'),
		buildDir: resolve(env.BUILD_DIR ?? 'build'),
		// Demo accounts and forum threads on first start; FORUM_DEMO=0 turns them off.
		seedDemo: env.FORUM_DEMO !== '0',
		couchdb,
		trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
		sessionMaxAgeSeconds: integer(env, 'SESSION_DAYS', 30, 1, 400) * 24 * 3600,
		passwordIterations: integer(env, 'PASSWORD_ITERATIONS', 300_000, 100_000, 10_000_000),
		limits: {
			loginFailures: integer(env, 'LOGIN_FAILURES', 5, 1, 1_000),
			loginsPerAccount: integer(env, 'LOGINS_PER_ACCOUNT', 20, 1, 100_000),
			loginsPerAddress: integer(env, 'LOGINS_PER_ADDRESS', 100, 1, 100_000),
			signUpsPerHour: integer(env, 'SIGNUPS_PER_HOUR', 5, 1, 100_000),
			writesPer10Minutes: integer(env, 'WRITES_PER_10_MINUTES', 600, 10, 1_000_000),
			writeBytesPer10Minutes: integer(env, 'WRITE_MB_PER_10_MINUTES', 20, 1, 100_000) * 1024 * 1024,
			feedsPerAddress: integer(env, 'FEEDS_PER_ADDRESS', 20, 1, 100_000),
			feeds: integer(env, 'FEEDS', 2_000, 1, 1_000_000),
			passwordChecks: integer(env, 'PASSWORD_CHECKS', 2, 1, 64)
		}
	};
}

/**
 * @param {NodeJS.ProcessEnv} env @param {string} name @param {number} fallback
 * @param {number} min @param {number} max
 */
function integer(env, name, fallback, min, max) {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < min || value > max) {
		throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
	}
	return value;
}
