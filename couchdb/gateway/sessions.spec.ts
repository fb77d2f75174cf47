// Sessions for people who are offline for days: the gateway's own cookie (session-cookie.js) with
// an injected clock, then over raw HTTP against the real server: the cookie's flags, a restart
// that logs nobody out, a password change that ends the other sessions, and a bad cookie cleared.
import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeThread } from '../../src/lib/forum/post-factory';
import {
	adminFetch,
	logIn,
	putForumDoc,
	send,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../server/test-helpers';
import {
	mintSessionCookie,
	readClaims,
	sessionCookieValues,
	sessionSetCookie,
	verifySessionCookie
} from './session-cookie.js';
import { createUserDirectory } from './user-directory.js';

const day = 24 * 3600;
const maxAgeSeconds = 30 * day;
const secret = 'a-secret-of-this-server';
const salt = 'the-users-salt';
/** What an account's document holds that a cookie is signed with. */
const keys = { salt, generation: 0 };
/** Options of a cookie made or checked `at` seconds from an arbitrary start. */
const at = (seconds: number) => ({
	secret,
	maxAgeSeconds,
	now: () => (1_800_000_000 + seconds) * 1000
});

describe('the session cookie (unit, injected clock)', () => {
	const issued = mintSessionCookie(at(0), 'alice', keys);

	it('is valid for its whole lifetime and not a second more', () => {
		expect(verifySessionCookie(at(0), issued, keys)).toEqual({
			valid: true,
			claims: { name: 'alice', issuedAt: 1_800_000_000, sessionId: expect.any(String) },
			renew: false
		});
		expect(verifySessionCookie(at(maxAgeSeconds - 1), issued, keys).valid).toBe(true);
		expect(verifySessionCookie(at(maxAgeSeconds), issued, keys).valid).toBe(false);
	});

	it('asks for renewal once a tenth of its lifetime has passed', () => {
		expect(verifySessionCookie(at(3 * day), issued, keys)).toMatchObject({ renew: false });
		expect(verifySessionCookie(at(3 * day + 1), issued, keys)).toMatchObject({ renew: true });
		// A renewed cookie starts a new lifetime: a week offline, then 29 more days.
		const renewed = mintSessionCookie(at(7 * day), 'alice', keys);
		expect(verifySessionCookie(at(36 * day), renewed, keys).valid).toBe(true);
	});

	it('refuses a tampered name, time, session id or signature', () => {
		const [name = '', time = '', id = '', mac = ''] = issued.split('.');
		const bob = Buffer.from('bob').toString('base64url');
		const later = (Number.parseInt(time, 36) + 3600).toString(36);
		const flipped = (mac[0] === 'A' ? 'B' : 'A') + mac.slice(1);
		for (const forged of [
			`${bob}.${time}.${id}.${mac}`,
			`${name}.${later}.${id}.${mac}`,
			`${name}.${time}.other-session-id.${mac}`,
			`${name}.${time}.${id}.${flipped}`,
			`${name}.${time}.${id}.${mac.slice(0, 20)}`,
			`${name}.${time}.${mac}`,
			`${name}.${time}.${id}.`,
			`${name}.${time}`
		]) {
			expect(verifySessionCookie(at(10), forged, keys).valid, forged).toBe(false);
		}
	});

	it('is ended by a new session generation, and keeps its id when renewed', () => {
		expect(verifySessionCookie(at(10), issued, { salt, generation: 1 }).valid).toBe(false);
		const id = readClaims(issued)?.sessionId;
		const renewed = mintSessionCookie(at(4 * day), 'alice', keys, id);
		expect(readClaims(renewed)?.sessionId).toBe(id);
	});

	it('refuses a cookie from the future (beyond a minute of clock skew)', () => {
		const ahead = mintSessionCookie(at(120), 'alice', keys);
		expect(verifySessionCookie(at(0), ahead, keys).valid).toBe(false);
		const skewed = mintSessionCookie(at(30), 'alice', keys);
		expect(verifySessionCookie(at(0), skewed, keys).valid).toBe(true);
	});

	it('is revoked by a new password (another salt) and refused under another secret', () => {
		expect(verifySessionCookie(at(10), issued, { salt: 'a-new-salt', generation: 0 }).valid).toBe(
			false
		);
		expect(verifySessionCookie({ ...at(10), secret: 'another' }, issued, keys).valid).toBe(false);
	});

	it('reads no claims from garbage', () => {
		for (const value of ['', 'a.b', 'a.b.c.d.e', 'a b.c.d', `${'a'.repeat(201)}.b.c`, '.1.x']) {
			expect(readClaims(value), value).toBeUndefined();
		}
	});

	it('finds every AuthSession value a browser sends', () => {
		expect(sessionCookieValues('theme=dark; AuthSession=one; AuthSession=two')).toEqual([
			'one',
			'two'
		]);
		expect(sessionCookieValues(undefined)).toEqual([]);
		expect(sessionCookieValues('AuthSession=')).toEqual([]);
	});

	it('sets a persistent, HttpOnly, SameSite=Strict cookie on /db, Secure over HTTPS only', () => {
		expect(sessionSetCookie({ value: 'v', maxAgeSeconds, secure: false })).toEqual([
			'AuthSession=v; Path=/db; Max-Age=2592000; HttpOnly; SameSite=Strict'
		]);
		expect(sessionSetCookie({ value: 'v', maxAgeSeconds, secure: true })[0]).toMatch(/; Secure$/);
		// The removal also clears the former embedded server's cookie (Path=/).
		expect(sessionSetCookie({ maxAgeSeconds, secure: false })).toEqual([
			'AuthSession=; Path=/db; Max-Age=0; HttpOnly; SameSite=Strict',
			'AuthSession=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict'
		]);
	});
});

describe('the user directory (unit, injected clock)', () => {
	it('sees a changed account within its ttl, and does not remember a failed read', async () => {
		let now = 0;
		const stored = { salt: 'first', fail: false, reads: 0 };
		const admin = {
			baseUrl: 'http://db.invalid',
			request: async () => {
				stored.reads++;
				if (stored.fail) throw new Error('down');
				return { status: 200, body: { name: 'alice', roles: [], salt: stored.salt } };
			}
		};
		const users = createUserDirectory({ admin, ttlMs: 5_000, now: () => now });
		expect((await users.get('alice'))?.salt).toBe('first');
		stored.salt = 'second';
		now = 4_999;
		expect((await users.get('alice'))?.salt).toBe('first');
		now = 5_000;
		expect((await users.get('alice'))?.salt).toBe('second');
		stored.fail = true;
		now = 10_000;
		await expect(users.get('alice')).rejects.toThrow();
		stored.fail = false;
		expect((await users.get('alice'))?.salt).toBe('second');
		expect(stored.reads).toBe(4);
	});
});

/** The `Set-Cookie` values of an answer. */
const setCookies = (headers: Headers) => headers.getSetCookie();
/** `AuthSession=<value>` from an answer, if it sets one (not a removal). */
const newSession = (headers: Headers) =>
	setCookies(headers)
		.map((line) => line.split(';')[0] ?? '')
		.find((pair) => /^AuthSession=.+/.test(pair));

async function whoIs(server: TestServer, cookie: string) {
	const answer = await send(`${server.url}/db/_session`, { headers: { cookie } });
	return { name: (answer.json?.userCtx as { name: string | null }).name, headers: answer.headers };
}

async function logInAnswer(server: TestServer, name: string, headers: Record<string, string> = {}) {
	return send(`${server.url}/db/_session`, {
		method: 'POST',
		headers,
		body: { name, password: `pass-${name}-2026` }
	});
}

describe('sessions on the real server', () => {
	let server: TestServer;

	beforeAll(async () => {
		server = await startTestServer();
		await signUpAndLogIn(server.url, 'alice');
	});
	afterAll(async () => {
		await server.stop();
	});

	it('logs in with a 30-day HttpOnly SameSite=Strict cookie on /db, not Secure over plain HTTP', async () => {
		const answer = await logInAnswer(server, 'alice', { 'x-forwarded-proto': 'https' });
		expect(answer.status).toBe(200);
		const [line] = setCookies(answer.headers);
		expect(line).toMatch(
			/^AuthSession=[\w-]+\.[0-9a-z]+\.[\w-]+\.[\w-]+; Path=\/db; Max-Age=2592000; HttpOnly; SameSite=Strict$/
		);
	});

	it('treats an invalid or forged cookie as a visitor and clears it', async () => {
		const real = await logIn(server.url, 'alice', 'pass-alice-2026');
		const [name, time, id] = real.slice('AuthSession='.length).split('.');
		for (const cookie of [
			'AuthSession=garbage',
			`AuthSession=${name}.${time}.${id}.${'A'.repeat(43)}`,
			`AuthSession=${Buffer.from('bob').toString('base64url')}.${time}.${id}.${'A'.repeat(43)}`
		]) {
			const who = await whoIs(server, cookie);
			expect(who.name, cookie).toBeNull();
			expect(setCookies(who.headers), cookie).toContain(
				'AuthSession=; Path=/db; Max-Age=0; HttpOnly; SameSite=Strict'
			);
			const write = await send(`${server.url}/db/forum/_bulk_docs`, {
				method: 'POST',
				headers: { cookie },
				body: { docs: [makeThread('alice')] }
			});
			expect(write.status).toBe(401);
		}
	});

	it('renews a week-old session when it is used, and refuses a 30-day-old one', async () => {
		// Cookies made with the server's own secret and the account's salt, as if issued earlier.
		const secrets = JSON.parse(await readFile(join(server.dataDir, 'secrets.json'), 'utf8'));
		const account = await adminFetch(server, '/_users/org.couchdb.user:alice').then((r) =>
			r.json()
		);
		const issuedDaysAgo = (days: number) =>
			`AuthSession=${mintSessionCookie(
				{ secret: secrets.session, maxAgeSeconds, now: () => Date.now() - days * day * 1000 },
				'alice',
				{ salt: account.salt, generation: 0 }
			)}`;

		const weekOld = await whoIs(server, issuedDaysAgo(7));
		expect(weekOld.name).toBe('alice');
		const renewed = newSession(weekOld.headers);
		expect(renewed).toBeDefined();
		expect(setCookies(weekOld.headers)[0]).toContain('Max-Age=2592000');
		expect((await whoIs(server, String(renewed))).name).toBe('alice');

		const fresh = await whoIs(server, issuedDaysAgo(1));
		expect(fresh.name).toBe('alice');
		expect(setCookies(fresh.headers)).toEqual([]);

		const expired = await whoIs(server, issuedDaysAgo(30));
		expect(expired.name).toBeNull();
		expect(setCookies(expired.headers)[0]).toContain('Max-Age=0');
	});

	it('logs out on the server: a copy of the cookie stops working, other devices go on', async () => {
		const cookie = await logIn(server.url, 'alice', 'pass-alice-2026');
		const otherDevice = await logIn(server.url, 'alice', 'pass-alice-2026');
		const answer = await send(`${server.url}/db/_session`, {
			method: 'DELETE',
			headers: { cookie }
		});
		expect(answer.status).toBe(200);
		expect(setCookies(answer.headers)).toEqual([
			'AuthSession=; Path=/db; Max-Age=0; HttpOnly; SameSite=Strict',
			'AuthSession=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict'
		]);
		// A copy kept by someone else (or a browser that ignored the removal) is refused.
		expect((await whoIs(server, cookie)).name).toBeNull();
		const write = await putForumDoc(server, makeThread('alice'), cookie);
		expect(write.status).toBe(401);
		expect((await whoIs(server, otherDevice)).name).toBe('alice');
	});

	it('ends every session of the account at once, this one included', async () => {
		await signUpAndLogIn(server.url, 'dora');
		const phone = await logIn(server.url, 'dora', 'pass-dora-2026');
		const laptop = await logIn(server.url, 'dora', 'pass-dora-2026');
		const stranger = await send(`${server.url}/db/_passerelle/sessions`, { method: 'DELETE' });
		expect(stranger.status).toBe(401);
		const answer = await send(`${server.url}/db/_passerelle/sessions`, {
			method: 'DELETE',
			headers: { cookie: phone }
		});
		expect(answer.status).toBe(200);
		expect(setCookies(answer.headers)[0]).toContain('Max-Age=0');
		expect((await whoIs(server, phone)).name).toBeNull();
		expect((await whoIs(server, laptop)).name).toBeNull();
		// The password still works: a new session starts.
		expect((await logInAnswer(server, 'dora')).status).toBe(200);
	});

	it('takes a cookie of the first format (no session id) until the sessions are all ended', async () => {
		await signUpAndLogIn(server.url, 'eliott');
		const secrets = JSON.parse(await readFile(join(server.dataDir, 'secrets.json'), 'utf8'));
		const account = await adminFetch(server, '/_users/org.couchdb.user:eliott').then((r) =>
			r.json()
		);
		const issuedAt = Math.floor(Date.now() / 1000) - 3600;
		const mac = createHmac('sha256', secrets.session)
			.update(`eliott:${issuedAt}:${account.salt}`)
			.digest('base64url');
		const legacy = `AuthSession=${Buffer.from('eliott').toString('base64url')}.${issuedAt.toString(36)}.${mac}`;
		const seen = await whoIs(server, legacy);
		expect(seen.name).toBe('eliott');
		// Renewed at once into a cookie with a session id.
		const upgraded = String(newSession(seen.headers));
		expect(upgraded.split('.')).toHaveLength(4);
		await send(`${server.url}/db/_passerelle/sessions`, {
			method: 'DELETE',
			headers: { cookie: upgraded }
		});
		expect((await whoIs(server, legacy)).name).toBeNull();
	});

	it('refuses a log-in posted from another site', async () => {
		const answer = await logInAnswer(server, 'alice', { origin: 'https://attacker.example' });
		expect(answer.status).toBe(403);
		expect(newSession(answer.headers)).toBeUndefined();
	});

	it('ends the other sessions when the password changes, and keeps the changer logged in', async () => {
		await signUpAndLogIn(server.url, 'camille');
		const phone = await logIn(server.url, 'camille', 'pass-camille-2026');
		const laptop = await logIn(server.url, 'camille', 'pass-camille-2026');
		const { _rev } = await adminFetch(server, '/_users/org.couchdb.user:camille').then((r) =>
			r.json()
		);
		const changeWith = (extra: Record<string, string>) =>
			send(`${server.url}/db/_users/org.couchdb.user:camille`, {
				method: 'PUT',
				headers: { cookie: phone },
				body: {
					_id: 'org.couchdb.user:camille',
					_rev,
					name: 'camille',
					type: 'user',
					roles: [],
					password: 'a-brand-new-password',
					...extra
				}
			});
		// Someone holding an unlocked phone cannot take the account: the current password first.
		expect((await changeWith({})).status).toBe(403);
		expect((await changeWith({ currentPassword: 'not-the-password' })).status).toBe(403);
		expect((await whoIs(server, laptop)).name).toBe('camille');
		const change = await changeWith({ currentPassword: 'pass-camille-2026' });
		expect(change.status).toBe(201);
		const phoneNow = newSession(change.headers);
		expect(phoneNow).toBeDefined();
		expect((await whoIs(server, String(phoneNow))).name).toBe('camille');

		const other = await whoIs(server, laptop);
		expect(other.name).toBeNull();
		expect(setCookies(other.headers)[0]).toContain('Max-Age=0');
		expect((await whoIs(server, phone)).name).toBeNull();
		expect((await logInAnswer(server, 'camille')).status).toBe(401);
	});
});

describe('the Secure flag behind a trusted proxy (TRUST_PROXY)', () => {
	let server: TestServer;

	beforeAll(async () => {
		server = await startTestServer({ trustProxy: true });
		await signUpAndLogIn(server.url, 'alice');
	});
	afterAll(async () => {
		await server.stop();
	});

	it('marks the cookie Secure when the visitor came over HTTPS', async () => {
		const answer = await logInAnswer(server, 'alice', { 'x-forwarded-proto': 'https' });
		expect(setCookies(answer.headers)[0]).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
	});

	it('does not when the visitor came over plain HTTP', async () => {
		const answer = await logInAnswer(server, 'alice', { 'x-forwarded-proto': 'http' });
		expect(setCookies(answer.headers)[0]).not.toMatch(/Secure/);
		const direct = await logInAnswer(server, 'alice');
		expect(setCookies(direct.headers)[0]).not.toMatch(/Secure/);
	});
});

describe('a restart on the same data folder', () => {
	let dataDir: string;

	beforeAll(async () => {
		dataDir = await mkdtemp(join(tmpdir(), 'passerelle-restart-'));
	});
	afterAll(async () => {
		await rm(dataDir, { recursive: true, force: true });
	});

	it('keeps everyone logged in', async () => {
		const first = await startTestServer({ dataDir });
		const cookie = await signUpAndLogIn(first.url, 'alice');
		await first.stop();

		const second = await startTestServer({ dataDir, restart: true });
		try {
			expect((await whoIs(second, cookie)).name).toBe('alice');
			const thread = makeThread('alice');
			const written = await putForumDoc(second, thread, cookie);
			expect(written.status).toBe(201);
		} finally {
			await second.stop();
		}
	});
});
