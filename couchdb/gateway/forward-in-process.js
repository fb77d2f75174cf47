// Runs in Node (the gateway). Forwards an allowed request to the embedded database running in
// this same process, without a second HTTP hop: the engine gets exactly what the gateway checked
// (method, path, query, the parsed body, the identity headers) and answers on the visitor's
// response; a long-poll's heartbeats pass as they come.
import { parseTarget } from '../http/request-target.js';

/**
 * @typedef {{ handle: (request: import('../engine/engine.js').EngineRequest,
 *   res: import('node:http').ServerResponse) => Promise<void> }} InProcessEngine
 */

/**
 * @param {{ engine: InProcessEngine, headers?: Record<string, string> }} options `headers`: sent
 *   with every request (the database's gateway token)
 */
export function createInProcessForwarder({ engine, headers: fixedHeaders = {} }) {
	/**
	 * @param {import('express').Request} req
	 * @param {import('express').Response} res
	 * @param {import('./forward.js').Forwarded} forwarded
	 * @returns {Promise<void>}
	 */
	async function forward(req, res, forwarded) {
		await engine.handle(engineRequest(forwarded), res);
	}

	/**
	 * Sends an allowed request and reads the answer as JSON (see forward.js).
	 * @param {import('./forward.js').Forwarded} forwarded
	 * @returns {Promise<{ status: number, body: unknown }>}
	 */
	async function exchange(forwarded) {
		const answer = collectedAnswer();
		await engine.handle(engineRequest(forwarded), answer.res);
		return answer.result();
	}

	/** @param {import('./forward.js').Forwarded} forwarded */
	function engineRequest({ method, path, query, body, headers = {} }) {
		const { segments, params } = parseTarget(`${path}${query ? `?${query}` : ''}`);
		return {
			method,
			segments,
			params,
			// Lower-case names, as Node gives them over HTTP.
			headers: Object.fromEntries(
				Object.entries({ ...fixedHeaders, ...headers }).map(([name, value]) => [
					name.toLowerCase(),
					value
				])
			),
			// A copy: nothing the engine does to it changes what the gateway checked.
			body: body === undefined ? undefined : structuredClone(body)
		};
	}

	return { forward, exchange, close: () => {} };
}

/**
 * A stand-in for a response that keeps what the engine answers (it answers JSON in one piece).
 */
export function collectedAnswer() {
	let status = 200;
	/** @type {string[]} */
	const pieces = [];
	const res = {
		statusCode: 200,
		headersSent: false,
		writeHead(/** @type {number} */ code) {
			status = code;
			this.headersSent = true;
			return this;
		},
		setHeader() {
			return this;
		},
		write(/** @type {string | Buffer} */ chunk) {
			pieces.push(String(chunk));
			return true;
		},
		end(/** @type {string | Buffer | undefined} */ chunk) {
			if (chunk !== undefined) pieces.push(String(chunk));
			return this;
		},
		once() {
			return this;
		},
		on() {
			return this;
		},
		destroy() {}
	};
	return {
		res: /** @type {import('node:http').ServerResponse} */ (/** @type {unknown} */ (res)),
		result() {
			let body;
			try {
				body = JSON.parse(pieces.join(''));
			} catch {
				body = {};
			}
			return { status, body };
		}
	};
}
