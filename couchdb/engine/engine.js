// Runs in Node (the server's process). The embedded database: the smallest server that speaks the
// CouchDB endpoints the gateway allows (documents, `_bulk_docs`, `_all_docs`, `_bulk_get`,
// `_revs_diff`, `_changes` normal and long-poll, `_local` checkpoints) and what its admin needs to
// provision (databases, `_security`, design documents, the registry's view, compaction), over
// Apache PouchDB 9 on LevelDB. Requests arrive already parsed: from the gateway in this process
// (forward-in-process.js) or from the admin on the loopback (http-listener.js).
import { HttpError } from '../http/errors.js';
import { isCheckpointId } from '../http/checkpoint-id.js';
import { requireDatabaseAdmin, requireReader, requireServerAdmin } from './access.js';
import { checkAccountWriter, mayReadAccount, prepareAccount, usersDb } from './accounts-db.js';
import { fromPouchError, maxAnswerBytes as defaultMaxAnswerBytes, reply } from './answers.js';
import { createCallers } from './callers.js';
import { createChangesFeeds } from './changes-feeds.js';
import { createDatabases } from './databases.js';
import { allDocuments, bulkGet, getDocument, queryView, revsDiff } from './reads.js';
import { createSecurityStore } from './security-store.js';
import { createKeyedQueue } from '../http/keyed-queue.js';
import { createWriter } from './writes.js';

/**
 * @typedef {import('./callers.js').Caller} Caller
 * @typedef {import('./pouch.js').Pouch} Pouch
 * @typedef {{ method: string, segments: string[], params: URLSearchParams,
 *   headers: import('node:http').IncomingHttpHeaders, body?: unknown }} EngineRequest
 * @typedef {{ request: EngineRequest, caller: Caller, res: import('node:http').ServerResponse,
 *   name: string, id: string, view: string }} Context
 * @typedef {(context: Context) => Promise<void>} Handler
 */

/**
 * @param {{ dataDir: string, admin: { name: string, password: string }, secret: string,
 *   token: string, uuid: string, iterations: number, maxAnswerBytes?: number }} options
 *   `secret`: proxy authentication's; `token`: what the gateway sends; `uuid`: the server's id
 *   (PouchDB names checkpoints with it); `maxAnswerBytes`: the bound of a list's answer
 */
export function createEngine({
	dataDir,
	admin,
	secret,
	token,
	uuid,
	iterations,
	maxAnswerBytes = defaultMaxAnswerBytes
}) {
	const callers = createCallers({ admin, secret, token });
	const databases = createDatabases(dataDir);
	const security = createSecurityStore(dataDir);
	const feeds = createChangesFeeds();
	const writer = createWriter({
		queues: createKeyedQueue(),
		security,
		onWritten: (name) => feeds.notify(name)
	});
	/** Compactions under way, so a database is compacted once at a time. */
	const compacting = new Map();
	/** @type {Map<string, { count: number, startedAt: number, endedAt?: number }>} the last
	 *  compaction of each database, and how many it had */
	const compactions = new Map();

	/** The database a request names, and whether the caller may read it. @param {Context} context */
	async function readable({ name, caller }) {
		const db = await databases.get(name);
		requireReader(caller, await security.get(name));
		return db;
	}

	/** The database a write names: accounts are the admin's alone, others need a reader. @param {Context} context */
	async function writable(context) {
		if (context.name === usersDb) {
			checkAccountWriter(context.caller);
			return databases.get(usersDb);
		}
		return readable(context);
	}

	/** Writes documents, `_users` as the admin only and with its passwords hashed. */
	async function write(
		/** @type {string} */ name,
		/** @type {Pouch} */ db,
		/** @type {unknown[]} */ docs,
		/** @type {{ newEdits: boolean, caller: Caller }} */ options
	) {
		if (name === usersDb) {
			checkAccountWriter(options.caller);
			docs = await Promise.all(
				docs.map((doc) =>
					typeof doc === 'object' && doc !== null && !Array.isArray(doc)
						? prepareAccount(/** @type {any} */ (doc), iterations)
						: doc
				)
			);
		}
		return writer.bulk(name, db, docs, options);
	}

	/** One document written by PUT (201) or DELETE (200); its refusal is the answer. */
	async function writeOne(
		/** @type {Context} */ context,
		/** @type {Pouch} */ db,
		/** @type {Record<string, unknown>} */ doc,
		status = 201
	) {
		const [result] = await write(context.name, db, [doc], {
			newEdits: true,
			caller: context.caller
		});
		if (!result || 'error' in result) {
			const error = result && 'error' in result ? result : undefined;
			const status = { conflict: 409, forbidden: 403, unauthorized: 401, bad_request: 400 }[
				String(error?.error)
			];
			throw new HttpError(
				status ?? 500,
				error?.error ?? 'internal_error',
				error?.reason ?? 'Not saved.'
			);
		}
		reply(context.res, status, result);
	}

	/** The body of a PUT: a JSON object, its id the path's. @param {Context} context */
	function documentBody({ request, id }) {
		const body = request.body;
		if (typeof body !== 'object' || body === null || Array.isArray(body)) {
			throw new HttpError(400, 'bad_request', 'The document must be a JSON object.');
		}
		const doc = /** @type {Record<string, unknown>} */ ({ ...body, _id: id });
		const rev = request.params.get('rev');
		if (rev !== null) doc._rev = rev;
		return doc;
	}

	/** Only the admin touches `_local` documents other than replication checkpoints. @param {Context} context */
	function checkLocalId({ id, caller }) {
		if (!caller.isAdmin && !isCheckpointId(id.slice('_local/'.length))) {
			throw new HttpError(403, 'forbidden', 'This _local document is the server’s own.');
		}
	}

	/** @type {Handler} */
	async function putDocument(context) {
		await writeOne(context, await writable(context), documentBody(context));
	}

	/** @type {Handler} */
	async function deleteDocument(context) {
		const rev = context.request.params.get('rev');
		if (rev === null) throw new HttpError(409, 'conflict', 'Document update conflict.');
		await writeOne(
			context,
			await writable(context),
			{ _id: context.id, _rev: rev, _deleted: true },
			200
		);
	}

	/** @type {Record<string, Record<string, Handler>>} shape → method → handler */
	const routes = {
		server: {
			GET: async ({ res }) =>
				reply(res, 200, {
					couchdb: 'Welcome',
					uuid,
					version: '3.4.3',
					vendor: { name: 'Passerelle' }
				})
		},
		up: { GET: async ({ res }) => reply(res, 200, { status: 'ok' }) },
		session: {
			GET: async ({ res, caller }) =>
				reply(res, 200, {
					ok: true,
					userCtx: { name: caller.name, roles: caller.roles },
					info: {
						authentication_handlers: ['proxy', 'default'],
						...(caller.name ? { authenticated: caller.isAdmin ? 'default' : 'proxy' } : {})
					}
				})
		},
		allDbs: {
			GET: async ({ res, caller }) => {
				requireServerAdmin(caller);
				reply(res, 200, await databases.list());
			}
		},
		database: {
			GET: async (context) => {
				const db = await readable(context);
				const info = await db.info();
				reply(context.res, 200, {
					db_name: context.name,
					doc_count: info.doc_count,
					update_seq: info.update_seq,
					compact_running: compacting.has(context.name),
					instance_start_time: '0'
				});
			},
			PUT: async ({ res, caller, name }) => {
				requireServerAdmin(caller);
				if (!(await databases.create(name))) {
					throw new HttpError(
						412,
						'file_exists',
						'The database could not be created, the file already exists.'
					);
				}
				reply(res, 201, { ok: true });
			},
			DELETE: async ({ res, caller, name }) => {
				requireServerAdmin(caller);
				await databases.destroy(name);
				feeds.forget(name);
				writer.forget(name);
				await security.remove(name);
				reply(res, 200, { ok: true });
			}
		},
		security: {
			GET: async ({ res, caller, name }) => {
				await databases.get(name);
				requireDatabaseAdmin(caller, await security.get(name));
				reply(res, 200, await security.get(name));
			},
			PUT: async ({ res, caller, name, request }) => {
				await databases.get(name);
				// `_users` keeps CouchDB 3's: only server admins are its members.
				if (name === usersDb)
					throw new HttpError(403, 'forbidden', 'The accounts’ security object cannot change.');
				requireDatabaseAdmin(caller, await security.get(name));
				await security.set(name, request.body);
				reply(res, 200, { ok: true });
			}
		},
		compact: {
			POST: async ({ res, caller, name }) => {
				requireServerAdmin(caller);
				const db = await databases.get(name);
				if (!compacting.has(name)) {
					const times = {
						count: (compactions.get(name)?.count ?? 0) + 1,
						startedAt: Date.now(),
						endedAt: /** @type {number | undefined} */ (undefined)
					};
					compactions.set(name, times);
					const running = db
						.compact()
						.then(() => db.viewCleanup())
						.then(() => databases.compactStorage(name))
						.catch((error) => console.error(`[database] compacting ${name} failed (${error}).`))
						.finally(() => {
							times.endedAt = Date.now();
							compacting.delete(name);
						});
					compacting.set(name, running);
				}
				reply(res, 202, { ok: true });
			}
		},
		allDocs: {
			GET: async (context) =>
				allDocuments(
					await readable(context),
					context.request.params,
					undefined,
					context.res,
					maxAnswerBytes
				),
			POST: async (context) => {
				const keys = /** @type {{ keys?: unknown }} */ (context.request.body ?? {}).keys;
				if (!Array.isArray(keys)) throw new HttpError(400, 'bad_request', 'keys must be a list.');
				await allDocuments(
					await readable(context),
					context.request.params,
					keys,
					context.res,
					maxAnswerBytes
				);
			}
		},
		changes: {
			GET: async (context) => {
				const db = await readable(context);
				const { params } = context.request;
				const feed = params.get('feed') ?? 'normal';
				if (feed !== 'normal' && feed !== 'longpoll') {
					throw new HttpError(400, 'bad_request', 'feed must be normal or longpoll.');
				}
				/** @type {import('./changes-feeds.js').ChangesOptions} */
				const options = { since: sinceOf(params.get('since')) };
				for (const name of /** @type {const} */ (['include_docs', 'conflicts', 'descending'])) {
					if (params.has(name)) options[name] = params.get(name) === 'true';
				}
				if (params.get('style') === 'all_docs') options.style = 'all_docs';
				if (params.has('limit')) options.limit = Number(params.get('limit'));
				const number = (/** @type {string} */ name) =>
					params.has(name) ? Number(params.get(name)) : undefined;
				await feeds.serve(
					context.name,
					db,
					{
						options,
						longpoll: feed === 'longpoll',
						timeoutMs: number('timeout'),
						heartbeatMs: number('heartbeat')
					},
					context.res
				);
			}
		},
		bulkDocs: {
			POST: async (context) => {
				const db = await writable(context);
				const body = /** @type {{ docs?: unknown, new_edits?: unknown }} */ (
					context.request.body ?? {}
				);
				if (!Array.isArray(body.docs))
					throw new HttpError(400, 'bad_request', 'docs must be a list.');
				const newEdits = body.new_edits !== false;
				const localIds = body.docs.filter(
					(doc) => typeof doc?._id === 'string' && doc._id.startsWith('_local/')
				);
				if (localIds.length > 0) {
					throw new HttpError(400, 'bad_request', '_local documents are written one at a time.');
				}
				reply(
					context.res,
					201,
					await write(context.name, db, body.docs, { newEdits, caller: context.caller })
				);
			}
		},
		bulkGet: {
			POST: async (context) =>
				bulkGet(
					await readable(context),
					context.request.body,
					context.request.params,
					context.caller,
					context.res,
					maxAnswerBytes
				)
		},
		revsDiff: {
			POST: async (context) => revsDiff(await readable(context), context.request.body, context.res)
		},
		document: {
			GET: async (context) => {
				// An account is readable by its owner, though `_users` has only admins as members.
				const isOwnAccount = context.name === usersDb && mayReadAccount(context.caller, context.id);
				const db = isOwnAccount ? await databases.get(usersDb) : await readable(context);
				await getDocument(db, context.id, context.request.params, context.caller, context.res);
			},
			PUT: putDocument,
			DELETE: deleteDocument
		},
		design: {
			GET: async (context) => {
				const db = await readable(context);
				requireDatabaseAdmin(context.caller, await security.get(context.name));
				await getDocument(db, context.id, context.request.params, context.caller, context.res);
			},
			// Writes go through the writer, which lets database admins only write them.
			PUT: putDocument,
			DELETE: deleteDocument
		},
		local: {
			GET: async (context) => {
				checkLocalId(context);
				reply(context.res, 200, await (await readable(context)).get(context.id));
			},
			PUT: async (context) => {
				checkLocalId(context);
				const db = await readable(context);
				const saved = await db.put(/** @type {any} */ (documentBody(context)));
				reply(context.res, 201, { ok: true, id: context.id, rev: saved.rev });
			},
			DELETE: async (context) => {
				checkLocalId(context);
				const db = await readable(context);
				const rev = context.request.params.get('rev') ?? '';
				const saved = await db.put({ _id: context.id, _rev: rev, _deleted: true });
				reply(context.res, 200, { ok: true, id: context.id, rev: saved.rev });
			}
		},
		view: {
			GET: async (context) => {
				const db = await readable(context);
				requireDatabaseAdmin(context.caller, await security.get(context.name));
				await queryView(db, context.view, context.request.params, context.res);
			}
		}
	};

	return {
		uuid,
		databases,
		feeds,
		/** The database's last compaction: its number, when it started and ended (tests). @param {string} name */
		lastCompaction: (name) => compactions.get(name),
		/**
		 * Answers one request; every error becomes CouchDB's JSON answer.
		 * @param {EngineRequest} request @param {import('node:http').ServerResponse} res
		 */
		async handle(request, res) {
			try {
				const caller = callers.identify(request.headers);
				const target = shapeOf(request.segments);
				const handler = routes[target.shape]?.[request.method === 'HEAD' ? 'GET' : request.method];
				if (!handler) {
					throw target.shape === 'unknown'
						? new HttpError(404, 'not_found', 'Database does not exist.')
						: new HttpError(405, 'method_not_allowed', 'Only the methods CouchDB allows here.');
				}
				await handler({
					request,
					caller,
					res,
					name: target.name,
					id: target.id,
					view: target.view
				});
			} catch (error) {
				const known = fromPouchError(error);
				if (res.headersSent) return void res.destroy();
				if (known) {
					const headers = known instanceof HttpError ? known.headers : {};
					for (const [header, value] of Object.entries(headers)) res.setHeader(header, value);
					return reply(res, known.status, { error: known.error, reason: known.message });
				}
				console.error(
					`[database] ${request.method} /${request.segments.join('/')}: ${error instanceof Error ? error.stack : error}`
				);
				reply(res, 500, {
					error: 'internal_error',
					reason: 'The database could not answer this request.'
				});
			}
		},
		/** Ends open feeds and closes the databases. */
		async close() {
			feeds.close();
			await Promise.all(compacting.values());
			await databases.close();
		}
	};
}

/** `since` as PouchDB takes it: `now`, or a sequence number. @param {string | null} value */
function sinceOf(value) {
	if (value === null || value === '0') return 0;
	if (value === 'now') return 'now';
	const number = Number(value);
	if (!Number.isSafeInteger(number) || number < 0) {
		throw new HttpError(400, 'bad_request', 'since must be now or a sequence number.');
	}
	return number;
}

/** Database-level endpoints, by the segment after the database's name. */
const databaseEndpoints = new Map([
	['_security', 'security'],
	['_compact', 'compact'],
	['_all_docs', 'allDocs'],
	['_changes', 'changes'],
	['_bulk_docs', 'bulkDocs'],
	['_bulk_get', 'bulkGet'],
	['_revs_diff', 'revsDiff']
]);

/**
 * What a path names, whatever the order of routes: the server, a database, one of its endpoints,
 * a document (`_design/…` and `_local/…` ids written as one segment or two) or a view.
 * @param {string[]} segments
 * @returns {{ shape: string, name: string, id: string, view: string }}
 */
export function shapeOf(segments) {
	const [first, second, third, ...rest] = segments;
	const none = { name: '', id: '', view: '' };
	if (first === undefined) return { shape: 'server', ...none };
	if (segments.length === 1) {
		const special = { _session: 'session', _all_dbs: 'allDbs', _up: 'up' }[first];
		if (special) return { shape: special, ...none };
		if (first.startsWith('_') && first !== usersDb) return { shape: 'unknown', ...none };
		return { shape: 'database', ...none, name: first };
	}
	const name = first;
	if (name.startsWith('_') && name !== usersDb) return { shape: 'unknown', ...none };
	/** @type {string[]} */
	let path = [/** @type {string} */ (second), ...(third === undefined ? [] : [third]), ...rest];
	// `_design%2Fforum` arrives as one segment, `_design/forum` as two: the same id.
	const head = path[0] ?? '';
	if (head.startsWith('_design/') || head.startsWith('_local/')) {
		path = [head.slice(0, head.indexOf('/')), head.slice(head.indexOf('/') + 1), ...path.slice(1)];
	}
	const [kind, docName, action, viewName, ...extra] = path;
	if (path.length === 1) {
		const endpoint = databaseEndpoints.get(String(kind));
		if (endpoint) return { shape: endpoint, ...none, name };
		if (String(kind).startsWith('_')) return { shape: 'unknown', ...none };
		return { shape: 'document', ...none, name, id: String(kind) };
	}
	if ((kind === '_design' || kind === '_local') && docName) {
		const id = `${kind}/${docName}`;
		if (path.length === 2)
			return { shape: kind === '_design' ? 'design' : 'local', ...none, name, id };
		if (kind === '_design' && action === '_view' && viewName && extra.length === 0) {
			return { shape: 'view', name, id, view: `${docName}/${viewName}` };
		}
	}
	return { shape: 'unknown', ...none };
}
