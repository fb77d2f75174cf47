// Maps are maps: every lookup keyed by a string a visitor chooses uses a Map or an own-property
// check, so names like `constructor`, `__proto__`, `toString`, `valueOf`, `prototype` find
// nothing inherited. Tried as user names, plan ids, query parameters and document fields, through
// the gateway and on the database alone; every answer a clean JSON error or an honest success.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeThread } from '../../src/lib/forum/post-factory';
import {
	databaseCaller,
	isCleanJsonError,
	send,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../server/test-helpers';

const names = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];

let server: TestServer;
let owner: string;
let intruder: string;
let planId: string;
const db = (path: string) => `${server.url}/db${path}`;

beforeAll(async () => {
	server = await startTestServer();
	owner = await signUpAndLogIn(server.url, 'odile');
	// `constructor` and `prototype` are valid user names (lower case, 3 to 32 characters).
	intruder = await signUpAndLogIn(server.url, 'constructor');
	await signUpAndLogIn(server.url, 'prototype');
	planId = randomUUID();
	const shared = await send(db('/_passerelle/plans'), {
		method: 'POST',
		headers: { cookie: owner },
		body: { planId, name: 'Plan privé' }
	});
	expect(shared.status).toBe(201);
});
afterAll(async () => {
	await server.stop();
});

describe('as user names', () => {
	it('a user named constructor is no member of a plan whose id it knows', async () => {
		for (const path of [
			`/_passerelle/plans/${planId}`,
			`/plan-${planId}/_all_docs`,
			`/plan-${planId}`
		]) {
			const answer = await send(db(path), { headers: { cookie: intruder } });
			expect(answer.status, path).toBe(404);
		}
		const write = await send(`${server.adminUrl}/plan-${planId}/_bulk_docs`, {
			method: 'POST',
			headers: await databaseCaller(server, 'constructor'),
			body: { docs: [{ _id: 'item:x', kind: 'item' }] }
		});
		expect(write.status).toBe(403);
	});

	it('names a visitor cannot sign up with are refused cleanly, the others work', async () => {
		for (const name of ['__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
			const answer = await send(db(`/_users/org.couchdb.user:${name}`), {
				method: 'PUT',
				body: {
					_id: `org.couchdb.user:${name}`,
					name,
					password: 'a-good-password',
					roles: [],
					type: 'user'
				}
			});
			expect(answer.status, name).toBe(400);
			expect(isCleanJsonError(answer)).toBe(true);
		}
		const session = await send(db('/_session'), { headers: { cookie: intruder } });
		expect(session.json?.userCtx).toEqual({ name: 'constructor', roles: [] });
		const own = makeThread('constructor');
		const posted = await send(db(`/forum/${own._id}`), {
			method: 'PUT',
			headers: { cookie: intruder },
			body: own
		});
		expect(posted.status).toBe(201);
	});
});

describe('as plan ids, query parameters and document fields', () => {
	it.each(names)('%s as a plan id or invitation code: 404, never a stack', async (name) => {
		for (const path of [
			`/_passerelle/plans/${name}`,
			`/plan-${name}`,
			`/_passerelle/invites/${name}`
		]) {
			const answer = await send(db(path), {
				method: path.includes('invites') ? 'POST' : 'GET',
				headers: { cookie: owner }
			});
			expect([400, 403, 404], path).toContain(answer.status);
			expect(isCleanJsonError(answer), path).toBe(true);
		}
	});

	it.each(names)('%s as a query parameter: 400 with a JSON reason', async (name) => {
		for (const path of [
			'/forum/_all_docs',
			'/forum/_changes',
			`/forum/thread:x`,
			'/_session',
			'/'
		]) {
			const answer = await send(db(`${path}?${encodeURIComponent(name)}=1`));
			expect(answer.status, path).toBe(400);
			expect(isCleanJsonError(answer), path).toBe(true);
		}
	});

	it.each(names)(
		'%s as a document field or type: refused as unknown, at the door and in the database',
		async (name) => {
			const withField = JSON.parse(JSON.stringify({ ...makeThread('odile'), [name]: 'x' }));
			// JSON text, so `__proto__` is an own key as an attacker sends it.
			const text = JSON.stringify(withField)
				.replace('"x"}', '"x"}')
				.replace(`"${name}":"x"`, `"${name}":{"polluted":true}`);
			const answer = await send(db('/forum/_bulk_docs'), {
				method: 'POST',
				headers: { cookie: owner },
				body: `{"docs":[${text}]}`
			});
			expect(answer.status).toBeLessThan(500);
			expect(JSON.stringify(answer.json)).toMatch(/forbidden|bad_request/);
			const typed = await send(`${server.adminUrl}/forum/_bulk_docs`, {
				method: 'POST',
				headers: await databaseCaller(server, 'odile'),
				body: { docs: [{ ...makeThread('odile'), type: name }] }
			});
			expect(typed.json).toEqual([
				expect.objectContaining({ error: 'forbidden', reason: 'type must be "thread" or "reply"' })
			]);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		}
	);
});
