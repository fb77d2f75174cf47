// Every limit holds when the requests arrive together: each is taken before the slow work it
// guards (a password check, an account or a plan created, a code looked up, documents written),
// so N identical requests fired at once get exactly what the README says, never more. Raw HTTP
// against the real server; every request of a burst is sent before any answer is read.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeThread } from '../../src/lib/forum/post-factory';
import {
	countStatuses,
	fireTogether,
	relaxedLimits,
	send,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../server/test-helpers';
import { sharingLimits } from './plan-sharing.js';

let server: TestServer;
const db = (path: string) => `${server.url}/db${path}`;

afterAll(async () => {
	await server.stop();
});

describe('limits under bursts', () => {
	beforeAll(async () => {
		server = await startTestServer({
			limits: {
				...relaxedLimits,
				loginFailures: 5,
				signUpsPerHour: 5,
				writesPer10Minutes: 50,
				passwordChecksWaiting: 1_000
			}
		});
	});

	it('checks 5 of 100 wrong passwords sent at once for one name, and the right one then waits', async () => {
		// Created by the admin: the sign-up limit is this suite's to spend.
		await send(`${server.adminUrl}/_users/org.couchdb.user:victim`, {
			method: 'PUT',
			headers: {
				authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`
			},
			body: { name: 'victim', password: 'the-right-one', roles: [], type: 'user' }
		});
		const answers = await fireTogether(100, (i) =>
			send(db('/_session'), { method: 'POST', body: { name: 'victim', password: `guess-${i}` } })
		);
		expect(countStatuses(answers)).toEqual({ 401: 5, 429: 95 });
		const refused = answers.find((answer) => answer.status === 429);
		expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
		const right = await send(db('/_session'), {
			method: 'POST',
			body: { name: 'victim', password: 'the-right-one' }
		});
		expect(right.status).toBe(429);
	});

	it('creates 5 of 12 accounts signed up at once from one address', async () => {
		const answers = await fireTogether(12, (i) =>
			send(db(`/_users/org.couchdb.user:burst-${i}`), {
				method: 'PUT',
				body: {
					_id: `org.couchdb.user:burst-${i}`,
					name: `burst-${i}`,
					password: 'a-good-password',
					roles: [],
					type: 'user'
				}
			})
		);
		expect(countStatuses(answers)).toEqual({ 201: 5, 429: 7 });
	});

	it('writes 50 documents of 100 sent at once in batches of 10 (the write budget)', async () => {
		const cookie = await logInAsAdminMade('writer');
		const answers = await fireTogether(10, () =>
			send(db('/forum/_bulk_docs'), {
				method: 'POST',
				headers: { cookie },
				body: { docs: Array.from({ length: 10 }, () => makeThread('writer')) }
			})
		);
		expect(countStatuses(answers)).toEqual({ 201: 5, 429: 5 });
		const stored = await send(
			db('/forum/_all_docs?startkey=%22thread%3A%22&endkey=%22thread%3B%22')
		);
		expect((stored.json?.rows as unknown[]).length).toBe(50);
	});
});

describe('plans and invitations under bursts', () => {
	beforeAll(async () => {
		await server.stop();
		server = await startTestServer();
	});

	it('shares 20 of 30 plans created at once by one person', async () => {
		const cookie = await signUpAndLogIn(server.url, 'planner');
		const answers = await fireTogether(30, () =>
			send(db('/_passerelle/plans'), {
				method: 'POST',
				headers: { cookie },
				body: { planId: randomUUID(), name: 'Un plan de plus' }
			})
		);
		expect(countStatuses(answers)).toEqual({ 201: sharingLimits.plansPerOwner, 403: 10 });
		const listed = await send(db('/_passerelle/plans'), { headers: { cookie } });
		expect((listed.json?.plans as unknown[]).length).toBe(sharingLimits.plansPerOwner);
	});

	it('looks up 10 of 30 invitation codes guessed at once, and then none', async () => {
		const cookie = await signUpAndLogIn(server.url, 'guesser');
		const answers = await fireTogether(30, (i) =>
			send(db(`/_passerelle/invites/ZZZZ${String(i).padStart(4, '0')}`), {
				method: 'POST',
				headers: { cookie }
			})
		);
		expect(countStatuses(answers)).toEqual({ 404: 10, 429: 20 });
	});
});

/** An account made by the admin (no sign-up slot spent), logged in. */
async function logInAsAdminMade(name: string): Promise<string> {
	await send(`${server.adminUrl}/_users/org.couchdb.user:${name}`, {
		method: 'PUT',
		headers: {
			authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`
		},
		body: { name, password: `pass-${name}-2026`, roles: [], type: 'user' }
	});
	const answer = await send(db('/_session'), {
		method: 'POST',
		body: { name, password: `pass-${name}-2026` }
	});
	return answer.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}
