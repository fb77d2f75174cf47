// Runs in Node (the embedded database). Answers in CouchDB's shapes: JSON bodies, its status
// codes, `{ error, reason }` for errors (PouchDB's errors translated), never a stack trace.
import { HttpError } from '../http/errors.js';

/**
 * @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body
 */
export function reply(res, status, body) {
	const text = JSON.stringify(body) + '\n';
	res.writeHead(status, {
		'Content-Type': 'application/json',
		'Cache-Control': 'must-revalidate',
		'Content-Length': Buffer.byteLength(text)
	});
	res.end(text);
}

/**
 * A PouchDB error as CouchDB would answer it (PouchDB errors carry `status`, `name`, `message`).
 * @param {unknown} error
 */
export function fromPouchError(error) {
	if (error instanceof HttpError) return error;
	const known = /** @type {{ status?: unknown, name?: unknown, message?: unknown }} */ (
		error ?? {}
	);
	const status = Number(known.status);
	if (Number.isInteger(status) && status >= 400 && status < 500 && typeof known.name === 'string') {
		return new HttpError(status, known.name, String(known.message ?? known.name));
	}
	return undefined;
}

/** Answers of growing lists (rows, results) stop at this size (reading more first costs memory). */
export const maxAnswerBytes = 32 * 1024 * 1024;

/**
 * Collects JSON rows while counting their size; refuses the answer past `maxAnswerBytes`.
 * @param {number} [limit]
 */
export function boundedRows(limit = maxAnswerBytes) {
	/** @type {string[]} */
	const rows = [];
	let size = 0;
	return {
		/** @param {unknown} row */
		add(row) {
			const text = JSON.stringify(row);
			size += text.length + 1;
			if (size > limit) {
				throw new HttpError(
					413,
					'too_large',
					`The answer would be larger than ${Math.round(limit / 1048576)} MB: ask for fewer documents.`
				);
			}
			rows.push(text);
		},
		/** The rows as a JSON array's text. */
		json() {
			return `[${rows.join(',')}]`;
		}
	};
}

/**
 * Sends an object whose one list field is already serialised (from `boundedRows`).
 * @param {import('node:http').ServerResponse} res @param {Record<string, unknown>} fields
 * @param {string} listName @param {string} listJson
 */
export function replyWithList(res, fields, listName, listJson) {
	const head = JSON.stringify(fields).slice(1, -1);
	const text = `{${head}${head ? ',' : ''}"${listName}":${listJson}}\n`;
	res.writeHead(200, {
		'Content-Type': 'application/json',
		'Cache-Control': 'must-revalidate',
		'Content-Length': Buffer.byteLength(text)
	});
	res.end(text);
}
