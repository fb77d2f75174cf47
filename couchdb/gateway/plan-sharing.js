// Runs in Node (the gateway). Sharing a plan with the board, under /db/_passerelle/: create the
// plan's database, invite with a short one-time code, join, change a member's role, revoke or
// leave, delete the plan from the server. Only the gateway (as the admin) changes a plan's
// members and `_security`; members then read and write the plan's database directly through the
// allow-list (documentRoute), and its validate_doc_update checks every document.
import { randomInt } from 'node:crypto';
import { HttpError, sendJson } from '../http/errors.js';
import { createKeyedQueue } from '../http/keyed-queue.js';
import { planDatabase, roleOf } from './plan-registry.js';
import { isPlainObject, readJsonBody } from '../http/json-body.js';

/** Invitation codes: 8 characters of Crockford's base 32 (no I, L, O, U), shown as XXXX-XXXX. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const inviteLifetimeMs = 48 * 3600 * 1000;
const planIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const roles = /** @type {const} */ (['owner', 'editor', 'reader']);
export const sharingLimits = { plansPerOwner: 20, membersPerPlan: 50 };

/** @typedef {import('./plan-registry.js').PlanEntry} PlanEntry */
/** @typedef {import('./plan-registry.js').PlanRole} PlanRole */
/** @typedef {import('./user-directory.js').UserRecord} UserRecord */

/** A new invitation code. */
export function newInviteCode() {
	let code = '';
	for (let i = 0; i < 8; i++) code += alphabet[randomInt(alphabet.length)];
	return code;
}

/** The code as typed (spaces, dashes, lower case, O for 0…) in its stored form, or undefined. */
export function normaliseInviteCode(/** @type {string} */ typed) {
	const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? code : undefined;
}

/**
 * @param {{ admin: import('./admin-client.js').AdminClient,
 *   registry: ReturnType<typeof import('./plan-registry.js').createPlanRegistry>,
 *   designDocs: () => Promise<Record<string, unknown>[]>,
 *   limits: ReturnType<typeof import('./rate-limits.js').createLimits>,
 *   now?: () => number }} deps
 */
export function createPlanSharing({ admin, registry, designDocs, limits, now = Date.now }) {
	/** One person's plan creations, one at a time: the count per person cannot be raced. */
	const creations = createKeyedQueue();
	/**
	 * `/db/_passerelle/<rest>`
	 * @param {import('express').Request} req @param {import('express').Response} res
	 * @param {string} method @param {string[]} rest @param {UserRecord | null} caller
	 */
	async function handle(req, res, method, rest, caller) {
		if (!caller) throw new HttpError(401, 'unauthorized', 'Log in to share a plan.');
		const [first, planId, part, name, ...more] = rest;
		if (more.length > 0) throw notFound();
		if (first === 'plans' && planId === undefined) {
			if (method === 'GET')
				return sendJson(res, 200, { plans: await registry.plansOf(caller.name) });
			if (method === 'POST') return creations.run(caller.name, () => share(req, res, caller));
		}
		if (first === 'invites' && planId !== undefined && part === undefined && method === 'POST') {
			return join(req, res, caller, planId);
		}
		if (first !== 'plans' || planId === undefined || !planIdPattern.test(planId)) throw notFound();
		const entry = await registry.fresh(planId);
		const role = entry ? roleOf(entry, caller.name) : undefined;
		// A plan one is not a member of does not exist, as far as one can tell.
		if (!entry || !role) throw notFound();
		if (part === undefined && name === undefined) {
			if (method === 'GET') return sendJson(res, 200, describe(entry, caller.name));
			if (method === 'DELETE') return removePlan(res, entry, role);
		}
		if (part === 'invites' && name === undefined && method === 'POST') {
			return invite(req, res, entry, caller, role);
		}
		if (part === 'members' && name !== undefined) {
			if (method === 'PUT') return setRole(req, res, entry, caller, role, name);
			if (method === 'DELETE') return removeMember(res, entry, caller, role, name);
		}
		throw notFound();
	}

	/** `POST /plans` {planId, name}: the caller shares a plan of theirs. */
	async function share(
		/** @type {import('express').Request} */ req,
		/** @type {import('express').Response} */ res,
		/** @type {UserRecord} */ caller
	) {
		const body = await readJsonBody(req, 4_096);
		const planId = isPlainObject(body) ? body.planId : undefined;
		const name = isPlainObject(body) && typeof body.name === 'string' ? body.name.trim() : '';
		if (typeof planId !== 'string' || !planIdPattern.test(planId)) {
			throw invalid('planId must be the plan’s id (a UUID).');
		}
		if (name.length < 1 || name.length > 120) throw invalid('name must be 1 to 120 characters.');
		const existing = await registry.fresh(planId);
		if (existing) {
			if (roleOf(existing, caller.name) !== 'owner') {
				throw new HttpError(409, 'conflict', 'This plan is already shared by someone else.');
			}
			return sendJson(res, 200, describe(existing, caller.name));
		}
		const owned = (await registry.plansOf(caller.name)).filter((p) => p.role === 'owner');
		if (owned.length >= sharingLimits.plansPerOwner) {
			throw new HttpError(
				403,
				'forbidden',
				`At most ${sharingLimits.plansPerOwner} shared plans per person.`
			);
		}
		const db = `/${planDatabase(planId)}`;
		const created = await admin.request('PUT', db);
		if (created.status !== 201 && created.status !== 412) {
			throw new Error(`creating the plan's database failed: ${created.status}`);
		}
		for (const doc of await designDocs()) {
			const put = await admin.request('PUT', `${db}/${doc._id}`, doc);
			if (put.status !== 201 && put.status !== 409)
				throw new Error(`design document: ${put.status}`);
		}
		const entry = await registry.save({
			_id: `plan:${planId}`,
			type: 'plan',
			planId,
			name,
			owner: caller.name,
			members: { [caller.name]: 'owner' },
			createdAt: new Date(now()).toISOString()
		});
		sendJson(res, 201, describe(entry, caller.name));
	}

	/** `POST /plans/<id>/invites` {role}: a one-time code, valid 48 hours. */
	async function invite(
		/** @type {import('express').Request} */ req,
		/** @type {import('express').Response} */ res,
		/** @type {PlanEntry} */ entry,
		/** @type {UserRecord} */ caller,
		/** @type {PlanRole} */ role
	) {
		if (role !== 'owner')
			throw new HttpError(403, 'forbidden', 'Only the plan’s owner may invite.');
		const body = await readJsonBody(req, 1_024);
		const given = isPlainObject(body) ? body.role : undefined;
		if (given !== 'editor' && given !== 'reader')
			throw invalid('role must be "editor" or "reader".');
		const code = newInviteCode();
		const expiresAt = new Date(now() + inviteLifetimeMs).toISOString();
		await registry.addInvite({
			_id: `invite:${code}`,
			type: 'invite',
			planId: entry.planId,
			role: given,
			createdBy: caller.name,
			createdAt: new Date(now()).toISOString(),
			expiresAt
		});
		sendJson(res, 201, { code, role: given, expiresAt });
	}

	/** `POST /invites/<code>`: the caller joins the plan with the invitation's role. */
	async function join(
		/** @type {import('express').Request} */ req,
		/** @type {import('express').Response} */ res,
		/** @type {UserRecord} */ caller,
		/** @type {string} */ typed
	) {
		// A guess counts before the code is looked up: guesses sent together all count. A right
		// code gives its slot back.
		const guess = limits.inviteGuessesPerIp.take(req.ip ?? '');
		if (!guess.taken) {
			throw new HttpError(429, 'too_many_requests', 'Too many wrong codes; try again later.', {
				'Retry-After': String(guess.retryAfter)
			});
		}
		const code = normaliseInviteCode(typed);
		const found = code ? await registry.invite(code) : null;
		if (!found || Date.parse(found.expiresAt) <= now()) {
			throw new HttpError(404, 'not_found', 'This code is unknown, already used or expired.');
		}
		guess.release();
		const entry = await registry.fresh(found.planId);
		if (!entry) throw new HttpError(404, 'not_found', 'This plan is no longer shared.');
		const already = roleOf(entry, caller.name);
		if (already) {
			return sendJson(res, 200, { planId: entry.planId, role: already, name: entry.name });
		}
		if (Object.keys(entry.members).length >= sharingLimits.membersPerPlan) {
			throw new HttpError(
				403,
				'forbidden',
				`A plan has at most ${sharingLimits.membersPerPlan} members.`
			);
		}
		if (!(await registry.useInvite(found))) {
			throw new HttpError(404, 'not_found', 'This code is unknown, already used or expired.');
		}
		await registry.save({ ...entry, members: { ...entry.members, [caller.name]: found.role } });
		sendJson(res, 200, { planId: entry.planId, role: found.role, name: entry.name });
	}

	/** `PUT /plans/<id>/members/<name>` {role}: the owner changes a role (or hands the plan over). */
	async function setRole(
		/** @type {import('express').Request} */ req,
		/** @type {import('express').Response} */ res,
		/** @type {PlanEntry} */ entry,
		/** @type {UserRecord} */ caller,
		/** @type {PlanRole} */ role,
		/** @type {string} */ name
	) {
		if (role !== 'owner')
			throw new HttpError(403, 'forbidden', 'Only the plan’s owner may change roles.');
		const body = await readJsonBody(req, 1_024);
		const given = isPlainObject(body) ? body.role : undefined;
		if (!roles.includes(/** @type {PlanRole} */ (given)))
			throw invalid('role must be owner, editor or reader.');
		if (!roleOf(entry, name)) throw notFound();
		if (name === caller.name) throw invalid('Hand the plan over to another member instead.');
		// One owner: handing the plan over makes the former owner an editor.
		const members = Object.fromEntries(
			Object.entries(entry.members).map(([member, current]) => [
				member,
				member === name
					? /** @type {PlanRole} */ (given)
					: given === 'owner' && member === caller.name
						? 'editor'
						: current
			])
		);
		const saved = await registry.save({
			...entry,
			owner: given === 'owner' ? name : entry.owner,
			members
		});
		sendJson(res, 200, describe(saved, caller.name));
	}

	/** `DELETE /plans/<id>/members/<name>`: the owner revokes a member, or a member leaves. */
	async function removeMember(
		/** @type {import('express').Response} */ res,
		/** @type {PlanEntry} */ entry,
		/** @type {UserRecord} */ caller,
		/** @type {PlanRole} */ role,
		/** @type {string} */ name
	) {
		const leaving = name === caller.name;
		if (!leaving && role !== 'owner')
			throw new HttpError(403, 'forbidden', 'Only the plan’s owner may remove a member.');
		if (leaving && role === 'owner') {
			throw new HttpError(
				409,
				'conflict',
				'The owner cannot leave: hand the plan over or delete it.'
			);
		}
		if (!roleOf(entry, name)) throw notFound();
		const members = Object.fromEntries(
			Object.entries(entry.members).filter(([member]) => member !== name)
		);
		const saved = await registry.save({ ...entry, members });
		sendJson(res, 200, leaving ? { ok: true } : describe(saved, caller.name));
	}

	/** `DELETE /plans/<id>`: the owner deletes the plan from the server (devices keep their copy). */
	async function removePlan(
		/** @type {import('express').Response} */ res,
		/** @type {PlanEntry} */ entry,
		/** @type {PlanRole} */ role
	) {
		if (role !== 'owner')
			throw new HttpError(403, 'forbidden', 'Only the plan’s owner may delete it.');
		const dropped = await admin.request('DELETE', `/${planDatabase(entry.planId)}`);
		if (dropped.status !== 200 && dropped.status !== 404)
			throw new Error(`deleting failed: ${dropped.status}`);
		await registry.remove(entry);
		sendJson(res, 200, { ok: true });
	}

	return { handle };
}

/** What a member sees of a shared plan. @param {PlanEntry} entry @param {string} name */
function describe(entry, name) {
	return {
		planId: entry.planId,
		name: entry.name,
		role: roleOf(entry, name),
		members: Object.entries(entry.members)
			.map(([member, role]) => ({ name: member, role }))
			.sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role) || a.name.localeCompare(b.name))
	};
}

const notFound = () => new HttpError(404, 'not_found', 'There is no such shared plan here.');
/** @param {string} reason */
const invalid = (reason) => new HttpError(400, 'bad_request', reason);
