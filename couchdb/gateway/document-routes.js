// Runs in Node (the gateway). What the app may do with one of its databases (the forum, a shared
// plan): the requests its sync engines, its outbox and PouchDB's replicator make, with the
// parameters and sizes they use. Anything else is refused before reaching the database. Who may
// read or write which database is the gateway's next check (gateway.js).
//
// Routes are looked up by the path's shape in a table, never tried in order: a new endpoint is a
// new row, and cannot be shadowed by another.
import { isCheckpointId } from '../http/checkpoint-id.js';
import { HttpError } from '../http/errors.js';
import { isPlainObject } from '../http/json-body.js';
import { badSpecialMember } from '../http/special-members.js';
import { bool, checkQuery, int, jsonKey, oneOf, openRevs, rev, since } from './query-rules.js';

/**
 * @typedef {import('./rate-limits.js').Limits} Limits
 * @typedef {'forum' | 'plan' | 'desk'} DatabaseKind  `desk`: the editors' proposals and content
 * @typedef {{ name: string, write: boolean, query: Record<string, import('./query-rules.js').Check>,
 *   checkBody?: (body: unknown) => number, bodyLimit?: number, stream?: boolean,
 *   latest?: boolean }} Route
 *   `checkBody` validates the body and returns how many documents it writes; `stream`: a
 *   long-poll, passed on as it comes; `latest`: asks for named revisions, which anyone but the
 *   admin gets as the latest of their branch (`latest=true`)
 * @typedef {(method: string, id: string, limits: Limits, kind: DatabaseKind) => Route | undefined}
 *   RouteFor
 */

/** Ids a user may write: no design documents, no `_local`, nothing CouchDB reserves. */
const writableId = (/** @type {unknown} */ id) =>
	typeof id === 'string' && id.length > 0 && id.length <= 300 && !id.startsWith('_');

/** What a deletion may carry beside `_id`, `_rev`, `_deleted` (and its history when replicated). */
const deletionFields = {
	forum: new Set(),
	// A shared plan's deletion says who deleted the record, and when (plan-docs.ts).
	plan: new Set(['editedBy', 'editedAt']),
	desk: new Set()
};

/** What makes a deletion one. */
const deletionMarks = new Set(['_id', '_rev', '_deleted', '_revisions']);

/** The database's own endpoints (`/<db>/_…`), by name. @type {Map<string, RouteFor>} */
const endpoints = new Map([
	['_all_docs', allDocsRoute],
	['_changes', (method, _id, limits) => (isRead(method) ? changesRoute(limits) : undefined)],
	['_bulk_get', (method, _id, limits) => (method === 'POST' ? bulkGetRoute(limits) : undefined)],
	['_revs_diff', (method, _id, limits) => (method === 'POST' ? revsDiffRoute(limits) : undefined)],
	[
		'_bulk_docs',
		(method, _id, limits, kind) => (method === 'POST' ? bulkDocsRoute(limits, kind) : undefined)
	]
]);

/**
 * @param {string} method
 * @param {string[]} rest the path after the database name
 * @param {Limits} limits
 * @param {DatabaseKind} [kind]
 * @returns {Route | undefined}
 */
export function documentRoute(method, rest, limits, kind = 'forum') {
	const [first, second, ...more] = rest;
	if (first === undefined) {
		return isRead(method) ? { name: 'database info', write: false, query: {} } : undefined;
	}
	if (more.length > 0) return undefined;
	if (first === '_local') {
		return second === undefined ? undefined : checkpointRoute(method, second, limits);
	}
	if (second !== undefined) return undefined;
	const endpoint = endpoints.get(first);
	if (endpoint) return endpoint(method, first, limits, kind);
	if (!writableId(first)) return undefined;
	return documentRouteFor(method, first, kind);
}

/** @param {string} method */
const isRead = (method) => method === 'GET' || method === 'HEAD';

/** @type {RouteFor} */
function allDocsRoute(method, _id, limits) {
	const max = limits.maxKeys;
	if (isRead(method)) return { name: 'all documents', write: false, query: allDocsQuery(max) };
	if (method !== 'POST') return undefined;
	return {
		name: 'documents by id',
		write: false,
		query: { include_docs: bool, conflicts: bool },
		checkBody: (body) => {
			const keys = isPlainObject(body) ? body.keys : undefined;
			if (!Array.isArray(keys) || keys.length > max || !keys.every((k) => typeof k === 'string')) {
				throw invalid(`keys must be a list of at most ${max} ids.`);
			}
			if (new Set(keys).size !== keys.length) throw invalid('keys must not repeat an id.');
			return 0;
		}
	};
}

/** @param {Limits} limits @returns {Route} */
function changesRoute(limits) {
	return { name: 'changes', write: false, query: changesQuery(limits.maxKeys) };
}

/** @param {Limits} limits @returns {Route} */
function bulkGetRoute(limits) {
	const max = limits.maxKeys;
	return {
		name: 'bulk get',
		write: false,
		latest: true,
		query: { revs: bool, latest: bool, attachments: oneOf('false') },
		checkBody: (body) => {
			const docs = isPlainObject(body) ? body.docs : undefined;
			if (!Array.isArray(docs) || docs.length > max || !docs.every(isDocRequest)) {
				throw invalid(`docs must be a list of at most ${max} {id, rev}.`);
			}
			const asked = new Set(docs.map((entry) => `${entry.id}\n${entry.rev ?? ''}`));
			if (asked.size !== docs.length) throw invalid('docs must not repeat an {id, rev}.');
			return 0;
		}
	};
}

/** @param {Limits} limits @returns {Route} */
function revsDiffRoute(limits) {
	const max = limits.maxKeys;
	return {
		name: 'revision diff',
		write: false,
		query: {},
		checkBody: (body) => {
			const entries = isPlainObject(body) ? Object.values(body) : undefined;
			if (!entries || entries.length > max || !entries.every(isRevList)) {
				throw invalid(`The body must map at most ${max} ids to revisions.`);
			}
			return 0;
		}
	};
}

/** @param {Limits} limits @param {DatabaseKind} kind @returns {Route} */
function bulkDocsRoute(limits, kind) {
	return {
		name: 'bulk write',
		write: true,
		query: {},
		checkBody: (body) => {
			const docs = isPlainObject(body) ? body.docs : undefined;
			if (!isPlainObject(body) || !Array.isArray(docs)) throw invalid('docs must be a list.');
			const extra = Object.keys(body).find((k) => k !== 'docs' && k !== 'new_edits');
			if (extra !== undefined) throw invalid(`Unknown field: ${extra.slice(0, 40)}`);
			if (body.new_edits !== undefined && typeof body.new_edits !== 'boolean') {
				throw invalid('new_edits must be true or false.');
			}
			if (docs.length === 0 || docs.length > limits.maxBulkDocs) {
				throw invalid(`Send 1 to ${limits.maxBulkDocs} documents at a time.`);
			}
			for (const doc of docs) checkWrittenDoc(doc, undefined, kind);
			return docs.length;
		}
	};
}

/** PouchDB's replication checkpoints, and no other `_local` document. @param {string} method @param {string} id @param {Limits} limits */
function checkpointRoute(method, id, limits) {
	if (!isCheckpointId(id)) return undefined;
	if (isRead(method)) return { name: 'checkpoint', write: false, query: {} };
	if (method !== 'PUT') return undefined;
	return {
		name: 'checkpoint write',
		write: true,
		query: {},
		bodyLimit: limits.maxLocalDocBytes,
		checkBody: (/** @type {unknown} */ body) => {
			if (!isPlainObject(body) || '_attachments' in body) throw invalid('Not a checkpoint.');
			return 1;
		}
	};
}

/** @param {string} method @param {string} id @param {DatabaseKind} kind @returns {Route | undefined} */
function documentRouteFor(method, id, kind) {
	if (isRead(method)) return { name: 'document', write: false, latest: true, query: docQuery };
	if (method === 'PUT') {
		return {
			name: 'document write',
			write: true,
			query: {},
			checkBody: (/** @type {unknown} */ body) => {
				checkWrittenDoc(body, id, kind);
				return 1;
			}
		};
	}
	if (method === 'DELETE') return { name: 'document delete', write: true, query: { rev } };
	return undefined;
}

/** @param {number} maxKeys */
const allDocsQuery = (maxKeys) => ({
	include_docs: bool,
	conflicts: bool,
	descending: bool,
	inclusive_end: bool,
	update_seq: bool,
	limit: int(0, maxKeys),
	skip: int(0, 1),
	startkey: jsonKey,
	endkey: jsonKey,
	start_key: jsonKey,
	end_key: jsonKey,
	key: jsonKey
});

/** @param {number} maxKeys */
const changesQuery = (maxKeys) => ({
	since,
	limit: int(0, maxKeys),
	feed: oneOf('normal', 'longpoll'),
	style: oneOf('main_only', 'all_docs'),
	heartbeat: int(1_000, 60_000),
	timeout: int(0, 60_000),
	include_docs: bool,
	conflicts: bool,
	descending: bool,
	seq_interval: int(1, maxKeys),
	return_docs: bool
});

const docQuery = {
	rev,
	revs: bool,
	open_revs: openRevs,
	latest: bool,
	conflicts: bool,
	deleted_conflicts: bool,
	revs_info: bool
};

/**
 * A document a user writes: an object whose id is theirs to write, no attachments (the forum has
 * no designed attachment feature, and attachments stored here would be served from the app's
 * origin), and a deletion that carries nothing but what says it is one.
 * @param {unknown} doc @param {string | undefined} pathId @param {DatabaseKind} kind
 */
function checkWrittenDoc(doc, pathId, kind) {
	if (!isPlainObject(doc)) throw invalid('Each document must be a JSON object.');
	const id = doc._id ?? pathId;
	if (!writableId(id) || (pathId !== undefined && id !== pathId)) {
		throw new HttpError(403, 'forbidden', 'This document id may not be written here.');
	}
	if ('_attachments' in doc) {
		throw new HttpError(403, 'forbidden', 'Attachments are not accepted.');
	}
	const special = badSpecialMember(doc);
	if (special !== undefined) {
		throw invalid(`Bad special document member: ${special.slice(0, 40)}`);
	}
	if (doc._deleted === true) {
		const allowed = deletionFields[kind];
		const extra = Object.keys(doc).find((key) => !deletionMarks.has(key) && !allowed.has(key));
		if (extra !== undefined) {
			throw new HttpError(
				403,
				'forbidden',
				'A deletion carries only the document’s id and revision.'
			);
		}
	}
}

/** @param {unknown} entry @returns {entry is { id: string, rev?: string }} */
function isDocRequest(entry) {
	return (
		isPlainObject(entry) &&
		typeof entry.id === 'string' &&
		(entry.rev === undefined || (typeof entry.rev === 'string' && rev(entry.rev))) &&
		Object.keys(entry).every((k) => k === 'id' || k === 'rev' || k === 'atts_since')
	);
}

/** @param {unknown} list */
function isRevList(list) {
	return (
		Array.isArray(list) &&
		list.length <= 200 &&
		new Set(list).size === list.length &&
		list.every((r) => typeof r === 'string' && rev(r))
	);
}

/** @param {string} reason */
const invalid = (reason) => new HttpError(400, 'bad_request', reason);

export { checkQuery };
