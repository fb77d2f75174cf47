// The `_users` rules (couchdb/users/_design/passerelle/validate_doc_update.js) on the database
// alone, without the gateway in front: what holds even for a request that bypasses the door.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reservedNames } from '../gateway/accounts.js';
import { stripHeader } from '../provision-lib.js';
import {
	adminFetch,
	databaseCaller,
	send,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../server/test-helpers';

const vduFile = new URL('./_design/passerelle/validate_doc_update.js', import.meta.url);
type UserCtx = { name: string | null; roles: string[] };
type Validate = (newDoc: object, oldDoc: object | null, userCtx: UserCtx) => void;
/** The rules as provisioning stores them and CouchDB runs them: the function's source text. */
const validateUserDoc = new Function(
	`return (${stripHeader(await readFile(vduFile, 'utf8'))})`
)() as Validate;
const accountPath = (name: string) => `/_users/org.couchdb.user:${name}`;

let server: TestServer;
/** Requests to the database itself as alice, and as a visitor. */
let alice: Record<string, string>;
let visitor: Record<string, string>;

/** A write to `_users` on the database itself, with `headers` (admin's when absent). */
function write(name: string, doc: Record<string, unknown>, headers?: Record<string, string>) {
	const url = `${server.adminUrl}${accountPath(name)}`;
	const body = { _id: `org.couchdb.user:${name}`, name, type: 'user', ...doc };
	if (headers) return send(url, { method: 'PUT', headers, body });
	return adminFetch(server, accountPath(name), { method: 'PUT', body: JSON.stringify(body) }).then(
		async (response) => ({ status: response.status, json: await response.json() })
	);
}

async function storedAccount(name: string) {
	return adminFetch(server, accountPath(name)).then((r) => r.json());
}

beforeAll(async () => {
	server = await startTestServer();
	await signUpAndLogIn(server.url, 'alice');
	alice = await databaseCaller(server, 'alice');
	visitor = await databaseCaller(server, null);
});

afterAll(async () => {
	await server.stop();
});

describe('_users on the database alone', () => {
	it('refuses a user who gives themselves a role', async () => {
		// express-pouchdb counts an account's owner as an admin on their own document, which
		// would skip every rule below: the backend refuses users' writes to _users outright.
		const own = await storedAccount('alice');
		const answer = await write('alice', { ...own, roles: ['moderator'] }, alice);
		expect(answer.status).toBe(403);
		expect((await storedAccount('alice')).roles).toEqual([]);
		const login = await send(`${server.url}/db/_session`, {
			method: 'POST',
			body: { name: 'alice', password: 'pass-alice-2026' }
		});
		expect(login.json?.roles).toEqual([]);
	});

	it('refuses a visitor’s account that comes with a role', async () => {
		const answer = await write('eve', { password: 'pass-eve-2026', roles: ['moderator'] }, visitor);
		// Apache CouchDB's answer to a visitor: `_users` has only the admins as members.
		expect(answer.status).toBe(401);
		expect((await adminFetch(server, accountPath('eve'))).status).toBe(404);
	});

	it('refuses an update that drops the password hash, even by the admin', async () => {
		const { derived_key, salt, iterations, password_scheme, pbkdf2_prf, ...rest } =
			await storedAccount('alice');
		expect([derived_key, salt, iterations, password_scheme, pbkdf2_prf]).not.toContain(undefined);
		const answer = await write('alice', { ...rest, displayName: 'Sans mot de passe' });
		expect(answer.status).toBe(403);
		expect(answer.json?.reason).toBe('An account update must keep its password.');
		expect((await write('alice', { ...rest }, alice)).status).toBe(403);
		expect((await storedAccount('alice')).derived_key).toBe(derived_key);
	});

	it('lets the admin give a role', async () => {
		const own = await storedAccount('alice');
		expect((await write('alice', { ...own, roles: ['moderator'] })).status).toBe(201);
		expect((await storedAccount('alice')).roles).toEqual(['moderator']);
	});

	it.each([...reservedNames])('refuses the reserved name %j, even to the admin', async (name) => {
		const answer = await write(name, { password: 'pass-reserved', roles: [] });
		expect(answer.status).toBe(403);
		expect(answer.json?.reason).toBe('This name is reserved.');
	});
});

describe('the _users rules themselves (as Apache CouchDB runs them)', () => {
	const user = { name: 'alice', roles: [] };
	const admin = { name: null, roles: ['_admin'] };
	const stored = {
		_id: 'org.couchdb.user:alice',
		_rev: '1-abc',
		name: 'alice',
		type: 'user',
		roles: [],
		derived_key: 'ab',
		salt: 'cd'
	};
	const reason = (run: () => void) => {
		try {
			run();
		} catch (error) {
			return (error as { forbidden?: string }).forbidden;
		}
		return undefined;
	};

	it('refuse a role a user gives themselves, on a new account or an update', () => {
		expect(reason(() => validateUserDoc({ ...stored, roles: ['moderator'] }, stored, user))).toBe(
			'Only an administrator may change roles.'
		);
		const fresh = { ...stored, _rev: undefined, name: 'eve', roles: ['moderator'] };
		expect(reason(() => validateUserDoc(fresh, null, { name: null, roles: [] }))).toBe(
			'Only an administrator may give roles.'
		);
		expect(reason(() => validateUserDoc({ ...stored, roles: ['moderator'] }, stored, admin))).toBe(
			undefined
		);
	});

	it('keep the password hash through an update', () => {
		const { derived_key, ...withoutHash } = stored;
		expect(derived_key).toBeDefined();
		expect(reason(() => validateUserDoc(withoutHash, stored, admin))).toBe(
			'An account update must keep its password.'
		);
		expect(reason(() => validateUserDoc({ ...withoutHash, password: 'x' }, stored, user))).toBe(
			undefined
		);
	});
});

describe('the reserved names', () => {
	it('are the same in the _users rules as in the gateway', async () => {
		const source = await readFile(vduFile, 'utf8');
		const list = /var RESERVED = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
		const parsed = [...list.matchAll(/'([^']+)'/g)].map((match) => match[1]);
		expect(parsed.length).toBeGreaterThan(0);
		expect(new Set(parsed)).toEqual(new Set(reservedNames));
	});

	it('are each refused by the rules themselves, and a plain name is not', () => {
		const admin = { name: null, roles: ['_admin'] };
		for (const name of reservedNames) {
			const doc = { _id: `org.couchdb.user:${name}`, name, type: 'user', roles: [] };
			expect(() => validateUserDoc(doc, null, admin), name).toThrow();
		}
		const plain = { _id: 'org.couchdb.user:alice', name: 'alice', type: 'user', roles: [] };
		expect(() => validateUserDoc(plain, null, admin)).not.toThrow();
	});
});
