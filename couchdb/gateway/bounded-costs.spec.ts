// Every request and every address has a bounded cost: password checks a few at a time (then 429),
// open change feeds counted per address and in all (and, behind them, one read of the changes per
// database for every waiting feed), no repeated keys and no answer past its bound, deletions that
// carry nothing, bodies bounded once parsed. Raw HTTP against the real server.
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeThread } from '../../src/lib/forum/post-factory';
import { createPasswordWork } from './password-work.js';
import {
	countStatuses,
	databaseCaller,
	embeddedOnly,
	fireTogether,
	insertAsAdmin,
	isCleanJsonError,
	logIn,
	relaxedLimits,
	send,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../server/test-helpers';

let server: TestServer;
let cookie: string;
const db = (path: string) => `${server.url}/db${path}`;

beforeAll(async () => {
	server = await startTestServer({
		limits: { ...relaxedLimits, passwordChecks: 2, passwordChecksWaiting: 4, feedsPerAddress: 3 },
		maxAnswerBytes: 64 * 1024
	});
	cookie = await signUpAndLogIn(server.url, 'alice');
	// An account whose password takes a million PBKDF2 rounds to check (~0.3 s).
	const salt = randomBytes(16).toString('hex');
	const key = pbkdf2Sync('pass-slow-2026', salt, 1_000_000, 32, 'sha256').toString('hex');
	await insertAsAdmin(server, '_users', [
		{
			_id: 'org.couchdb.user:slow',
			type: 'user',
			name: 'slow',
			roles: [],
			password_scheme: 'pbkdf2',
			pbkdf2_prf: 'sha256',
			iterations: 1_000_000,
			salt,
			derived_key: key
		}
	]);
});
afterAll(async () => {
	await server.stop();
});

describe('password checks', () => {
	it('runs two at a time with four waiting, and asks the others to come back (429, Retry-After)', async () => {
		// Each check takes ~0.3 s here (a million PBKDF2 rounds): 40 log-ins sent together
		// outrun them, however slowly the machine delivers them.
		const answers = await fireTogether(40, () =>
			send(db('/_session'), {
				method: 'POST',
				body: { name: 'slow', password: 'pass-slow-2026' }
			})
		);
		const counts = countStatuses(answers);
		expect((counts[200] ?? 0) + (counts[429] ?? 0)).toBe(40);
		expect(counts[200]).toBeGreaterThanOrEqual(6);
		expect(counts[429]).toBeGreaterThan(0);
		const busy = answers.find((answer) => answer.status === 429);
		expect(busy?.headers.get('retry-after')).toBe('1');
		expect(busy?.json?.reason).toMatch(/checking many passwords/);
		// Afterwards log-ins work again.
		expect(await logIn(server.url, 'alice', 'pass-alice-2026')).toMatch(/^AuthSession=/);
	});

	it('holds exactly two checks and four waiting, whatever arrives (unit, checks held open)', async () => {
		const work = createPasswordWork({ concurrency: 2, waiting: 4 });
		const gates: (() => void)[] = [];
		const held = () => new Promise<void>((done) => gates.push(done));
		const runs = Array.from({ length: 16 }, () =>
			work.run(held).then(
				() => 200,
				(error: { status?: number }) => error.status
			)
		);
		await new Promise((done) => setImmediate(done));
		expect(work.load).toEqual({ running: 2, waiting: 4 });
		while (gates.length > 0) {
			gates.shift()?.();
			await new Promise((done) => setImmediate(done));
		}
		const statuses = await Promise.all(runs);
		expect(statuses.filter((status) => status === 200)).toHaveLength(6);
		expect(statuses.filter((status) => status === 429)).toHaveLength(10);
	});
});

describe('open change feeds', () => {
	const longPoll = (signal: AbortSignal) =>
		fetch(db('/forum/_changes?feed=longpoll&since=now&timeout=30000'), { signal });

	it('takes 3 long-polls from one address, refuses the 4th with Retry-After, and frees a slot when one closes', async () => {
		const controllers = Array.from({ length: 3 }, () => new AbortController());
		const open = controllers.map((controller) =>
			longPoll(controller.signal).catch(() => undefined)
		);
		// The three are counted once the engine holds them.
		await waitFor(() => server.openFeeds() === 3);
		const fourth = await send(db('/forum/_changes?feed=longpoll&since=now&timeout=30000'));
		expect(fourth.status).toBe(429);
		expect(fourth.headers.get('retry-after')).toBe('10');
		controllers[0]?.abort();
		await waitFor(() => server.openFeeds() === 2);
		const again = new AbortController();
		const fifth = longPoll(again.signal).catch(() => undefined);
		await waitFor(() => server.openFeeds() === 3);
		for (const controller of [...controllers, again]) controller.abort();
		await Promise.all([...open, fifth]);
	});

	const oneListener = embeddedOnly(
		'counts its own reads; Apache CouchDB has one updater per database'
	);
	it.skipIf(oneListener.skip)(
		oneListener.title('wakes every waiting feed of a database with one read of the changes'),
		async () => {
			const engine = server.backend.engine;
			if (!engine) throw new Error('the embedded database is expected here');
			const cookies = await Promise.all(
				['bob', 'carla', 'dan'].map((name) => signUpAndLogIn(server.url, name))
			);
			// Started, not awaited: a long-poll's answer comes with the change.
			const feeds = cookies.map((own) =>
				fetch(db('/forum/_changes?feed=longpoll&since=now&timeout=30000'), {
					headers: { cookie: own }
				}).then((response) => response.json())
			);
			await waitFor(() => engine.feeds.waiting() === 3);
			const readsBefore = engine.feeds.wakeReads;
			const thread = makeThread('alice');
			const written = await send(db('/forum/_bulk_docs'), {
				method: 'POST',
				headers: { cookie },
				body: { docs: [thread] }
			});
			expect(written.status).toBe(201);
			for (const answer of await Promise.all(feeds)) {
				expect(answer.results.map((r: { id: string }) => r.id)).toContain(thread._id);
			}
			expect(engine.feeds.wakeReads - readsBefore).toBe(1);
		}
	);
});

describe('reads', () => {
	it('refuses a key repeated in _all_docs and _bulk_get, and more than 10,000 keys', async () => {
		const repeated = await send(db('/forum/_all_docs?include_docs=true'), {
			method: 'POST',
			body: { keys: Array.from({ length: 10_000 }, () => 'thread:x') }
		});
		expect(repeated.status).toBe(400);
		expect(repeated.json?.reason).toMatch(/repeat/);
		const tooMany = await send(db('/forum/_all_docs'), {
			method: 'POST',
			body: { keys: Array.from({ length: 10_001 }, (_, i) => `thread:${i}`) }
		});
		expect(tooMany.status).toBe(400);
		const bulkGet = await send(db('/forum/_bulk_get'), {
			method: 'POST',
			body: { docs: [{ id: 'thread:x' }, { id: 'thread:x' }] }
		});
		expect(bulkGet.status).toBe(400);
	});

	const bound = embeddedOnly('its bound on an answer held in memory; Apache CouchDB streams lists');
	it.skipIf(bound.skip)(
		bound.title(
			'answers a list past its bound with a JSON 413, and the same list without documents'
		),
		async () => {
			const docs = Array.from({ length: 100 }, () =>
				makeThread('alice', { body: 'Un long message. '.repeat(60) })
			);
			await insertAsAdmin(server, 'forum', docs);
			const withDocs = await send(db('/forum/_all_docs?include_docs=true'));
			expect(withDocs.status).toBe(413);
			expect(isCleanJsonError(withDocs)).toBe(true);
			const ids = await send(db('/forum/_all_docs'));
			expect(ids.status).toBe(200);
		}
	);
});

describe('writes', () => {
	it('refuses a deletion that carries anything but its id and revision, at the door and in the database', async () => {
		const thread = makeThread('alice');
		const saved = await send(db(`/forum/${thread._id}`), {
			method: 'PUT',
			headers: { cookie },
			body: thread
		});
		const heavy = {
			_id: thread._id,
			_rev: saved.json?.rev,
			_deleted: true,
			padding: 'x'.repeat(100_000)
		};
		const atDoor = await send(db('/forum/_bulk_docs'), {
			method: 'POST',
			headers: { cookie },
			body: { docs: [heavy] }
		});
		expect(atDoor.status).toBe(403);
		const alone = await send(`${server.adminUrl}/forum/_bulk_docs`, {
			method: 'POST',
			headers: await databaseCaller(server, 'alice'),
			body: { docs: [heavy] }
		});
		expect(alone.json).toEqual([
			expect.objectContaining({
				error: 'forbidden',
				reason: 'a deletion carries only its id and revision'
			})
		]);
		const plain = await send(db(`/forum/${thread._id}?rev=${saved.json?.rev}`), {
			method: 'DELETE',
			headers: { cookie }
		});
		expect(plain.status).toBe(200);
	});

	it('refuses a 1 MB body that parses into too many values, before anything else', async () => {
		const flood = JSON.stringify({ docs: Array.from({ length: 250_000 }, () => []) });
		expect(flood.length).toBeLessThan(1_048_576);
		const answer = await send(db('/forum/_bulk_docs'), {
			method: 'POST',
			headers: { cookie },
			body: flood
		});
		expect(answer.status).toBe(413);
		expect(answer.json?.reason).toMatch(/more than 100000 values/);
	});
});

describe('after all of it', () => {
	it('still serves a reader and a log-in', async () => {
		expect((await send(db('/forum/_all_docs?limit=1'))).status).toBe(200);
		expect(await logIn(server.url, 'alice', 'pass-alice-2026')).toMatch(/^AuthSession=/);
	});
});

/** Waits for a condition the server reaches by itself (polled, never a fixed sleep). */
async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
	const start = Date.now();
	while (!check()) {
		if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
		await new Promise((done) => setImmediate(done));
	}
}
