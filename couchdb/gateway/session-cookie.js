// Runs in Node (the gateway). The browser's session is the gateway's own cookie, never the
// database's: `AuthSession=<name>.<issued>.<mac>` signed with the server's secret (kept in
// DATA_DIR, so a restart logs nobody out) and the user's password salt (so a password change
// ends every other session, as in CouchDB). It lasts `maxAgeSeconds` (30 days by default) and is
// renewed once a tenth of that has passed, when used, as CouchDB renews its own.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const cookieName = 'AuthSession';

/**
 * @typedef {{ secret: string, maxAgeSeconds: number, now?: () => number }} CookieOptions
 * @typedef {{ name: string, issuedAt: number }} CookieClaims
 */

/** @param {string} text */
const toBase64Url = (text) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * @param {string} secret @param {string} name @param {number} issuedAt @param {string} salt
 */
function mac(secret, name, issuedAt, salt) {
	return createHmac('sha256', secret).update(`${name}:${issuedAt}:${salt}`).digest();
}

/**
 * A fresh cookie value for `name`, whose stored password salt is `salt`.
 * @param {CookieOptions} options @param {string} name @param {string} salt
 */
export function mintSessionCookie(options, name, salt) {
	const issuedAt = Math.floor((options.now?.() ?? Date.now()) / 1000);
	const signature = mac(options.secret, name, issuedAt, salt).toString('base64url');
	return `${toBase64Url(name)}.${issuedAt.toString(36)}.${signature}`;
}

/**
 * The name a cookie value claims, before its signature is checked (which needs the user's salt).
 * @param {string} value
 * @returns {CookieClaims | undefined}
 */
export function readClaims(value) {
	const parts = value.split('.');
	if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]{1,200}$/.test(part))) {
		return undefined;
	}
	const name = Buffer.from(parts[0] ?? '', 'base64url').toString('utf8');
	const issuedAt = Number.parseInt(parts[1] ?? '', 36);
	if (!name || !Number.isSafeInteger(issuedAt)) return undefined;
	return { name, issuedAt };
}

/**
 * Checks a cookie's signature and age; tells whether it should be renewed.
 * @param {CookieOptions} options @param {string} value @param {string} salt
 * @returns {{ valid: false } | { valid: true, name: string, renew: boolean }}
 */
export function verifySessionCookie(options, value, salt) {
	const claims = readClaims(value);
	if (!claims) return { valid: false };
	const now = Math.floor((options.now?.() ?? Date.now()) / 1000);
	const age = now - claims.issuedAt;
	// A minute of clock skew at most: a cookie from the future was not issued here.
	if (age < -60 || age >= options.maxAgeSeconds) return { valid: false };
	const given = Buffer.from(value.split('.')[2] ?? '', 'base64url');
	const expected = mac(options.secret, claims.name, claims.issuedAt, salt);
	if (given.length !== expected.length || !timingSafeEqual(given, expected))
		return { valid: false };
	return { valid: true, name: claims.name, renew: age > options.maxAgeSeconds / 10 };
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
