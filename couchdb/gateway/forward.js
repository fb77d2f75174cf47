// Runs in Node (the gateway). Forwards an allowed request to Apache CouchDB and streams its answer
// back (a live `_changes` long-poll included). Only the headers the app needs cross in either
// direction: the visitor's cookies and credentials never reach the database, the database's
// cookies and server banner never reach the visitor.
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { HttpError, sendError } from '../http/errors.js';

/** Answer headers passed back to the browser. */
const passedBack = ['content-type', 'etag', 'cache-control', 'content-encoding', 'vary'];

/**
 * Answers up to this size are gathered and sent in one write with their length: the database
 * sends a document list in many small pieces, and relaying each piece costs a system call.
 * Larger answers, and a live long-poll (which must pass its heartbeats on), are streamed.
 */
const gatherUpTo = 4 * 1024 * 1024;

/**
 * @typedef {{ method: string, path: string, query?: string, body?: unknown,
 *   headers?: Record<string, string>, stream?: boolean }} Forwarded
 *   `stream`: pass the answer on as it comes (a long-poll)
 */

/**
 * @param {{ baseUrl: string, headers?: Record<string, string>, timeoutMs?: number }} options
 *   `headers`: sent with every request
 */
export function createForwarder({ baseUrl, headers: fixedHeaders = {}, timeoutMs = 120_000 }) {
	const base = new URL(baseUrl);
	const isHttps = base.protocol === 'https:';
	const agent = isHttps
		? new HttpsAgent({ keepAlive: true, maxSockets: 256 })
		: new HttpAgent({ keepAlive: true, maxSockets: 256 });
	const send = isHttps ? httpsRequest : httpRequest;
	const prefix = base.pathname.replace(/\/$/, '');

	/**
	 * @param {import('express').Request} req
	 * @param {import('express').Response} res
	 * @param {Forwarded} forwarded
	 * @returns {Promise<void>}
	 */
	function forward(req, res, { method, path, query, body, headers = {}, stream = false }) {
		const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body), 'utf8');
		return new Promise((done) => {
			const upstream = send(
				{
					agent,
					protocol: base.protocol,
					hostname: base.hostname,
					port: base.port,
					method,
					path: `${prefix}${path}${query ? `?${query}` : ''}`,
					headers: {
						...fixedHeaders,
						...headers,
						accept: 'application/json',
						...(payload
							? { 'content-type': 'application/json', 'content-length': payload.length }
							: {})
					},
					timeout: timeoutMs
				},
				(answer) => {
					res.status(answer.statusCode ?? 502);
					for (const name of passedBack) {
						const value = answer.headers[name];
						if (value !== undefined) res.setHeader(name, value);
					}
					answer.on('end', () => done());
					answer.on('error', () => {
						res.destroy();
						done();
					});
					if (stream) return void answer.pipe(res);
					relayGathered(answer, res);
				}
			);
			upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
			upstream.on('error', () => {
				if (!res.headersSent) {
					sendError(res, 503, 'unavailable', 'The database is not answering; try again soon.');
				} else res.destroy();
				done();
			});
			// The visitor went away (a long-poll closed by the app): stop the database's work too.
			res.on('close', () => {
				if (!res.writableFinished) upstream.destroy();
			});
			upstream.end(payload);
		});
	}

	/**
	 * Sends an allowed request and reads the answer as JSON, for the gateway to complete it (a
	 * batch write some of whose documents it refused itself).
	 * @param {Forwarded} forwarded
	 * @returns {Promise<{ status: number, body: unknown }>}
	 */
	async function exchange({ method, path, query, body, headers = {} }) {
		const payload = body === undefined ? undefined : JSON.stringify(body);
		let response;
		try {
			response = await fetch(`${base.origin}${prefix}${path}${query ? `?${query}` : ''}`, {
				method,
				headers: {
					...fixedHeaders,
					...headers,
					accept: 'application/json',
					...(payload ? { 'content-type': 'application/json' } : {})
				},
				body: payload,
				signal: AbortSignal.timeout(timeoutMs)
			});
		} catch {
			throw new HttpError(503, 'unavailable', 'The database is not answering; try again soon.');
		}
		return { status: response.status, body: await response.json().catch(() => ({})) };
	}

	return { forward, exchange, close: () => agent.destroy() };
}

/**
 * Sends a small answer in one piece; streams it on once it grows past `gatherUpTo`.
 * @param {import('node:http').IncomingMessage} answer
 * @param {import('express').Response} res
 */
function relayGathered(answer, res) {
	/** @type {Buffer[]} */
	let chunks = [];
	let size = 0;
	answer.on('data', (/** @type {Buffer} */ chunk) => {
		if (!chunks.length && size > 0) return void res.write(chunk); // already streaming
		chunks.push(chunk);
		size += chunk.length;
		if (size > gatherUpTo) {
			for (const piece of chunks) res.write(piece);
			chunks = [];
		}
	});
	answer.on('end', () => {
		if (size <= gatherUpTo) {
			const body = Buffer.concat(chunks, size);
			res.setHeader('content-length', body.length);
			res.end(body);
		} else res.end(chunks.length ? Buffer.concat(chunks) : undefined);
	});
}
