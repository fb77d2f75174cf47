// Runs in Node (the gateway). Proposals from anyone with an account (a resource, a provider's
// listing, a testimony, « Nous nous sommes émancipés », a correction), under /db/_passerelle/:
// - `POST proposals` {docs}: the author's outbox sends their proposals (new, or fixed after an
//   editor asked for changes); written to the proposals database in the author's name with the
//   role `proposer`, for that write only, so its validation function knows an author wrote;
// - `GET proposals`: the author's own proposals, with the editors' answers (read as the admin).
// Nobody but editors reads the proposals database itself: a proposal is its author's and the
// editors' only.
import { HttpError, sendJson } from '../http/errors.js';
import { isPlainObject, readJsonBody } from '../http/json-body.js';
import { badSpecialMember } from '../http/special-members.js';

export const proposalsDb = 'proposals';
/** Proposals in one outbox request (the app sends fewer). */
const maxPerRequest = 50;
const idPattern = /^proposal:[0-9a-z]{9}-[0-9a-z]{4,16}$/;

/**
 * @param {{ admin: import('./admin-client.js').AdminClient,
 *   forwarder: { exchange: (forwarded: import('./forward.js').Forwarded) =>
 *     Promise<{ status: number, body: unknown }> },
 *   identify: (user: { name: string, roles: string[] }) => Record<string, string>,
 *   spendWriteBudget: (req: import('express').Request, docs: number, bytes: number) => void,
 *   ensureRules: () => Promise<void> }} deps
 */
export function createProposals({ admin, forwarder, identify, spendWriteBudget, ensureRules }) {
	/**
	 * @param {import('express').Request} req @param {import('express').Response} res
	 * @param {string} method @param {import('./user-directory.js').UserRecord | null} caller
	 */
	async function handle(req, res, method, caller) {
		if (!caller) throw new HttpError(401, 'unauthorized', 'Log in to propose.');
		if (method === 'GET') return mine(res, caller.name);
		if (method === 'POST') return submit(req, res, caller);
		throw new HttpError(403, 'forbidden', 'This server does not allow this request.');
	}

	/** @param {import('express').Response} res @param {string} name */
	async function mine(res, name) {
		const query = new URLSearchParams({ key: JSON.stringify(name), include_docs: 'true' });
		const { status, body } = await admin.request(
			'GET',
			`/${proposalsDb}/_design/proposals/_view/by_author?${query}`
		);
		if (status !== 200)
			throw new HttpError(503, 'unavailable', 'The proposals cannot be read now.');
		sendJson(res, 200, {
			proposals: /** @type {{ doc?: unknown }[]} */ (body.rows).flatMap((row) =>
				row.doc ? [row.doc] : []
			)
		});
	}

	/**
	 * @param {import('express').Request} req @param {import('express').Response} res
	 * @param {import('./user-directory.js').UserRecord} caller
	 */
	async function submit(req, res, caller) {
		const body = await readJsonBody(req, 1_048_576);
		const docs = isPlainObject(body) ? body.docs : undefined;
		if (!Array.isArray(docs) || docs.length === 0 || docs.length > maxPerRequest) {
			throw new HttpError(
				400,
				'bad_request',
				`docs must be a list of 1 to ${maxPerRequest} proposals.`
			);
		}
		for (const doc of docs) {
			if (!isPlainObject(doc) || typeof doc._id !== 'string' || !idPattern.test(doc._id)) {
				throw new HttpError(400, 'bad_request', 'Each proposal has an id proposal:<time key>.');
			}
			const special = badSpecialMember(doc);
			if (special !== undefined || '_deleted' in doc || '_revisions' in doc) {
				throw new HttpError(400, 'bad_request', 'A proposal carries only its id and revision.');
			}
			if (doc.author !== caller.name) {
				throw new HttpError(403, 'forbidden', 'A proposal is written by its author only.');
			}
		}
		spendWriteBudget(req, docs.length, Buffer.byteLength(JSON.stringify(docs)));
		await ensureRules();
		const answer = await forwarder.exchange({
			method: 'POST',
			path: `/${proposalsDb}/_bulk_docs`,
			body: { docs },
			headers: identify({ name: caller.name, roles: [...caller.roles, 'proposer'] })
		});
		sendJson(res, answer.status, answer.body);
	}

	return { handle };
}
