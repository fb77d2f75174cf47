// Runs in Node. The guarded door: every request to /db passes here, for the embedded server and
// for an Apache CouchDB (cluster) alike. It knows each CouchDB API call the app makes (accounts,
// and on the app's databases the reads and writes of the sync engine, the outbox and PouchDB's
// replicator) by method, path, query and size; anything else gets a JSON error without reaching
// the database, whoever asks. Admin work never comes through here (README "Security").
import express from 'express';
import { createAccounts } from './accounts.js';
import { createAdminClient } from './admin-client.js';
import { createDesignGuard } from './design-guard.js';
import { HttpError, jsonErrorHandler, sendJson } from '../http/errors.js';
import { createForwarder } from './forward.js';
import { createInProcessForwarder } from './forward-in-process.js';
import { checkQuery, documentRoute } from './document-routes.js';
import { planIdOf, createPlanRegistry } from './plan-registry.js';
import { createPlanSharing } from './plan-sharing.js';
import { createLimits } from './rate-limits.js';
import { readJsonBody } from '../http/json-body.js';
import { encodePath, parseTarget } from '../http/request-target.js';
import { databaseHeaders } from './security-headers.js';
import { createSessions } from './sessions.js';
import { createUserDirectory } from './user-directory.js';

/**
 * @typedef {{
 *   backendUrl: string,
 *   engine?: import('./forward-in-process.js').InProcessEngine,
 *   admin: { name: string, password: string },
 *   backendHeaders?: Record<string, string>,
 *   identify: (user: import('./user-directory.js').UserRecord) => Record<string, string>,
 *   secret: string,
 *   sessionMaxAgeSeconds?: number,
 *   passwordIterations?: number,
 *   limits?: Partial<import('./rate-limits.js').Limits>,
 *   databases?: string[],
 *   userCacheMs?: number,
 *   trustProxy?: boolean,
 *   now?: () => number,
 *   planDesignDocs?: () => Promise<Record<string, unknown>[]>
 * }} GatewayOptions
 *   `backendHeaders`: sent with every request to the database (the embedded backend's token);
 *   `identify`: the headers that tell the database who the caller is (see backend-identity.js);
 *   `planDesignDocs`: the design documents of a shared plan's database (provision-lib.js)
 */

/** @param {GatewayOptions} options */
export function createGateway(options) {
	const limits = createLimits(options.limits);
	const admin = createAdminClient({
		baseUrl: options.backendUrl,
		...options.admin,
		headers: options.backendHeaders
	});
	const users = createUserDirectory({ admin, ttlMs: options.userCacheMs });
	const sessions = createSessions({
		users,
		secret: options.secret,
		maxAgeSeconds: options.sessionMaxAgeSeconds ?? 30 * 24 * 3600,
		now: options.now
	});
	const iterations = options.passwordIterations ?? 300_000;
	const accounts = createAccounts({ admin, users, sessions, limits, iterations });
	const design = createDesignGuard({ admin });
	// The embedded database runs in this process: no second HTTP hop. Apache CouchDB: HTTP.
	const forwarder = options.engine
		? createInProcessForwarder({ engine: options.engine, headers: options.backendHeaders })
		: createForwarder({
				baseUrl: options.backendUrl,
				headers: options.backendHeaders
			});
	const databases = new Set(options.databases ?? ['forum']);
	const registry = createPlanRegistry({ admin, ttlMs: options.userCacheMs });
	const sharing = createPlanSharing({
		admin,
		registry,
		designDocs: options.planDesignDocs ?? (async () => []),
		limits,
		now: options.now
	});
	let serverUuid = '';

	const router = express.Router();
	router.use((req, res, next) => {
		res.set(databaseHeaders);
		handle(req, res).then(() => undefined, next);
	});
	router.use(jsonErrorHandler);

	/** @param {import('express').Request} req @param {import('express').Response} res */
	async function handle(req, res) {
		const method = req.method === 'HEAD' ? 'GET' : req.method;
		const { segments, params } = parseTarget(req.url);
		const [first, second, ...rest] = segments;
		if (method !== 'GET') refuseCrossSite(req, options.trustProxy ?? false);
		const caller = (await sessions.identify(req, res)).user;

		if (first === undefined) {
			if (method !== 'GET') throw notAllowed();
			checkQuery(params, {});
			return sendJson(res, 200, {
				couchdb: 'Welcome',
				uuid: await uuid(),
				vendor: { name: 'Passerelle' }
			});
		}
		if (first === '_session' && second === undefined) {
			checkQuery(params, {});
			if (method === 'GET') return accounts.session(res, caller);
			if (method === 'POST') return accounts.logIn(req, res);
			if (method === 'DELETE') {
				sessions.end(req, res);
				return sendJson(res, 200, { ok: true });
			}
			throw notAllowed();
		}
		if (first === '_users' && second?.startsWith('org.couchdb.user:') && rest.length === 0) {
			checkQuery(params, {});
			const name = second.slice('org.couchdb.user:'.length);
			if (method === 'GET') return accounts.readAccount(res, caller, name);
			if (method === 'PUT') return accounts.writeAccount(req, res, caller, name);
			throw notAllowed();
		}
		if (first === '_passerelle') {
			checkQuery(params, {});
			return sharing.handle(req, res, method, segments.slice(1), caller);
		}
		const planId = planIdOf(first);
		if (!databases.has(first) && !planId) {
			if (first.startsWith('_')) throw notAllowed();
			throw new HttpError(404, 'not_found', 'There is no such database here.');
		}
		const route = documentRoute(method, segments.slice(1), limits.config);
		if (!route) throw notAllowed();
		const query = checkQuery(params, route.query);
		if (planId) {
			// A shared plan is its members' only: to anyone else it does not exist.
			const role = caller ? (await registry.plan(planId))?.members[caller.name] : undefined;
			if (!role) throw new HttpError(404, 'not_found', 'There is no such database here.');
			if (route.write && role === 'reader') {
				throw new HttpError(403, 'forbidden', 'Readers of a plan cannot change it.');
			}
		}
		if (route.write) {
			if (!caller) throw new HttpError(401, 'unauthorized', 'Log in to write.');
			await design.ensureRules(first, planId ? 'plan' : first);
		}
		let body;
		if (route.checkBody) {
			body = await readJsonBody(req, route.bodyLimit ?? limits.config.maxBodyBytes);
			const written = route.checkBody(body);
			if (written > 0) spendWriteBudget(req, written);
		} else if (route.write) {
			spendWriteBudget(req, 1);
		}
		await forwarder.forward(req, res, {
			method: req.method,
			path: encodePath(segments),
			query,
			body,
			headers: caller ? options.identify(caller) : {},
			// A live changes feed passes its heartbeats on as they come.
			stream: route.name === 'changes' && params.get('feed') === 'longpoll'
		});
	}

	/** @param {import('express').Request} req @param {number} count */
	function spendWriteBudget(req, count) {
		const key = req.ip ?? '';
		const wait = limits.writesPerIp.retryAfter(key);
		if (wait > 0) {
			throw new HttpError(
				429,
				'too_many_requests',
				'Too many writes from this address; wait a little.',
				{
					'Retry-After': String(wait)
				}
			);
		}
		limits.writesPerIp.add(key, count);
	}

	/** The database server's id, which PouchDB's replicator uses to name its checkpoints. */
	async function uuid() {
		if (!serverUuid) {
			const { body } = await admin.request('GET', '/');
			serverUuid = typeof body.uuid === 'string' ? body.uuid : 'passerelle';
		}
		return serverUuid;
	}

	return { router, close: () => forwarder.close() };
}

/**
 * A browser sends `Origin` with every cross-site request that changes something: those are
 * refused (the session cookie is `SameSite=Strict` anyway; this also covers a log-in).
 * @param {import('express').Request} req
 * @param {boolean} trustProxy whether X-Forwarded-Host names the host the visitor used
 */
function refuseCrossSite(req, trustProxy) {
	const origin = req.headers.origin;
	if (origin === undefined) return;
	let host;
	try {
		host = new URL(origin).host;
	} catch {
		host = '';
	}
	const forwarded = req.headers['x-forwarded-host'];
	const expected =
		trustProxy && forwarded ? String(forwarded).split(',')[0]?.trim() : req.headers.host;
	if (host !== expected) throw new HttpError(403, 'forbidden', 'Cross-site requests are refused.');
}

const notAllowed = () =>
	new HttpError(403, 'forbidden', 'This server does not allow this request.');
