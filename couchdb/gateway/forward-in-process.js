// Runs in Node (the gateway). Forwards an allowed request to the embedded database running in
// this same process (an Express app), without a second HTTP hop: the request object is rewritten
// to exactly what the gateway checked (method, path, query, its own serialisation of the body, the
// identity headers) and handed to the app; the app's answer goes to the visitor with the same
// header filtering as over HTTP (no database cookie, no server banner), gathered into one write.
import { sendError } from './errors.js';

/** Answer headers the database may not set on the visitor's answer. */
const dropped = new Set(['set-cookie', 'x-powered-by', 'server', 'x-couch-request-id']);
const gatherUpTo = 4 * 1024 * 1024;

/**
 * @typedef {(req: import('express').Request, res: import('express').Response,
 *   next: (error?: unknown) => void) => void} InProcessApp
 */

/**
 * @param {{ app: InProcessApp, headers?: Record<string, string> }} options `headers`: sent with
 *   every request (the database's gateway token)
 */
export function createInProcessForwarder({ app, headers: fixedHeaders = {} }) {
	/**
	 * @param {import('express').Request} req
	 * @param {import('express').Response} res
	 * @param {import('./forward.js').Forwarded} forwarded
	 * @returns {Promise<void>}
	 */
	function forward(req, res, { method, path, query, body, headers = {}, stream = false }) {
		return new Promise((done) => {
			req.method = method;
			req.url = `${path}${query ? `?${query}` : ''}`;
			req.headers = {
				host: req.headers.host,
				...fixedHeaders,
				...headers,
				accept: 'application/json',
				...(body === undefined ? {} : { 'content-type': 'application/json' })
			};
			// The body was read and checked by the gateway: the app's parsers take it as parsed. A
			// copy, so nothing the app does to it changes what the gateway checked.
			const request = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (req));
			request.body = body === undefined ? {} : structuredClone(body);
			request._body = true;
			// Parsed again by the app from the new URL and headers.
			delete request.cookies;
			delete request.query;
			delete request._parsedUrl;
			filterHeaders(res);
			if (!stream) gather(res);
			res.once('finish', () => done());
			res.once('close', () => done());
			app(req, res, (error) => {
				if (!res.headersSent) {
					if (error) console.error(`[gateway] database: ${error}`);
					sendError(res, error ? 500 : 404, error ? 'internal_error' : 'not_found', 'No answer.');
				}
				done();
			});
		});
	}
	return { forward, close: () => {} };
}

/** The database's answer keeps only the headers the visitor may see. @param {import('express').Response} res */
function filterHeaders(res) {
	const setHeader = res.setHeader.bind(res);
	res.setHeader = (name, value) => (dropped.has(name.toLowerCase()) ? res : setHeader(name, value));
}

/**
 * Gathers the answer's pieces (express-pouchdb writes a document list row by row) and sends them
 * in one write with their length; past `gatherUpTo` it streams the rest.
 * @param {import('express').Response} res
 */
function gather(res) {
	const write = res.write.bind(res);
	const end = res.end.bind(res);
	/** @type {Buffer[]} */
	let pieces = [];
	let size = 0;
	let streaming = false;
	/** @param {unknown} chunk @param {unknown} [encoding] */
	const toBuffer = (chunk, encoding) =>
		Buffer.isBuffer(chunk)
			? chunk
			: Buffer.from(
					String(chunk),
					/** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8')
				);
	// @ts-expect-error: the overloads of write/end are narrowed to what Express calls.
	res.write = (chunk, encoding, callback) => {
		if (streaming) return write(chunk, encoding, callback);
		const piece = toBuffer(chunk, encoding);
		pieces.push(piece);
		size += piece.length;
		if (size > gatherUpTo) {
			streaming = true;
			for (const kept of pieces) write(kept);
			pieces = [];
		}
		const written = typeof callback === 'function' ? callback : encoding;
		if (typeof written === 'function') /** @type {() => void} */ (written)();
		return true;
	};
	// @ts-expect-error: see above.
	res.end = (chunk, encoding, callback) => {
		if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
			const piece = toBuffer(chunk, encoding);
			pieces.push(piece);
			size += piece.length;
		}
		const done =
			typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback;
		if (streaming) return end(pieces.length ? Buffer.concat(pieces) : undefined, done);
		const all = Buffer.concat(pieces, size);
		if (!res.headersSent) {
			res.removeHeader('transfer-encoding');
			res.setHeader('content-length', all.length);
		}
		return end(all, done);
	};
}
