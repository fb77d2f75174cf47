// Runs in Node (the gateway). Who is calling: the gateway's session cookie checked against the
// user's current document (password salt, session generation, sessions ended by a log-out). An
// invalid, expired or ended cookie makes the caller a visitor (and is cleared); a valid one older
// than a tenth of its lifetime is renewed. Log-out ends the session on the server, not only in
// the browser: a copy of the cookie stops working too.
import {
	mintSessionCookie,
	readClaims,
	sessionCookieValues,
	sessionSetCookie,
	verifySessionCookie
} from './session-cookie.js';
import { sessionsOf } from './user-directory.js';

/**
 * @typedef {import('./user-directory.js').UserRecord} UserRecord
 * @typedef {{ user: UserRecord | null, sessionId?: string }} Caller
 */

/** Sessions ended one by one that an account keeps (past it, all its sessions end). */
const maxRevoked = 50;

/**
 * @param {{ users: ReturnType<typeof import('./user-directory.js').createUserDirectory>,
 *   secret: string, maxAgeSeconds: number, now?: () => number }} options `now`: the clock
 *   (tests move it forward to see a session outlast days offline)
 */
export function createSessions({ users, secret, maxAgeSeconds, now = Date.now }) {
	const cookieOptions = { secret, maxAgeSeconds, now };

	/** Sets (or clears, `value` undefined) the session cookie on an answer. */
	function setCookie(
		/** @type {import('express').Request} */ req,
		/** @type {import('express').Response} */ res,
		/** @type {string | undefined} */ value
	) {
		res.append('Set-Cookie', sessionSetCookie({ value, maxAgeSeconds, secure: req.secure }));
	}

	/** @param {UserRecord} user @param {string} [sessionId] */
	const mint = (user, sessionId) => mintSessionCookie(cookieOptions, user.name, user, sessionId);

	/**
	 * Raises the account's session generation (every session ends) or ends one session.
	 * @param {string} name @param {{ all: true } | { sessionId: string }} which
	 */
	async function endOnServer(name, which) {
		const seconds = Math.floor(now() / 1000);
		await users.update(name, (doc) => {
			const sessions = sessionsOf(doc.sessions);
			const revoked = sessions.revoked.filter((entry) => entry.until > seconds);
			if ('all' in which || revoked.length >= maxRevoked) {
				return { ...doc, sessions: { generation: sessions.generation + 1, revoked: [] } };
			}
			revoked.push({ id: which.sessionId, until: seconds + maxAgeSeconds });
			return { ...doc, sessions: { generation: sessions.generation, revoked } };
		});
	}

	return {
		/**
		 * @param {import('express').Request} req
		 * @param {import('express').Response} res
		 * @returns {Promise<Caller>}
		 */
		async identify(req, res) {
			const values = sessionCookieValues(req.headers.cookie);
			for (const value of values.slice(0, 4)) {
				const claims = readClaims(value);
				if (!claims) continue;
				const user = await users.get(claims.name);
				if (!user || !user.salt) continue;
				const check = verifySessionCookie(cookieOptions, value, user);
				if (!check.valid || user.revoked.has(check.claims.sessionId)) continue;
				// A first-format cookie (no id) is renewed into one with an id.
				if (check.renew || !check.claims.sessionId) {
					setCookie(req, res, mint(user, check.claims.sessionId || undefined));
				}
				return { user, sessionId: check.claims.sessionId };
			}
			if (values.length > 0) setCookie(req, res, undefined);
			return { user: null };
		},
		/** Starts a session for `user` on this answer. */
		start(
			/** @type {import('express').Request} */ req,
			/** @type {import('express').Response} */ res,
			/** @type {UserRecord} */ user
		) {
			setCookie(req, res, mint(user));
		},
		/**
		 * Ends this session, on the server too (a cookie of the first format, which has no id,
		 * ends them all).
		 * @param {import('express').Request} req @param {import('express').Response} res
		 * @param {Caller} caller
		 */
		async end(req, res, caller) {
			if (caller.user) {
				await endOnServer(
					caller.user.name,
					caller.sessionId ? { sessionId: caller.sessionId } : { all: true }
				);
			}
			setCookie(req, res, undefined);
		},
		/**
		 * Ends every session of the caller's account, on every device, this one included.
		 * @param {import('express').Request} req @param {import('express').Response} res
		 * @param {UserRecord} user
		 */
		async endAll(req, res, user) {
			await endOnServer(user.name, { all: true });
			setCookie(req, res, undefined);
		}
	};
}
