// Runs in Node (the gateway). What the app may do with one of its databases (the forum, a shared
// plan): the requests its sync engines, its outbox and PouchDB's replicator make, with the
// parameters and sizes they use. Anything else is refused before reaching the database. Who may
// read or write which database is the gateway's next check (gateway.js).
import { isCheckpointId } from '../http/checkpoint-id.js';
import { HttpError } from '../http/errors.js';
import { bool, checkQuery, int, jsonKey, oneOf, openRevs, rev, since } from './query-rules.js';
import { isPlainObject } from '../http/json-body.js';

/**
 * @typedef {import('./rate-limits.js').Limits} Limits
 * @typedef {{ name: string, write: boolean, query: Record<string, import('./query-rules.js').Check>,
 *   checkBody?: (body: unknown) => number, bodyLimit?: number }} Route
 *   `checkBody` validates the body and returns how many documents it writes
 */

/** Ids a user may write: no design documents, no `_local`, nothing CouchDB reserves. */
const writableId = (/** @type {unknown} */ id) =>
	typeof id === 'string' && id.length > 0 && id.length <= 300 && !id.startsWith('_');

/**
 * @param {string} method
 * @param {string[]} rest the path after the database name
 * @param {Limits} limits
 * @returns {Route | undefined}
 */
export function documentRoute(method, rest, limits) {
	const [first, second, ...more] = rest;
	const read = method === 'GET' || method === 'HEAD';
	const key = limits.maxKeys;
	if (first === undefined)
		return read ? { name: 'database info', write: false, query: {} } : undefined;
	if (more.length > 0) return undefined;
	if (first === '_all_docs' && second === undefined) {
		if (read) return { name: 'all documents', write: false, query: allDocsQuery(key) };
		if (method === 'POST') {
			return {
				name: 'documents by id',
				write: false,
				query: { include_docs: bool, conflicts: bool },
				checkBody: (body) => {
					const keys = isPlainObject(body) ? body.keys : undefined;
					if (
						!Array.isArray(keys) ||
						keys.length > key ||
						!keys.every((k) => typeof k === 'string')
					) {
						throw invalid(`keys must be a list of at most ${key} ids.`);
					}
					return 0;
				}
			};
		}
	}
	if (first === '_changes' && second === undefined && read) {
		return { name: 'changes', write: false, query: changesQuery(key) };
	}
	if (first === '_bulk_get' && second === undefined && method === 'POST') {
		return {
			name: 'bulk get',
			write: false,
			query: { revs: bool, latest: bool, attachments: oneOf('false') },
			checkBody: (body) => {
				const docs = isPlainObject(body) ? body.docs : undefined;
				if (!Array.isArray(docs) || docs.length > key || !docs.every(isDocRequest)) {
					throw invalid(`docs must be a list of at most ${key} {id, rev}.`);
				}
				return 0;
			}
		};
	}
	if (first === '_revs_diff' && second === undefined && method === 'POST') {
		return {
			name: 'revision diff',
			write: false,
			query: {},
			checkBody: (body) => {
				const entries = isPlainObject(body) ? Object.values(body) : undefined;
				if (!entries || entries.length > key || !entries.every(isRevList)) {
					throw invalid(`The body must map at most ${key} ids to revisions.`);
				}
				return 0;
			}
		};
	}
	if (first === '_bulk_docs' && second === undefined && method === 'POST') {
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
				for (const doc of docs) checkWrittenDoc(doc, undefined);
				return docs.length;
			}
		};
	}
	if (first === '_local' && second !== undefined) {
		if (!isCheckpointId(second)) return undefined;
		if (read) return { name: 'checkpoint', write: false, query: {} };
		if (method === 'PUT') {
			return {
				name: 'checkpoint write',
				write: true,
				query: {},
				bodyLimit: limits.maxLocalDocBytes,
				checkBody: (body) => {
					if (!isPlainObject(body) || '_attachments' in body) throw invalid('Not a checkpoint.');
					return 1;
				}
			};
		}
		return undefined;
	}
	if (second !== undefined || !writableId(first)) return undefined;
	if (read) return { name: 'document', write: false, query: docQuery };
	if (method === 'PUT') {
		return {
			name: 'document write',
			write: true,
			query: {},
			checkBody: (body) => {
				checkWrittenDoc(body, first);
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
 * A document a user writes: an object whose id is theirs to write, and no attachments (the
 * forum has no designed attachment feature, and attachments stored here would be served from
 * the app's origin).
 * @param {unknown} doc @param {string | undefined} pathId
 */
function checkWrittenDoc(doc, pathId) {
	if (!isPlainObject(doc)) throw invalid('Each document must be a JSON object.');
	const id = doc._id ?? pathId;
	if (!writableId(id) || (pathId !== undefined && id !== pathId)) {
		throw new HttpError(403, 'forbidden', 'This document id may not be written here.');
	}
	if ('_attachments' in doc) {
		throw new HttpError(403, 'forbidden', 'Attachments are not accepted.');
	}
}

/** @param {unknown} entry */
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
		Array.isArray(list) && list.length <= 200 && list.every((r) => typeof r === 'string' && rev(r))
	);
}

/** @param {string} reason */
const invalid = (reason) => new HttpError(400, 'bad_request', reason);

export { checkQuery };
