// Runs in Node (the gateway). The browser's session is the gateway's own cookie, never the
// database's: `AuthSession=<name>.<issued>.<session id>.<mac>`, signed with the server's secret
// (kept in DATA_DIR, so a restart logs nobody out), the user's password salt (a password change
// ends every other session, as in CouchDB) and the account's session generation (« Se déconnecter
// de tous les appareils » raises it: every cookie made before stops working). The session id lets
// one session be ended on the server (log-out) while the others go on. A cookie lasts
// `maxAgeSeconds` (30 days by default) and is renewed, same id, once a tenth of that has passed.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const cookieName = 'AuthSession';

/**
 * @typedef {{ secret: string, maxAgeSeconds: number, now?: () => number }} CookieOptions
 * @typedef {{ name: string, issuedAt: number, sessionId: string }} CookieClaims
 *   `sessionId` is empty in a cookie made before session ids existed
 * @typedef {{ salt: string, generation: number }} SessionKeys what the account's document holds
 */

/** @param {string} text */
const toBase64Url = (text) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * @param {string} secret @param {CookieClaims} claims @param {SessionKeys} keys
 */
function mac(secret, { name, issuedAt, sessionId }, { salt, generation }) {
	// A cookie of the first format (no session id) was signed without the id and generation.
	const data = sessionId
		? `${name}:${issuedAt}:${sessionId}:${salt}:${generation}`
		: `${name}:${issuedAt}:${salt}`;
	return createHmac('sha256', secret).update(data).digest();
}

/** A new session id. */
export const newSessionId = () => randomBytes(12).toString('base64url');

/**
 * A cookie value for `name`: a new session, or `sessionId`'s renewed.
 * @param {CookieOptions} options @param {string} name @param {SessionKeys} keys
 * @param {string} [sessionId]
 */
export function mintSessionCookie(options, name, keys, sessionId = newSessionId()) {
	const issuedAt = Math.floor((options.now?.() ?? Date.now()) / 1000);
	const claims = { name, issuedAt, sessionId };
	const signature = mac(options.secret, claims, keys).toString('base64url');
	return `${toBase64Url(name)}.${issuedAt.toString(36)}.${sessionId}.${signature}`;
}

/**
 * What a cookie value claims, before its signature is checked (which needs the user's keys).
 * @param {string} value
 * @returns {CookieClaims | undefined}
 */
export function readClaims(value) {
	const parts = value.split('.');
	if (parts.length !== 3 && parts.length !== 4) return undefined;
	if (parts.some((part) => !/^[A-Za-z0-9_-]{1,200}$/.test(part))) return undefined;
	const name = Buffer.from(parts[0] ?? '', 'base64url').toString('utf8');
	const issuedAt = Number.parseInt(parts[1] ?? '', 36);
	if (!name || !Number.isSafeInteger(issuedAt)) return undefined;
	return { name, issuedAt, sessionId: parts.length === 4 ? (parts[2] ?? '') : '' };
}

/**
 * Checks a cookie's signature and age; tells whether it should be renewed. A cookie of the first
 * format is valid only while the account never ended all its sessions.
 * @param {CookieOptions} options @param {string} value @param {SessionKeys} keys
 * @returns {{ valid: false } | { valid: true, claims: CookieClaims, renew: boolean }}
 */
export function verifySessionCookie(options, value, keys) {
	const claims = readClaims(value);
	if (!claims) return { valid: false };
	if (!claims.sessionId && keys.generation !== 0) return { valid: false };
	const now = Math.floor((options.now?.() ?? Date.now()) / 1000);
	const age = now - claims.issuedAt;
	// A minute of clock skew at most: a cookie from the future was not issued here.
	if (age < -60 || age >= options.maxAgeSeconds) return { valid: false };
	const given = Buffer.from(value.split('.').at(-1) ?? '', 'base64url');
	const expected = mac(options.secret, claims, keys);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
		return { valid: false };
	}
	return { valid: true, claims, renew: age > options.maxAgeSeconds / 10 };
}

/**
 * Every `AuthSession` value the browser sent (an old cookie of another path may come too).
 * @param {string | undefined} header
 */
export function sessionCookieValues(header) {
	if (!header) return [];
	return header
		.split(';')
		.map((pair) => pair.trim())
		.filter((pair) => pair.startsWith(`${cookieName}=`))
		.map((pair) => pair.slice(cookieName.length + 1))
		.filter(Boolean);
}

/**
 * `Set-Cookie` values: the session, or its removal (`value` undefined). The removal also clears a
 * cookie of the former embedded server (`Path=/`), which would otherwise be sent forever.
 * @param {{ value?: string, maxAgeSeconds: number, secure: boolean }} options
 */
export function sessionSetCookie({ value, maxAgeSeconds, secure }) {
	const flags = `HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
	if (value !== undefined) {
		return [`${cookieName}=${value}; Path=/db; Max-Age=${maxAgeSeconds}; ${flags}`];
	}
	return [
		`${cookieName}=; Path=/db; Max-Age=0; ${flags}`,
		`${cookieName}=; Path=/; Max-Age=0; ${flags}`
	];
}
