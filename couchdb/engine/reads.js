// Runs in Node (the embedded database). Reading documents: one by id (with the revision options
// PouchDB's replicator uses), `_all_docs`, `_bulk_get`, `_revs_diff` and the admin's views. Lists
// are read in pages and counted as they are serialised, so no request makes the server hold more
// than `maxAnswerBytes` of answer. Only the server admin is served a revision that is no longer
// current: anyone else asking for one gets the latest revision of its branch (CouchDB's
// `latest=true`), so an edited or deleted text cannot be read back by its old revision id.
import { HttpError } from '../http/errors.js';
import { boundedRows, replyWithList, reply } from './answers.js';

/**
 * @typedef {import('./pouch.js').Pouch} Pouch
 * @typedef {import('./callers.js').Caller} Caller
 */

/** Rows read from PouchDB at a time (the app's pages are 2,000). */
const page = 2_000;

/** @param {string | null} value */
const bool = (value) => value === 'true';

/** A JSON query value (a key), or a 400. @param {string} value @param {string} name */
function jsonParam(value, name) {
	try {
		return JSON.parse(value);
	} catch {
		throw new HttpError(400, 'bad_request', `The value of ${name} is not JSON.`);
	}
}

/**
 * `GET /db/<id>`: a document, or the revisions asked for (`open_revs`).
 * @param {Pouch} db @param {string} id @param {URLSearchParams} params @param {Caller} caller
 * @param {import('node:http').ServerResponse} res
 */
export async function getDocument(db, id, params, caller, res) {
	/** @type {Record<string, unknown>} */
	const options = {};
	for (const name of ['revs', 'conflicts', 'deleted_conflicts', 'revs_info', 'latest']) {
		if (params.has(name)) options[name] = bool(params.get(name));
	}
	const rev = params.get('rev');
	if (rev !== null) options.rev = rev;
	const openRevs = params.get('open_revs');
	if (openRevs !== null) {
		options.open_revs = openRevs === 'all' ? 'all' : jsonParam(openRevs, 'open_revs');
		if (options.open_revs !== 'all' && !Array.isArray(options.open_revs)) {
			throw new HttpError(400, 'bad_request', 'open_revs must be "all" or a list of revisions.');
		}
	}
	if (!caller.isAdmin && (options.rev !== undefined || Array.isArray(options.open_revs))) {
		options.latest = true;
	}
	reply(res, 200, await db.get(id, options));
}

/**
 * `_all_docs`, by range or by keys, read in pages.
 * @param {Pouch} db @param {URLSearchParams} params @param {unknown[] | undefined} keys
 * @param {import('node:http').ServerResponse} res @param {number} [maxBytes] the answer's bound
 */
export async function allDocuments(db, params, keys, res, maxBytes) {
	/** @type {Record<string, unknown>} */
	const options = {};
	for (const name of ['include_docs', 'conflicts', 'descending', 'inclusive_end', 'update_seq']) {
		if (params.has(name)) options[name] = bool(params.get(name));
	}
	for (const name of ['startkey', 'endkey', 'key', 'start_key', 'end_key']) {
		const value = params.get(name);
		if (value !== null) options[name.replace('_key', 'key')] = jsonParam(value, name);
	}
	const limit = params.has('limit') ? Number(params.get('limit')) : Infinity;
	const skip = params.has('skip') ? Number(params.get('skip')) : 0;
	if (!(limit >= 0) || !(skip >= 0))
		throw new HttpError(400, 'bad_request', 'limit and skip must be numbers ≥ 0.');
	const keysParam = params.get('keys');
	const asked = keys ?? (keysParam === null ? undefined : jsonParam(keysParam, 'keys'));
	const rows = boundedRows(maxBytes);
	let totalRows = 0;
	let updateSeq;
	if (asked !== undefined) {
		if (!Array.isArray(asked)) throw new HttpError(400, 'bad_request', 'keys must be a list.');
		const wanted = asked.slice(skip, limit === Infinity ? undefined : skip + limit);
		for (let i = 0; i < wanted.length || i === 0; i += page) {
			const found = await db.allDocs({ ...options, keys: wanted.slice(i, i + page) });
			totalRows = found.total_rows;
			updateSeq ??= found.update_seq;
			for (const row of found.rows) rows.add(row);
		}
	} else {
		let remaining = limit;
		let first = true;
		/** @type {Record<string, unknown>} */
		let cursor = { ...options, skip };
		while (remaining > 0) {
			const count = Math.min(page, remaining);
			const found = await db.allDocs({ ...cursor, limit: count });
			totalRows = found.total_rows;
			if (first) updateSeq = found.update_seq;
			first = false;
			for (const row of found.rows) rows.add(row);
			remaining -= found.rows.length;
			const last = found.rows.at(-1);
			if (found.rows.length < count || !last || options.key !== undefined) break;
			// The next page starts after the last id read.
			cursor = { ...options, startkey: last.id, skip: 1 };
		}
	}
	replyWithList(
		res,
		{
			total_rows: totalRows,
			offset: asked === undefined ? skip : 0,
			...(updateSeq !== undefined && options.update_seq ? { update_seq: updateSeq } : {})
		},
		'rows',
		rows.json()
	);
}

/**
 * `_bulk_get`: the revisions asked for (the latest of each branch for anyone but the admin).
 * @param {Pouch} db @param {unknown} body @param {URLSearchParams} params @param {Caller} caller
 * @param {import('node:http').ServerResponse} res @param {number} [maxBytes] the answer's bound
 */
export async function bulkGet(db, body, params, caller, res, maxBytes) {
	const docs = /** @type {{ docs?: unknown }} */ (body ?? {}).docs;
	if (!Array.isArray(docs)) throw new HttpError(400, 'bad_request', 'docs must be a list.');
	const rows = boundedRows(maxBytes);
	for (let i = 0; i < docs.length; i += page) {
		const found = await db.bulkGet({
			docs: docs.slice(i, i + page),
			revs: bool(params.get('revs')),
			latest: !caller.isAdmin || bool(params.get('latest'))
		});
		for (const result of found.results) rows.add(result);
	}
	replyWithList(res, {}, 'results', rows.json());
}

/** `_revs_diff`. @param {Pouch} db @param {unknown} body @param {import('node:http').ServerResponse} res */
export async function revsDiff(db, body, res) {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw new HttpError(400, 'bad_request', 'The body must map ids to revisions.');
	}
	/** @type {Record<string, string[]>} */
	const asked = Object.create(null);
	for (const [id, revs] of Object.entries(body)) {
		if (!Array.isArray(revs) || !revs.every((rev) => typeof rev === 'string')) {
			throw new HttpError(400, 'bad_request', 'Each id maps to a list of revisions.');
		}
		asked[id] = revs;
	}
	reply(res, 200, await db.revsDiff(asked));
}

/**
 * `GET /db/_design/<d>/_view/<v>` (the admin's own reads: the plan registry's by_member).
 * @param {Pouch} db @param {string} view @param {URLSearchParams} params
 * @param {import('node:http').ServerResponse} res
 */
export async function queryView(db, view, params, res) {
	/** @type {Record<string, unknown>} */
	const options = {};
	for (const [name, value] of params) {
		options[name] = ['key', 'keys', 'startkey', 'endkey', 'start_key', 'end_key'].includes(name)
			? jsonParam(value, name)
			: value === 'true' || value === 'false'
				? value === 'true'
				: /^\d+$/.test(value)
					? Number(value)
					: value;
	}
	reply(res, 200, await db.query(view, options));
}
