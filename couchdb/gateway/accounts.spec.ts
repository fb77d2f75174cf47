// Accounts through the door, over raw HTTP against the real server: the sign-up rules, the
// throttling of sign-ups and log-ins (with the real limits), one's own account (what it may
// change, what it never shows) and an account hashed by an older server, upgraded at log-in.
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	adminFetch,
	logIn,
	send,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../server/test-helpers';
import { reservedNames } from './accounts.js';

const accountPath = (name: string) => `/_users/org.couchdb.user:${encodeURIComponent(name)}`;

/** A sign-up as a visitor: `PUT /db/_users/org.couchdb.user:<name>`. */
function signUp(server: TestServer, name: string, fields: Record<string, unknown> = {}) {
	return send(`${server.url}/db${accountPath(name)}`, {
		method: 'PUT',
		body: {
			_id: `org.couchdb.user:${name}`,
			name,
			password: 'long-enough',
			type: 'user',
			roles: [],
			...fields
		}
	});
}

/** A log-in; its answer. */
function logInAnswer(server: TestServer, name: string, password: string) {
	return send(`${server.url}/db/_session`, { method: 'POST', body: { name, password } });
}

/** The account as stored, read by the admin on the database itself. */
async function stored(server: TestServer, name: string) {
	const response = await adminFetch(server, accountPath(name));
	return { status: response.status, doc: await response.json() };
}

/** An account made by the admin (not through sign-up, so the sign-up budget stays whole). */
async function createAccount(
	server: TestServer,
	name: string,
	password: string,
	roles: string[] = []
) {
	const response = await adminFetch(server, accountPath(name), {
		method: 'PUT',
		body: JSON.stringify({ name, password, roles, type: 'user' })
	});
	expect(response.status).toBe(201);
}

describe('sign-up rules', () => {
	let server: TestServer;

	beforeAll(async () => {
		server = await startTestServer();
	});
	afterAll(async () => {
		await server.stop();
	});

	it.each([
		'ab',
		'Alice',
		'-alice',
		'.alice',
		'a'.repeat(33),
		'ali ce',
		'alice@asso.fr',
		'élodie',
		'a/b'
	])('refuses the name %j', async (name) => {
		const answer = await signUp(server, name);
		expect(answer.status).toBe(400);
		expect(answer.json?.reason).toMatch(/3 to 32 characters/);
		expect((await stored(server, name)).status).toBe(404);
	});

	it.each(['a.b', 'x_y-9', 'z'.repeat(32)])('accepts the name %j', async (name) => {
		expect((await signUp(server, name)).status).toBe(201);
	});

	it.each([...reservedNames])('refuses the reserved name %j', async (name) => {
		const answer = await signUp(server, name);
		expect(answer.status).toBe(400);
		expect(answer.json?.reason).toBe('This name is reserved.');
		expect((await stored(server, name)).status).toBe(404);
	});

	it.each([
		['7 characters', 'x'.repeat(7), 400],
		['8 characters', 'x'.repeat(8), 201],
		['200 characters', 'x'.repeat(200), 201],
		['201 characters', 'x'.repeat(201), 400],
		['a number', 12345678, 400],
		['nothing', undefined, 400]
	])('a password of %s → %i', async (_what, password, status) => {
		const name = `pw-${randomBytes(4).toString('hex')}`;
		const answer = await signUp(server, name, { password });
		expect(answer.status, answer.text).toBe(status);
		if (status === 201 && typeof password === 'string') {
			expect((await logInAnswer(server, name, password)).status).toBe(200);
		}
	});

	it.each([
		['1 character (after trimming)', '  a  ', 400],
		['2 characters', 'Al', 201],
		['80 characters', 'x'.repeat(80), 201],
		['81 characters', 'x'.repeat(81), 400],
		['a number', 42, 400]
	])('a display name of %s → %i', async (_what, displayName, status) => {
		const name = `dn-${randomBytes(4).toString('hex')}`;
		expect((await signUp(server, name, { displayName })).status).toBe(status);
	});

	it('uses the name as display name when none is given', async () => {
		expect((await signUp(server, 'no-display', { displayName: undefined })).status).toBe(201);
		expect((await stored(server, 'no-display')).doc.displayName).toBe('no-display');
	});

	it.each([[['moderator']], [['_admin']], ['moderator'], [null]])(
		'refuses roles %j with 403 and creates nothing',
		async (roles) => {
			const name = `roles-${randomBytes(4).toString('hex')}`;
			const answer = await signUp(server, name, { roles });
			expect(answer.status).toBe(403);
			expect((await stored(server, name)).status).toBe(404);
		}
	);

	it.each([
		['derived_key', 'ab'.repeat(32)],
		['salt', 'cafe'],
		['iterations', 1],
		['password_scheme', 'simple'],
		['pbkdf2_prf', 'sha'],
		['_rev', '1-abc'],
		['email', 'x@y.z'],
		['__proto__', { roles: ['_admin'] }]
	])('refuses the field %s with 400', async (field, value) => {
		const name = `field-${randomBytes(4).toString('hex')}`;
		const body = JSON.stringify({ name, password: 'long-enough', type: 'user' }).replace(
			/}$/,
			`,${JSON.stringify(field)}:${JSON.stringify(value)}}`
		);
		const answer = await send(`${server.url}/db${accountPath(name)}`, { method: 'PUT', body });
		expect(answer.status).toBe(400);
		expect(answer.json?.reason).toBe(`Unknown field: ${field}`);
		expect((await stored(server, name)).status).toBe(404);
	});

	it('refuses a body whose name or id is not the account’s', async () => {
		expect((await signUp(server, 'leo', { name: 'bob' })).status).toBe(400);
		expect((await signUp(server, 'leo', { _id: 'org.couchdb.user:bob' })).status).toBe(400);
		expect((await signUp(server, 'leo', { name: undefined })).status).toBe(400);
		expect((await signUp(server, 'leo', { type: 'admin' })).status).toBe(400);
		expect((await stored(server, 'leo')).status).toBe(404);
		expect((await stored(server, 'bob')).status).toBe(404);
	});

	it('answers 409 for a taken name and leaves that account as it was', async () => {
		expect((await signUp(server, 'taken', { password: 'first-password' })).status).toBe(201);
		const again = await signUp(server, 'taken', { password: 'second-password' });
		expect(again.status).toBe(409);
		expect((await logInAnswer(server, 'taken', 'first-password')).status).toBe(200);
		expect((await logInAnswer(server, 'taken', 'second-password')).status).toBe(401);
	});

	it('does not let a logged-in user create (or overwrite) another account', async () => {
		const cookie = await signUpAndLogIn(server.url, 'ines');
		const answer = await send(`${server.url}/db${accountPath('ines-bis')}`, {
			method: 'PUT',
			headers: { cookie },
			body: { name: 'ines-bis', password: 'long-enough', type: 'user', roles: [] }
		});
		expect(answer.status).toBe(403);
		expect((await stored(server, 'ines-bis')).status).toBe(404);
	});
});

describe('throttling, with the real limits', () => {
	let server: TestServer;

	beforeAll(async () => {
		server = await startTestServer({ limits: {} });
		await createAccount(server, 'alice', 'pass-alice-2026');
		await createAccount(server, 'bob', 'pass-bob-2026');
	});
	afterAll(async () => {
		await server.stop();
	});

	it('lets one address create 5 accounts an hour, then answers 429 with Retry-After', async () => {
		// Refused sign-ups cost nothing.
		for (let i = 0; i < 3; i++)
			expect((await signUp(server, `short-${i}`, { password: 'x' })).status).toBe(400);
		for (let i = 0; i < 5; i++) expect((await signUp(server, `member-${i}`)).status).toBe(201);
		const sixth = await signUp(server, 'member-5');
		expect(sixth.status).toBe(429);
		const retryAfter = Number(sixth.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThan(0);
		expect(retryAfter).toBeLessThanOrEqual(3600);
		expect((await stored(server, 'member-5')).status).toBe(404);
	});

	it('locks a name out from an address after 5 failures, even with the right password', async () => {
		for (let i = 0; i < 5; i++) {
			expect((await logInAnswer(server, 'alice', `wrong-${i}`)).status).toBe(401);
		}
		const locked = await logInAnswer(server, 'alice', 'pass-alice-2026');
		expect(locked.status).toBe(429);
		expect(locked.json?.reason).toMatch(/Try again in 15 minutes/);
		const retryAfter = Number(locked.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThan(800);
		expect(retryAfter).toBeLessThanOrEqual(900);
		expect(locked.headers.getSetCookie()).toEqual([]);
	});

	it('still lets another name log in from that address, until the address’s own cap (20)', async () => {
		expect((await logInAnswer(server, 'bob', 'pass-bob-2026')).status).toBe(200);
		// 5 failures so far from this address; 15 more, each on a name of its own.
		for (let i = 0; i < 15; i++) {
			expect((await logInAnswer(server, `guess-${i}`, 'password')).status).toBe(401);
		}
		expect((await logInAnswer(server, 'bob', 'pass-bob-2026')).status).toBe(429);
	});
});

describe('one’s own account', () => {
	let server: TestServer;
	let cookie: string;
	const own = () => `${server.url}/db${accountPath('alice')}`;
	/** The account as its owner sends it back: current revision, changes on top. */
	async function update(fields: Record<string, unknown>) {
		const { doc } = await stored(server, 'alice');
		return send(own(), {
			method: 'PUT',
			headers: { cookie },
			body: {
				_id: doc._id,
				_rev: doc._rev,
				name: 'alice',
				type: 'user',
				roles: doc.roles,
				...fields
			}
		});
	}

	beforeAll(async () => {
		server = await startTestServer();
		cookie = await signUpAndLogIn(server.url, 'alice');
	});
	afterAll(async () => {
		await server.stop();
	});

	it('shows its owner the account without any password hash', async () => {
		const answer = await send(own(), { headers: { cookie } });
		expect(answer.status).toBe(200);
		expect(answer.json).toMatchObject({ name: 'alice', roles: [], type: 'user' });
		for (const secret of ['salt', 'derived_key', 'iterations', 'password_scheme', 'pbkdf2_prf']) {
			expect(answer.json, secret).not.toHaveProperty(secret);
		}
		expect((await stored(server, 'alice')).doc.derived_key).toMatch(/^[0-9a-f]{64}$/);
	});

	it('keeps the password when an update carries none', async () => {
		const before = (await stored(server, 'alice')).doc;
		const answer = await update({ displayName: 'Alice Martin' });
		expect(answer.status).toBe(201);
		expect(answer.headers.getSetCookie()).toEqual([]);
		const after = (await stored(server, 'alice')).doc;
		expect(after).toMatchObject({
			displayName: 'Alice Martin',
			salt: before.salt,
			derived_key: before.derived_key
		});
		expect((await logInAnswer(server, 'alice', 'pass-alice-2026')).status).toBe(200);
	});

	it('refuses a change of roles, name or hash, and a stale revision', async () => {
		const cases: [Record<string, unknown>, number][] = [
			[{ roles: ['moderator'] }, 403],
			[{ roles: ['_admin'] }, 403],
			[{ name: 'bob' }, 400],
			[{ derived_key: 'ab'.repeat(32), salt: 'cafe' }, 400],
			[{ password: 'short' }, 400],
			[{ _rev: '1-0123456789abcdef' }, 409]
		];
		const before = (await stored(server, 'alice')).doc;
		for (const [fields, status] of cases) {
			const answer = await update(fields);
			expect(answer.status, JSON.stringify(fields)).toBe(status);
		}
		expect((await stored(server, 'alice')).doc).toEqual(before);
	});

	it('keeps a moderator’s role through their own update', async () => {
		await createAccount(server, 'modo', 'pass-modo-2026', ['moderator']);
		const modo = await logIn(server.url, 'modo', 'pass-modo-2026');
		const { doc } = await stored(server, 'modo');
		const answer = await send(`${server.url}/db${accountPath('modo')}`, {
			method: 'PUT',
			headers: { cookie: modo },
			body: { _id: doc._id, _rev: doc._rev, name: 'modo', type: 'user', displayName: 'Modération' }
		});
		expect(answer.status).toBe(201);
		expect((await stored(server, 'modo')).doc.roles).toEqual(['moderator']);
	});
});

describe('an account hashed by an older server (PBKDF2-SHA1, 10 iterations)', () => {
	let server: TestServer;

	beforeAll(async () => {
		server = await startTestServer();
		const salt = randomBytes(16).toString('hex');
		const response = await adminFetch(server, accountPath('ancien'), {
			method: 'PUT',
			body: JSON.stringify({
				_id: 'org.couchdb.user:ancien',
				name: 'ancien',
				type: 'user',
				roles: [],
				password_scheme: 'pbkdf2',
				iterations: 10,
				salt,
				derived_key: pbkdf2Sync('old-password', salt, 10, 20, 'sha1').toString('hex')
			})
		});
		expect(response.status).toBe(201);
	});
	afterAll(async () => {
		await server.stop();
	});

	it('logs in, and that log-in upgrades the hash to PBKDF2-SHA256', async () => {
		expect((await stored(server, 'ancien')).doc.pbkdf2_prf).toBeUndefined();
		expect((await logInAnswer(server, 'ancien', 'wrong-password')).status).toBe(401);
		const answer = await logInAnswer(server, 'ancien', 'old-password');
		expect(answer.status).toBe(200);

		const { doc } = await stored(server, 'ancien');
		expect(doc).toMatchObject({ password_scheme: 'pbkdf2', pbkdf2_prf: 'sha256' });
		expect(doc.iterations).toBeGreaterThanOrEqual(100_000);
		expect(doc.derived_key).toMatch(/^[0-9a-f]{64}$/);

		// The session started by that log-in belongs to the upgraded account.
		const cookie = answer.headers.getSetCookie()[0]?.split(';')[0] ?? '';
		const who = await send(`${server.url}/db/_session`, { headers: { cookie } });
		expect(who.json?.userCtx).toMatchObject({ name: 'ancien' });
		expect((await logInAnswer(server, 'ancien', 'old-password')).status).toBe(200);
	});
});
