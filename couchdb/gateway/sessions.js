// Runs in Node (the gateway). Who is calling: the gateway's session cookie checked against the
// user's current document. An invalid, expired or revoked cookie makes the caller a visitor
// (and is cleared); a valid one older than a tenth of its lifetime is renewed.
import {
	mintSessionCookie,
	readClaims,
	sessionCookieValues,
	sessionSetCookie,
	verifySessionCookie
} from './session-cookie.js';

/**
 * @typedef {import('./user-directory.js').UserRecord} UserRecord
 * @typedef {{ user: UserRecord | null }} Caller
 */

/**
 * @param {{ users: ReturnType<typeof import('./user-directory.js').createUserDirectory>,
 *   secret: string, maxAgeSeconds: number, now?: () => number }} options `now`: the clock
 *   (tests move it forward to see a session outlast days offline)
 */
export function createSessions({ users, secret, maxAgeSeconds, now }) {
	const cookieOptions = { secret, maxAgeSeconds, now };

	/** Sets (or clears, `value` undefined) the session cookie on an answer. */
	function setCookie(
		/** @type {import('express').Request} */ req,
		/** @type {import('express').Response} */ res,
		/** @type {string | undefined} */ value
	) {
		res.append('Set-Cookie', sessionSetCookie({ value, maxAgeSeconds, secure: req.secure }));
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
				const check = verifySessionCookie(cookieOptions, value, user.salt);
				if (!check.valid) continue;
				if (check.renew)
					setCookie(req, res, mintSessionCookie(cookieOptions, user.name, user.salt));
				return { user };
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
			setCookie(req, res, mintSessionCookie(cookieOptions, user.name, user.salt));
		},
		/** Ends the session on this answer. */
		end(
			/** @type {import('express').Request} */ req,
			/** @type {import('express').Response} */ res
		) {
			setCookie(req, res, undefined);
		}
	};
}
