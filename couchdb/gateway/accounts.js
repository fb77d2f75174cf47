// Runs in Node (the gateway). Log-in, log-out, sign-up and one's own account, answered by the
// gateway itself: the database only ever sees the admin creating or updating an account whose
// every field the gateway checked. This is what makes sign-up work on Apache CouchDB 3 (whose
// `_users` refuses anonymous writes) exactly as on the embedded server, and what keeps roles and
// password hashes out of users' hands on both.
import { HttpError, sendJson } from '../http/errors.js';
import { isPlainObject, readJsonBody } from '../http/json-body.js';
import { checkDisplayName } from './display-names.js';
import { hashPassword, needsRehash, spendHashTime, verifyPassword } from './passwords.js';
import { takeAll } from './rate-limits.js';
import { userDocId, userDocPath } from './user-directory.js';

/** Names people cannot sign up with (they would pass for the server or its team). */
export const reservedNames = new Set([
	'admin',
	'administrateur',
	'administrator',
	'root',
	'moderator',
	'moderateur',
	'moderation',
	'passerelle',
	'system',
	'systeme',
	'support',
	'couchdb',
	'security',
	'securite',
	'postmaster',
	'webmaster',
	'hostmaster',
	'abuse',
	'noreply',
	'no-reply'
]);

/** Same rule as the sign-up form (src/lib/schemas/forum.ts `signUpSchema`). */
const namePattern = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const password = { min: 8, max: 200 };
/** Fields of a user document that never leave the server. */
const secretFields = [
	'derived_key',
	'salt',
	'password_scheme',
	'pbkdf2_prf',
	'iterations',
	'password_sha',
	'sessions'
];

/**
 * @typedef {import('./user-directory.js').UserRecord} UserRecord
 * @typedef {import('express').Request} Request
 * @typedef {import('express').Response} Response
 */

/**
 * @param {{ admin: import('./admin-client.js').AdminClient,
 *   users: ReturnType<typeof import('./user-directory.js').createUserDirectory>,
 *   sessions: ReturnType<typeof import('./sessions.js').createSessions>,
 *   limits: ReturnType<typeof import('./rate-limits.js').createLimits>,
 *   passwordWork: ReturnType<typeof import('./password-work.js').createPasswordWork>,
 *   displayNames: ReturnType<typeof import('./display-names.js').createDisplayNames>,
 *   iterations: number }} deps
 */
export function createAccounts({
	admin,
	users,
	sessions,
	limits,
	passwordWork,
	displayNames,
	iterations
}) {
	const maxBody = 16_384;
	/** Hashing, one of the capped slots at a time. @param {string} given */
	const hash = (given) => passwordWork.run(() => hashPassword(given, iterations));

	/** `GET /_session` @param {Response} res @param {UserRecord | null} user */
	function session(res, user) {
		sendJson(res, 200, {
			ok: true,
			userCtx: { name: user?.name ?? null, roles: user?.roles ?? [] },
			info: {
				authentication_handlers: ['cookie'],
				...(user ? { authenticated: 'cookie' } : {})
			}
		});
	}

	/**
	 * `POST /_session`. Every limit is taken before the password is checked (requests sent
	 * together all count), and the failure slots are given back when the password was right.
	 * @param {Request} req @param {Response} res
	 */
	async function logIn(req, res) {
		const body = await readJsonBody(req, maxBody);
		const name = isPlainObject(body) ? body.name : undefined;
		const given = isPlainObject(body) ? body.password : undefined;
		if (typeof name !== 'string' || typeof given !== 'string' || name.length > 64) {
			throw new HttpError(400, 'bad_request', 'A name and a password are required.');
		}
		const ip = req.ip ?? '';
		const failures = takeAll([
			[limits.loginPerNameAndIp, `${ip} ${name}`],
			[limits.loginPerIp, ip],
			[limits.loginPerName, name]
		]);
		if (!failures.taken) throw tooManyLogIns(failures.retryAfter, 'failed');
		const attempts = takeAll([
			[limits.loginsPerName, name],
			[limits.loginsPerIp, ip]
		]);
		if (!attempts.taken) {
			failures.release();
			throw tooManyLogIns(attempts.retryAfter, 'any');
		}
		let user;
		let ok = false;
		try {
			user = given.length <= password.max ? await users.get(name) : null;
			const stored = user?.doc;
			ok = await passwordWork.run(() =>
				stored ? verifyPassword(given, stored) : spendHashTime(iterations).then(() => false)
			);
		} catch (error) {
			// Not checked (the server was busy or the database did not answer): nothing counts.
			failures.release();
			attempts.release();
			throw error;
		}
		if (!user || !ok) throw new HttpError(401, 'unauthorized', 'Name or password is incorrect.');
		failures.release();
		limits.loginPerNameAndIp.clear(`${ip} ${name}`);
		const current = needsRehash(user.doc, iterations)
			? await upgradeHash(user, given).catch(() => user)
			: user;
		sessions.start(req, res, current);
		sendJson(res, 200, { ok: true, name: current.name, roles: current.roles });
	}

	/**
	 * The password is known only now: an older, weaker hash is replaced. Best effort: a failure
	 * (a concurrent edit) leaves the old hash, and the next log-in tries again.
	 * @param {UserRecord} user @param {string} given
	 */
	async function upgradeHash(user, given) {
		const doc = { ...user.doc, ...(await hash(given)) };
		const { status } = await admin.request('PUT', userDocPath(user.name), doc);
		users.forget(user.name);
		if (status !== 201 && status !== 200 && status !== 202) return user;
		return (await users.get(user.name)) ?? user;
	}

	/** `GET /_users/org.couchdb.user:<name>`: one's own account only, without its secrets. */
	async function readAccount(
		/** @type {Response} */ res,
		/** @type {UserRecord | null} */ caller,
		/** @type {string} */ name
	) {
		refuseOthers(caller, name);
		const { status, body } = await admin.request('GET', userDocPath(name));
		if (status !== 200) throw new HttpError(404, 'not_found', 'This account no longer exists.');
		for (const field of secretFields) delete body[field];
		sendJson(res, 200, body);
	}

	/** `PUT /_users/org.couchdb.user:<name>`: sign-up by a visitor, or an update by the owner. */
	async function writeAccount(
		/** @type {Request} */ req,
		/** @type {Response} */ res,
		/** @type {UserRecord | null} */ caller,
		/** @type {string} */ name
	) {
		const body = await readJsonBody(req, maxBody);
		if (!isPlainObject(body)) throw invalid('The account must be a JSON object.');
		if (caller) {
			refuseOthers(caller, name);
			return updateAccount(req, res, caller, body);
		}
		return signUp(req, res, name, body);
	}

	/**
	 * A visitor's sign-up: the address's slot is taken first, the display name claimed, the
	 * password hashed, then the account and its public profile written.
	 * @param {Request} req @param {Response} res @param {string} name @param {Record<string, unknown>} body
	 */
	async function signUp(req, res, name, body) {
		checkFields(body, ['_id', 'type', 'name', 'password', 'roles', 'displayName']);
		if (!namePattern.test(name)) {
			throw invalid('The name must be 3 to 32 characters: lowercase letters, digits, . _ -');
		}
		if (reservedNames.has(name)) throw invalid('This name is reserved.');
		if (body.name !== name || (body._id !== undefined && body._id !== userDocId(name))) {
			throw invalid('The name does not match the account id.');
		}
		if (body.type !== undefined && body.type !== 'user') throw invalid('type must be "user".');
		if (body.roles !== undefined && !(Array.isArray(body.roles) && body.roles.length === 0)) {
			throw new HttpError(403, 'forbidden', 'Only an administrator may give roles.');
		}
		const chosen = checkPassword(body.password);
		const shown = checkDisplayName(body.displayName ?? name, []);
		const slot = limits.signUpPerIp.take(req.ip ?? '');
		if (!slot.taken) {
			throw new HttpError(
				429,
				'too_many_requests',
				'Too many accounts created from this address. Try again later.',
				{ 'Retry-After': String(slot.retryAfter) }
			);
		}
		if ((await users.get(name)) !== null) {
			throw new HttpError(409, 'conflict', 'This name is already taken.');
		}
		await displayNames.claim(name, shown);
		let created = false;
		try {
			const doc = {
				_id: userDocId(name),
				type: 'user',
				name,
				roles: [],
				displayName: shown,
				...(await hash(chosen))
			};
			const { status } = await admin.request('PUT', userDocPath(name), doc);
			if (status === 409) throw new HttpError(409, 'conflict', 'This name is already taken.');
			// 202: stored, though not yet on enough nodes of a cluster.
			if (status !== 201 && status !== 202) {
				throw new HttpError(502, 'unavailable', 'The account could not be created; try again.');
			}
			created = true;
		} finally {
			if (!created) await displayNames.release(name, shown);
		}
		users.forget(name);
		await displayNames.publish(name, shown);
		sendJson(res, 201, { ok: true, id: userDocId(name) });
	}

	/**
	 * The owner may change their display name, and their password when they give the current one;
	 * roles, name and type stay. An update without a password keeps the stored hash (CouchDB would
	 * erase it and lock the account). A new password ends every other session (new salt).
	 * @param {Request} req @param {Response} res @param {UserRecord} caller
	 * @param {Record<string, unknown>} body
	 */
	async function updateAccount(req, res, caller, body) {
		const allowed = [
			'_id',
			'_rev',
			'type',
			'name',
			'password',
			'currentPassword',
			'roles',
			'displayName'
		];
		checkFields(body, allowed);
		// The freshest document: the cached one may be a few seconds old.
		users.forget(caller.name);
		const fresh = (await users.get(caller.name)) ?? caller;
		const stored = fresh.doc;
		if (body._rev !== stored._rev) {
			throw new HttpError(409, 'conflict', 'The account changed meanwhile; reload it first.');
		}
		if (body.roles !== undefined && !sameList(body.roles, fresh.roles)) {
			throw new HttpError(403, 'forbidden', 'Only an administrator may change roles.');
		}
		if (body.name !== undefined && body.name !== caller.name)
			throw invalid('A name cannot change.');
		if (body.type !== undefined && body.type !== 'user') throw invalid('type must be "user".');
		const before = typeof stored.displayName === 'string' ? stored.displayName : caller.name;
		const shown =
			body.displayName === undefined ? before : checkDisplayName(body.displayName, fresh.roles);
		let hashed = {};
		if (body.password !== undefined) {
			const chosen = checkPassword(body.password);
			if (typeof body.currentPassword !== 'string') {
				throw new HttpError(403, 'forbidden', 'Give your current password to choose a new one.');
			}
			await checkCurrentPassword(req, caller.name, body.currentPassword, stored);
			hashed = await hash(chosen);
		}
		const renamed = shown !== before;
		if (renamed) await displayNames.claim(caller.name, shown);
		const doc = { ...stored, displayName: shown, ...hashed };
		const { status, body: saved } = await admin.request('PUT', userDocPath(caller.name), doc);
		users.forget(caller.name);
		if (status === 409 || (status !== 201 && status !== 202)) {
			if (renamed) await displayNames.release(caller.name, shown);
			if (status === 409) throw new HttpError(409, 'conflict', 'The account changed meanwhile.');
			throw new HttpError(502, 'unavailable', 'The account could not be saved; try again.');
		}
		if (renamed) {
			await displayNames.publish(caller.name, shown);
			await displayNames.release(caller.name, before);
		}
		// A new password ends the other sessions (new salt); this one goes on with a new cookie.
		const updated = await users.get(caller.name);
		if (updated && body.password !== undefined) sessions.start(req, res, updated);
		sendJson(res, 201, { ok: true, id: userDocId(caller.name), rev: saved.rev });
	}

	/**
	 * The current password, checked under the same limits as a log-in.
	 * @param {Request} req @param {string} name @param {string} given
	 * @param {Record<string, unknown>} stored
	 */
	async function checkCurrentPassword(req, name, given, stored) {
		const ip = req.ip ?? '';
		const failures = takeAll([
			[limits.loginPerNameAndIp, `${ip} ${name}`],
			[limits.loginPerIp, ip],
			[limits.loginPerName, name]
		]);
		if (!failures.taken) throw tooManyLogIns(failures.retryAfter, 'failed');
		let ok = false;
		try {
			ok =
				given.length <= password.max &&
				(await passwordWork.run(() => verifyPassword(given, stored)));
		} catch (error) {
			failures.release();
			throw error;
		}
		if (!ok) throw new HttpError(403, 'forbidden', 'The current password is not right.');
		failures.release();
	}

	/**
	 * `DELETE /_passerelle/sessions`: « Se déconnecter de tous les appareils ».
	 * @param {Request} req @param {Response} res @param {UserRecord | null} caller
	 */
	async function endAllSessions(req, res, caller) {
		if (!caller) throw new HttpError(401, 'unauthorized', 'Log in first.');
		await sessions.endAll(req, res, caller);
		sendJson(res, 200, { ok: true });
	}

	return { session, logIn, readAccount, writeAccount, endAllSessions };
}

/** @param {UserRecord | null} caller @param {string} name */
function refuseOthers(caller, name) {
	if (!caller) throw new HttpError(401, 'unauthorized', 'Log in to see your account.');
	if (caller.name !== name) {
		throw new HttpError(403, 'forbidden', 'Only an account’s owner may see or change it.');
	}
}

/** @param {Record<string, unknown>} body @param {string[]} allowed */
function checkFields(body, allowed) {
	const unknown = Object.keys(body).find((key) => !allowed.includes(key));
	if (unknown !== undefined) throw invalid(`Unknown field: ${unknown.slice(0, 40)}`);
}

/** @param {unknown} value */
function checkPassword(value) {
	if (typeof value !== 'string' || value.length < password.min || value.length > password.max) {
		throw invalid(`The password must be ${password.min} to ${password.max} characters.`);
	}
	return value;
}

/** @param {unknown} given @param {string[]} stored */
function sameList(given, stored) {
	return (
		Array.isArray(given) &&
		given.length === stored.length &&
		[...given].sort().every((role, i) => role === [...stored].sort()[i])
	);
}

/**
 * @param {number} wait seconds @param {'failed' | 'any'} kind which limit was reached
 */
function tooManyLogIns(wait, kind) {
	const minutes = Math.ceil(wait / 60);
	const when = `Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`;
	return new HttpError(
		429,
		'too_many_requests',
		kind === 'failed' ? `Too many failed log-ins. ${when}` : `Too many log-ins. ${when}`,
		{ 'Retry-After': String(wait) }
	);
}

/** @param {string} reason */
const invalid = (reason) => new HttpError(400, 'bad_request', reason);
