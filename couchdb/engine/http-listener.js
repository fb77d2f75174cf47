// Runs in Node (the server's process). The embedded database on the loopback, for its admin
// (provisioning, backups, an operator's curl) and for tests that attack the database alone: raw
// HTTP turned into the engine's requests, with bounded bodies (4 MB, as CouchDB's
// `max_http_request_size` here) and the same JSON errors.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { HttpError } from '../http/errors.js';
import { readJsonBody } from '../http/json-body.js';
import { parseTarget } from '../http/request-target.js';
import { reply } from './answers.js';

const maxBodyBytes = 4 * 1024 * 1024;

/**
 * @param {{ handle: (request: import('./engine.js').EngineRequest,
 *   res: import('node:http').ServerResponse) => Promise<void> }} engine
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function listenOnLoopback(engine) {
	const server = createServer((req, res) => {
		void serve(req, res);
	});
	/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
	async function serve(req, res) {
		try {
			const { segments, params } = parseTarget(req.url ?? '/');
			const method = req.method ?? 'GET';
			const hasBody = method === 'POST' || method === 'PUT';
			const body = hasBody && hasContent(req) ? await readJsonBody(req, maxBodyBytes) : undefined;
			await engine.handle({ method, segments, params, headers: req.headers, body }, res);
		} catch (error) {
			if (res.headersSent) return void res.destroy();
			if (error instanceof HttpError) {
				return reply(res, error.status, { error: error.error, reason: error.message });
			}
			console.error(`[database] ${req.method} ${req.url}: ${error}`);
			reply(res, 500, {
				error: 'internal_error',
				reason: 'The database could not answer this request.'
			});
		}
	}
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((done) => {
				server.close(() => done(undefined));
				server.closeAllConnections();
			})
	};
}

/** Whether a request carries a body (a PUT creating a database has none). @param {import('node:http').IncomingMessage} req */
function hasContent(req) {
	const length = req.headers['content-length'];
	return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
