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
	async function forward(req, res, { method, path, query, body, headers = {} }) {
		const { segments, params } = parseTarget(`${path}${query ? `?${query}` : ''}`);
		await engine.handle(
			{
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
			},
			res
		);
	}
	return { forward, close: () => {} };
}
