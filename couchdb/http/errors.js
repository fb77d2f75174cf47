// Runs in Node (the gateway). Every answer the gateway makes itself is JSON in CouchDB's shape
// (`{ error, reason }`), never an HTML page, a stack trace or a file path.

/**
 * @param {import('express').Response} res
 * @param {number} status
 * @param {unknown} body
 */
export function sendJson(res, status, body) {
	if (res.headersSent) return void res.destroy();
	res.status(status);
	res.setHeader('Content-Type', 'application/json');
	res.setHeader('Cache-Control', 'no-store');
	res.end(JSON.stringify(body) + '\n');
}

/**
 * @param {import('express').Response} res
 * @param {number} status
 * @param {string} error CouchDB's error name (`forbidden`, `unauthorized`, `bad_request`…)
 * @param {string} reason a sentence for people
 */
export function sendError(res, status, error, reason) {
	sendJson(res, status, { error, reason });
}

/** An error that becomes a JSON answer. */
export class HttpError extends Error {
	/**
	 * @param {number} status @param {string} error @param {string} reason
	 * @param {Record<string, string>} [headers]
	 */
	constructor(status, error, reason, headers = {}) {
		super(reason);
		this.status = status;
		this.error = error;
		this.headers = headers;
	}
}

/**
 * Express error handler of last resort: malformed input, oversized bodies, bugs. Logs the detail
 * on the server, answers a short JSON error.
 * @type {import('express').ErrorRequestHandler}
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- Express knows an error handler by its 4 parameters
export function jsonErrorHandler(error, req, res, _next) {
	if (error instanceof HttpError) {
		if (process.env.GATEWAY_LOG_REFUSALS) {
			console.error(`[gateway] ${error.status} ${req.method} ${req.originalUrl}: ${error.message}`);
		}
		for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
		return sendError(res, error.status, error.error, error.message);
	}
	const status = Number(error?.status ?? error?.statusCode);
	if (status === 413) return sendError(res, 413, 'too_large', 'The request is too large.');
	if (status === 400 || error?.type === 'entity.parse.failed') {
		return sendError(res, 400, 'bad_request', 'The request is malformed.');
	}
	console.error(`[server] ${req.method} ${req.path}: ${error?.stack ?? error}`);
	sendError(res, 500, 'internal_error', 'The server could not answer this request.');
}
