// Runs in Node (the gateway). The gateway's own calls to the database as the server admin:
// reading user documents, creating accounts, checking design documents. They never carry a
// visitor's credentials, and a visitor never gets these.
import { HttpError } from '../http/errors.js';
import { parseTarget } from '../http/request-target.js';
import { collectedAnswer } from './forward-in-process.js';

/**
 * @typedef {{ status: number, body: any }} AdminResponse
 * @typedef {{ request: (method: string, path: string, body?: unknown) => Promise<AdminResponse>,
 *   baseUrl: string }} AdminClient
 */

/**
 * @param {{ baseUrl: string, name: string, password: string, headers?: Record<string, string>,
 *   engine?: import('./forward-in-process.js').InProcessEngine }} options `headers`: extra
 *   headers the backend wants (the embedded backend's gateway token); `engine`: the embedded
 *   database in this process, asked directly instead of over the loopback
 * @returns {AdminClient}
 */
export function createAdminClient({ baseUrl, name, password, headers = {}, engine }) {
	const authorization = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
	return {
		baseUrl,
		async request(method, path, body) {
			if (engine) {
				const { segments, params } = parseTarget(path);
				const answer = collectedAnswer();
				await engine.handle(
					{
						method,
						segments,
						params,
						headers: { authorization, accept: 'application/json' },
						body: body === undefined ? undefined : structuredClone(body)
					},
					answer.res
				);
				return answer.result();
			}
			let response;
			try {
				response = await fetch(`${baseUrl}${path}`, {
					method,
					headers: {
						...headers,
						authorization,
						accept: 'application/json',
						...(body === undefined ? {} : { 'content-type': 'application/json' })
					},
					body: body === undefined ? undefined : JSON.stringify(body),
					signal: AbortSignal.timeout(30_000)
				});
			} catch {
				// Down or restarting (the embedded database is started again after a crash): the
				// visitor may retry, as for a forwarded request (forward.js).
				throw new HttpError(503, 'unavailable', 'The database is not answering; try again soon.');
			}
			return { status: response.status, body: await response.json().catch(() => ({})) };
		}
	};
}
