// Runs in Node. The guarded door: every request to /db passes here, for the embedded server and
// for an Apache CouchDB (cluster) alike. It knows each CouchDB API call the app makes (accounts,
// and on the app's databases the reads and writes of the sync engine, the outbox and PouchDB's
// replicator) by method, path, query and size; anything else gets a JSON error without reaching
// the database, whoever asks. Admin work never comes through here (README "Security").
import express from 'express';
import { createAccounts } from './accounts.js';
import { createAdminClient } from './admin-client.js';
import { createDesignGuard } from './design-guard.js';
import { createDisplayNames } from './display-names.js';
import { createForumRecord, replacesContent, withoutClaimedName } from './forum-record.js';
import { createPasswordWork } from './password-work.js';
import { createProposals, proposalsDb } from './proposals.js';
import { checkChunks, editorialDb } from './published-chunks.js';
import { HttpError, jsonErrorHandler, sendJson } from '../http/errors.js';
import { createForwarder } from './forward.js';
import { createInProcessForwarder } from './forward-in-process.js';
import { checkQuery, documentRoute } from './document-routes.js';
import { planIdOf, createPlanRegistry, roleOf } from './plan-registry.js';
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
 *   identify: (user: Pick<import('./user-directory.js').UserRecord, 'name' | 'roles'>) => Record<string, string>,
 *   secret: string,
 *   sessionMaxAgeSeconds?: number,
 *   passwordIterations?: number,
 *   limits?: Partial<import('./rate-limits.js').Limits>,
 *   databases?: string[],
 *   userCacheMs?: number,
 *   trustProxy?: boolean,
 *   now?: () => number,
 *   planDesignDocs?: () => Promise<Record<string, unknown>[]>,
 *   compactAfterMs?: number
 * }} GatewayOptions
 *   `backendHeaders`: sent with every request to the database (the embedded backend's token);
 *   `identify`: the headers that tell the database who the caller is (see backend-identity.js);
 *   `planDesignDocs`: the design documents of a shared plan's database (provision-lib.js);
 *   `compactAfterMs`: how soon after a deletion or an edit its database is compacted
 */

/** @param {GatewayOptions} options */
export function createGateway(options) {
	const limits = createLimits(options.limits);
	const admin = createAdminClient({
		baseUrl: options.backendUrl,
		...options.admin,
		headers: options.backendHeaders,
		engine: options.engine
	});
	const users = createUserDirectory({ admin, ttlMs: options.userCacheMs });
	const sessions = createSessions({
		users,
		secret: options.secret,
		maxAgeSeconds: options.sessionMaxAgeSeconds ?? 30 * 24 * 3600,
		now: options.now
	});
	const iterations = options.passwordIterations ?? 300_000;
	const passwordWork = createPasswordWork({
		concurrency: limits.config.passwordChecks,
		waiting: limits.config.passwordChecksWaiting
	});
	const displayNames = createDisplayNames({ admin, now: options.now });
	const accounts = createAccounts({
		admin,
		users,
		sessions,
		limits,
		passwordWork,
		displayNames,
		iterations
	});
	const record = createForumRecord({ admin, compactAfterMs: options.compactAfterMs });
	const design = createDesignGuard({ admin });
	// The embedded database runs in this process: no second HTTP hop. Apache CouchDB: HTTP.
	const forwarder = options.engine
		? createInProcessForwarder({ engine: options.engine, headers: options.backendHeaders })
		: createForwarder({
				baseUrl: options.backendUrl,
				headers: options.backendHeaders
			});
	const proposals = createProposals({
		admin,
		forwarder,
		identify: options.identify,
		spendWriteBudget,
		ensureRules: () => design.ensureRules(proposalsDb, 'proposals')
	});
	const databases = new Set(options.databases ?? ['forum', ...deskDatabases]);
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
		const who = await sessions.identify(req, res);
		const caller = who.user;

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
				await sessions.end(req, res, who);
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
			if (second === 'sessions' && rest.length === 0 && method === 'DELETE') {
				return accounts.endAllSessions(req, res, caller);
			}
			if (second === 'proposals' && rest.length === 0) {
				return proposals.handle(req, res, method, caller);
			}
			return sharing.handle(req, res, method, segments.slice(1), caller);
		}
		const planId = planIdOf(first);
		if (!databases.has(first) && !planId) {
			if (first.startsWith('_')) throw notAllowed();
			throw new HttpError(404, 'not_found', 'There is no such database here.');
		}
		return database(req, res, { db: first, planId, method, segments, params, caller });
	}

	/**
	 * A request to one of the app's databases: its route, who may use it, its limits, then the
	 * database's own answer.
	 * @param {import('express').Request} req @param {import('express').Response} res
	 * @param {{ db: string, planId: string | undefined, method: string, segments: string[],
	 *   params: URLSearchParams, caller: import('./user-directory.js').UserRecord | null }} target
	 */
	async function database(req, res, { db, planId, method, segments, params, caller }) {
		const kind = planId ? 'plan' : deskDatabases.includes(db) ? 'desk' : 'forum';
		const route = documentRoute(method, segments.slice(1), limits.config, kind);
		if (!route) throw notAllowed();
		let query = checkQuery(params, route.query);
		// A revision named in a read is served as the latest of its branch: an edited or deleted
		// text cannot be read back by its old revision id.
		const namesRevisions =
			params.has('rev') || params.has('open_revs') || route.name === 'bulk get';
		if (route.latest && namesRevisions) {
			const latest = new URLSearchParams(query);
			latest.set('latest', 'true');
			query = latest.toString();
		}
		if (planId) {
			// A shared plan is its members' only: to anyone else it does not exist.
			const entry = caller ? await registry.plan(planId) : null;
			const role = entry && caller ? roleOf(entry, caller.name) : undefined;
			if (!role) throw new HttpError(404, 'not_found', 'There is no such database here.');
			if (route.write && role === 'reader') {
				throw new HttpError(403, 'forbidden', 'Readers of a plan cannot change it.');
			}
		}
		// The editors' databases (proposals, the editorial content) are theirs alone.
		const isEditor = Boolean(caller?.roles.includes('editor'));
		if (kind === 'desk' && !isEditor) {
			if (!caller) throw new HttpError(401, 'unauthorized', 'Log in as an editor.');
			throw new HttpError(403, 'forbidden', 'Only editors reach this database.');
		}
		if (route.write) {
			if (!caller) throw new HttpError(401, 'unauthorized', 'Log in to write.');
			await design.ensureRules(db, kind === 'desk' ? db : kind);
		}
		let body;
		if (route.checkBody) {
			body = await readJsonBody(req, route.bodyLimit ?? limits.config.maxBodyBytes);
			const written = route.checkBody(body);
			if (db === editorialDb) checkChunks(route.name, body, segments[1]);
			// Editors publishing a content version write many chunks at once: their work is not
			// counted against the address's budget (a role only the admin gives).
			if (written > 0 && kind !== 'desk') {
				spendWriteBudget(req, written, Buffer.byteLength(JSON.stringify(body)));
			}
		} else if (route.write && kind !== 'desk') {
			spendWriteBudget(req, 1, 0);
		}
		const forwarded = {
			method: req.method,
			path: encodePath(segments),
			query,
			body,
			headers: caller ? options.identify(caller) : {}
		};
		if (route.name === 'changes' && params.get('feed') === 'longpoll') {
			return longPoll(req, res, forwarded);
		}
		const docs = writtenDocs(route.name, body, segments);
		if (docs.length === 0) return void (await forwarder.forward(req, res, forwarded));
		if (kind === 'forum') await forumWrite(req, res, { db, route, forwarded, docs });
		else await forwarder.forward(req, res, forwarded);
		// Once stored: what was replaced or deleted goes at the next compaction.
		if (docs.some(replacesContent)) record.compactSoon(db);
	}

	/**
	 * A member's write to the forum: claimed names dropped, deleted posts' ids refused (per
	 * document, the others written), the database's answer completed with those refusals.
	 * @param {import('express').Request} req @param {import('express').Response} res
	 * @param {{ db: string, route: import('./document-routes.js').Route,
	 *   forwarded: import('./forward.js').Forwarded, docs: import('./forum-record.js').WrittenDoc[] }} write
	 */
	async function forumWrite(req, res, { db, route, forwarded, docs }) {
		const kept = docs.map(withoutClaimedName);
		const refused = await record.revivals(db, kept);
		if (route.name === 'document write') {
			const [doc] = kept;
			const refusal = doc ? refused.get(doc._id) : undefined;
			if (refusal) throw new HttpError(403, refusal.error, refusal.reason);
			return void (await forwarder.forward(req, res, { ...forwarded, body: doc }));
		}
		const bulk = /** @type {{ docs: unknown[], new_edits?: boolean }} */ (forwarded.body);
		const sent = kept.filter((doc) => !refused.has(doc._id));
		if (refused.size === 0) {
			return void (await forwarder.forward(req, res, {
				...forwarded,
				body: { ...bulk, docs: sent }
			}));
		}
		const answer = sent.length
			? await forwarder.exchange({ ...forwarded, body: { ...bulk, docs: sent } })
			: { status: 201, body: [] };
		if (answer.status >= 300 || !Array.isArray(answer.body)) {
			return sendJson(res, answer.status, answer.body);
		}
		const results = /** @type {unknown[]} */ (answer.body);
		if (bulk.new_edits === false) {
			// Replication answers list only what was not stored.
			return sendJson(res, 201, [...refused.values(), ...results]);
		}
		let next = 0;
		return sendJson(
			res,
			201,
			kept.map((doc) => refused.get(doc._id) ?? results[next++])
		);
	}

	/**
	 * A `_changes` long-poll, counted while it is open: a few per address and a bound in all, so
	 * open feeds cannot exhaust the server.
	 * @param {import('express').Request} req @param {import('express').Response} res
	 * @param {import('./forward.js').Forwarded} forwarded
	 */
	async function longPoll(req, res, forwarded) {
		const leave = limits.feeds.enter(req.ip ?? '');
		if (!leave) {
			throw new HttpError(429, 'too_many_requests', 'Too many open change feeds; try again soon.', {
				'Retry-After': '10'
			});
		}
		res.once('close', leave);
		res.once('finish', leave);
		// A live changes feed passes its heartbeats on as they come.
		await forwarder.forward(req, res, { ...forwarded, stream: true });
	}

	/**
	 * The documents a write carries (none for a read).
	 * @param {string} routeName @param {unknown} body @param {string[]} segments
	 * @returns {import('./forum-record.js').WrittenDoc[]}
	 */
	function writtenDocs(routeName, body, segments) {
		if (routeName === 'bulk write') {
			return /** @type {{ docs: import('./forum-record.js').WrittenDoc[] }} */ (body).docs;
		}
		if (routeName === 'document write') {
			const doc = /** @type {Record<string, unknown>} */ (body);
			return [{ ...doc, _id: String(doc._id ?? segments[1]) }];
		}
		if (routeName === 'document delete') {
			return [{ _id: String(segments[1]), _deleted: true }];
		}
		return [];
	}

	/**
	 * Counts a write against the address's budgets (documents and bytes), both or neither.
	 * @param {import('express').Request} req @param {number} count @param {number} bytes
	 */
	function spendWriteBudget(req, count, bytes) {
		const key = req.ip ?? '';
		const docs = limits.writesPerIp.take(key, count);
		const size = docs.taken ? limits.writeBytesPerIp.take(key, bytes) : undefined;
		if (!docs.taken || !size?.taken) {
			if (docs.taken) docs.release();
			const wait = !docs.taken ? docs.retryAfter : size && !size.taken ? size.retryAfter : 1;
			throw new HttpError(
				429,
				'too_many_requests',
				'Too many writes from this address; wait a little.',
				{ 'Retry-After': String(wait) }
			);
		}
	}

	/** The database server's id, which PouchDB's replicator uses to name its checkpoints. */
	async function uuid() {
		if (!serverUuid) {
			const { body } = await admin.request('GET', '/');
			serverUuid = typeof body.uuid === 'string' ? body.uuid : 'passerelle';
		}
		return serverUuid;
	}

	return {
		router,
		/** Long-polls open through this gateway now (tests, the bench). */
		openFeeds: () => limits.feeds.count,
		close: () => {
			record.close();
			forwarder.close();
		}
	};
}

/** The databases of the editors' desk: editors only, through the same route table. */
const deskDatabases = ['proposals', 'editorial'];

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
