// No request can stop the server: the server killed outright (npm start starts it again), rules deleted,
// malformed input of every kind and oversized requests, over raw HTTP against the real server.
// Each answer is a JSON error a client can show, and the server keeps serving.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeThread } from '../../src/lib/forum/post-factory';
import { provision } from '../provision-lib.js';
import { createDesignGuard } from './design-guard.js';
import {
	adminFetch,
	isCleanJsonError,
	newCheckpointId,
	putForumDoc,
	send,
	signUpAndLogIn,
	startServerProcess,
	startTestServer,
	type Answer,
	type TestServer
} from '../server/test-helpers';

/** A fresh server for the enclosing block, with alice signed up and logged in. */
function serverWithAlice(options: Parameters<typeof startTestServer>[0] = {}) {
	const ctx = { server: undefined as unknown as TestServer, cookie: '' };
	beforeAll(async () => {
		ctx.server = await startTestServer(options);
		ctx.cookie = await signUpAndLogIn(ctx.server.url, 'alice');
	});
	afterAll(async () => {
		await ctx.server.stop();
	});
	return ctx;
}

/** A request whose path is sent exactly as written (fetch would normalise `..` and `%2E`). */
function rawGet(url: string, path: string): Promise<Answer> {
	const { hostname, port } = new URL(url);
	return new Promise((done, fail) => {
		const sent = request({ hostname, port, path, method: 'GET' }, (answer) => {
			let text = '';
			answer.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
			answer.on('end', () => {
				const headers = new Headers(answer.headers as Record<string, string>);
				let json;
				try {
					json = JSON.parse(text) as Record<string, unknown>;
				} catch {
					json = undefined;
				}
				done({ status: answer.statusCode ?? 0, headers, text, json });
			});
		});
		sent.on('error', fail);
		sent.end();
	});
}

describe('the server killed outright', () => {
	it('is started again by npm start, with its data, while nothing else is needed', async () => {
		const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-supervised-'));
		const running = await startServerProcess(dataDir);
		try {
			const cookie = await signUpAndLogIn(running.url, 'alice');
			const thread = makeThread('alice');
			expect((await putForumDoc(running, thread, cookie)).status).toBe(201);

			const again = running.restarted();
			process.kill(running.pid, 'SIGKILL');
			const restarted = await again;
			expect(restarted.pid).not.toBe(running.pid);
			expect(restarted.url).toBe(running.url); // same port
			expect(running.output()).toMatch(/The server stopped \(SIGKILL\); starting it again/);

			// The session and the post survived: a restart logs nobody out.
			const stored = await send(`${running.url}/db/forum/${thread._id}`);
			expect(stored.json).toMatchObject({ body: thread.body, author: 'alice' });
			expect((await putForumDoc(running, makeThread('alice'), cookie)).status).toBe(201);
		} finally {
			await running.stop();
			await rm(dataDir, { recursive: true, force: true });
		}
	}, 60_000);
});

describe('the forum’s rules deleted from the database', () => {
	const ctx = serverWithAlice();

	const put = (doc: { _id: string }) => putForumDoc(ctx.server, doc, ctx.cookie);

	it('pauses writes with a clear reason, keeps reads, and provisioning brings writes back', async () => {
		const design = await adminFetch(ctx.server, '/forum/_design/forum').then((r) => r.json());
		await adminFetch(ctx.server, `/forum/_design/forum?rev=${design._rev}`, { method: 'DELETE' });

		// Without its rules the database would store this forged post as camille's.
		const forged = makeThread('camille');
		const paused = await put(forged);
		expect(paused.status).toBe(503);
		expect(isCleanJsonError(paused)).toBe(true);
		expect(paused.json?.reason).toMatch(/rules .* missing.*provisioning/i);
		const bulk = await send(`${ctx.server.url}/db/forum/_bulk_docs`, {
			method: 'POST',
			headers: { cookie: ctx.cookie },
			body: { docs: [makeThread('alice')] }
		});
		expect(bulk.status).toBe(503);
		expect((await adminFetch(ctx.server, `/forum/${forged._id}`)).status).toBe(404);
		expect((await send(`${ctx.server.url}/db/forum/_all_docs`)).status).toBe(200);

		await provision({
			url: ctx.server.adminUrl,
			user: ctx.server.admin.name,
			password: ctx.server.admin.password
		});
		expect((await put(forged)).status).toBe(403);
		expect((await put(makeThread('alice'))).status).toBe(201);
	});
});

describe('the design guard (unit, injected clock)', () => {
	/** An admin client whose database has, or has not, the forum's rules. */
	function fakeDatabase() {
		const state = { present: true, reads: 0 };
		const admin = {
			baseUrl: 'http://db.invalid',
			request: async () => {
				state.reads++;
				return state.present
					? { status: 200, body: { validate_doc_update: 'function () {}' } }
					: { status: 404, body: { error: 'not_found' } };
			}
		};
		return { state, admin };
	}

	it('remembers the rules for its ttl, then looks again and pauses writes', async () => {
		let now = 0;
		const { state, admin } = fakeDatabase();
		const guard = createDesignGuard({ admin, ttlMs: 30_000, now: () => now });
		await guard.ensureRules('forum', 'forum');
		state.present = false;
		now = 29_999;
		await guard.ensureRules('forum', 'forum');
		expect(state.reads).toBe(1);
		now = 30_000;
		await expect(guard.ensureRules('forum', 'forum')).rejects.toMatchObject({ status: 503 });
	});

	it('never remembers their absence: restored rules are seen at the next write', async () => {
		const { state, admin } = fakeDatabase();
		state.present = false;
		const guard = createDesignGuard({ admin, now: () => 0 });
		await expect(guard.ensureRules('forum', 'forum')).rejects.toMatchObject({ status: 503 });
		state.present = true;
		await expect(guard.ensureRules('forum', 'forum')).resolves.toBeUndefined();
	});
});

describe('malformed input', () => {
	const ctx = serverWithAlice();

	const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
	const garbage = randomBytes(4096).toString('latin1');
	const id = 'thread:0000000aa-malformed';
	const bodies = {
		'bad JSON': '{"docs": [',
		'100,000 unclosed [': '['.repeat(100_000),
		'100,000 nested lists': deep(100_000),
		'a string': '"text"',
		'a number': '42',
		null: 'null',
		'a list': '[]',
		'binary garbage': garbage,
		'a byte-order mark': '\uFEFF{}'
	};
	const targets: [string, string, Record<string, string>?][] = [
		['POST', '/forum/_bulk_docs'],
		['PUT', `/forum/${id}`],
		['POST', '/forum/_all_docs'],
		['POST', '/forum/_bulk_get'],
		['POST', '/forum/_revs_diff'],
		['PUT', `/forum/_local/${newCheckpointId()}`],
		['POST', '/_session', {}],
		['PUT', '/_users/org.couchdb.user:zoe', {}]
	];
	const bodyCases = Object.entries(bodies).flatMap(([kind, body]) =>
		targets.map(
			([method, path, headers]) =>
				[`${kind} to ${method} ${path}`, method, path, body, headers] as const
		)
	);

	it.each(bodyCases)('%s → JSON 4xx', async (_name, method, path, body, headers) => {
		const answer = await send(`${ctx.server.url}/db${path}`, {
			method,
			headers: headers ?? { cookie: ctx.cookie },
			body
		});
		expect(answer.status, answer.text).toBeGreaterThanOrEqual(400);
		expect(answer.status, answer.text).toBeLessThan(500);
		expect(isCleanJsonError(answer), answer.text).toBe(true);
	});

	const shapeCases: [string, number, string, string, unknown][] = [
		[
			'a post nested 100,000 deep',
			400,
			'PUT',
			`/forum/${id}`,
			`{"_id":"${id}","x":${deep(100_000)}}`
		],
		[
			'atts_since nested 100,000 deep',
			400,
			'POST',
			'/forum/_bulk_get',
			`{"docs":[{"id":"x","atts_since":${deep(100_000)}}]}`
		],
		['docs that are not objects', 400, 'POST', '/forum/_bulk_docs', { docs: [null, [], 'x'] }],
		['docs that is not a list', 400, 'POST', '/forum/_bulk_docs', { docs: 'x' }],
		['no docs', 400, 'POST', '/forum/_bulk_docs', { docs: [] }],
		[
			'new_edits that is not a boolean',
			400,
			'POST',
			'/forum/_bulk_docs',
			{ docs: [makeThread('alice')], new_edits: 'no' }
		],
		[
			'an unknown bulk field',
			400,
			'POST',
			'/forum/_bulk_docs',
			{ docs: [makeThread('alice')], all_or_nothing: true }
		],
		['keys that are not ids', 400, 'POST', '/forum/_all_docs', { keys: [1, { a: 1 }] }],
		['a revs_diff that is not revisions', 400, 'POST', '/forum/_revs_diff', { x: ['not-a-rev'] }],
		[
			'a bulk_get with unknown fields',
			400,
			'POST',
			'/forum/_bulk_get',
			{ docs: [{ id: 'x', rev: '1-a', y: 1 }] }
		],
		['a document whose id differs from its path', 403, 'PUT', `/forum/${id}`, makeThread('alice')]
	];

	it.each(shapeCases)('%s → %i', async (_name, status, method, path, body) => {
		const answer = await send(`${ctx.server.url}/db${path}`, {
			method,
			headers: { cookie: ctx.cookie },
			body
		});
		expect(answer.status, answer.text).toBe(status);
		expect(isCleanJsonError(answer), answer.text).toBe(true);
	});

	it.each([
		['text/plain', 'text/plain'],
		['a form', 'application/x-www-form-urlencoded'],
		['no content type', '']
	])('refuses %s as a body → 415', async (_name, type) => {
		const answer = await send(`${ctx.server.url}/db/_session`, {
			method: 'POST',
			headers: { 'content-type': type },
			body: 'name=alice&password=pass-alice-2026'
		});
		expect(answer.status).toBe(415);
		expect(isCleanJsonError(answer)).toBe(true);
	});

	it.each<[string, number, string]>([
		['a bad percent-encoding', 400, '/db/forum/%E0%A4%A'],
		['a broken escape', 400, '/db/forum/%zz'],
		['a dot-dot segment', 400, '/db/forum/..'],
		['an encoded dot-dot segment', 400, '/db/forum/%2E%2E'],
		['an encoded dot segment', 400, '/db/forum/%2e'],
		['an empty segment', 400, '/db/forum//_all_docs'],
		['a bad key parameter', 400, '/db/forum/_all_docs?key=%E0%A4%A'],
		['a 10 kB URL', 414, `/db/forum/${'x'.repeat(10_000)}`]
	])('refuses %s → %i', async (_name, status, path) => {
		const answer = await rawGet(ctx.server.url, path);
		expect(answer.status, answer.text).toBe(status);
		expect(isCleanJsonError(answer), answer.text).toBe(true);
	});

	it('refuses a sign-up that smuggles roles (duplicate key, __proto__) and creates nothing', async () => {
		const duplicate = await send(`${ctx.server.url}/db/_users/org.couchdb.user:mallory`, {
			method: 'PUT',
			body: '{"name":"mallory","password":"pass-mallory","type":"user","roles":[],"roles":["_admin"]}'
		});
		expect(duplicate.status).toBe(403);
		const proto = await send(`${ctx.server.url}/db/_users/org.couchdb.user:mallory`, {
			method: 'PUT',
			body: '{"name":"mallory","password":"pass-mallory","type":"user","__proto__":{"roles":["_admin"]}}'
		});
		expect(proto.status).toBe(400);
		expect((await adminFetch(ctx.server, '/_users/org.couchdb.user:mallory')).status).toBe(404);
	});

	it('kept serving through all of it', async () => {
		expect((await send(`${ctx.server.url}/db/`)).status).toBe(200);
		const thread = makeThread('alice');
		const written = await putForumDoc(ctx.server, thread, ctx.cookie);
		expect(written.status).toBe(201);
	});
});

describe('request size and write limits', () => {
	const ctx = serverWithAlice();

	const oversized = () => ({ ...makeThread('alice'), padding: 'x'.repeat(1_100_000) });

	it('refuses a body over 1 MB with a JSON 413, declared or streamed', async () => {
		const doc = oversized();
		const declared = await putForumDoc(ctx.server, doc, ctx.cookie);
		expect(declared.status).toBe(413);
		expect(isCleanJsonError(declared)).toBe(true);

		// Chunked, without a Content-Length: the cap holds while reading.
		const bytes = new TextEncoder().encode(JSON.stringify(doc));
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let at = 0; at < bytes.length; at += 65_536) {
					controller.enqueue(bytes.subarray(at, at + 65_536));
				}
				controller.close();
			}
		});
		const streamed = await fetch(`${ctx.server.url}/db/forum/${doc._id}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', cookie: ctx.cookie },
			body: stream,
			duplex: 'half'
		} as RequestInit);
		expect(streamed.status).toBe(413);
		expect((await streamed.json()).error).toBe('too_large');
		expect((await adminFetch(ctx.server, `/forum/${doc._id}`)).status).toBe(404);
	});

	it('takes 200 documents in one _bulk_docs (the outbox sends 100), not 201', async () => {
		const docs = (count: number) => Array.from({ length: count }, () => makeThread('alice'));
		const tooMany = await send(`${ctx.server.url}/db/forum/_bulk_docs`, {
			method: 'POST',
			headers: { cookie: ctx.cookie },
			body: { docs: docs(201) }
		});
		expect(tooMany.status).toBe(400);
		expect(tooMany.json?.reason).toMatch(/1 to 200/);
		const most = await send(`${ctx.server.url}/db/forum/_bulk_docs`, {
			method: 'POST',
			headers: { cookie: ctx.cookie },
			body: { docs: docs(200) }
		});
		expect(most.status).toBe(201);
		expect((most.json as unknown as { ok?: boolean }[]).every((result) => result.ok)).toBe(true);
	});
});

describe('the write budget per address', () => {
	const ctx = serverWithAlice({ limits: { writesPer10Minutes: 10 } });

	it('answers 429 with Retry-After once spent, stores nothing more, and keeps reads open', async () => {
		for (let i = 0; i < 10; i++) {
			const thread = makeThread('alice');
			const answer = await putForumDoc(ctx.server, thread, ctx.cookie);
			expect(answer.status, `write ${i + 1}`).toBe(201);
		}
		const extra = makeThread('alice');
		const refused = await putForumDoc(ctx.server, extra, ctx.cookie);
		expect(refused.status).toBe(429);
		expect(isCleanJsonError(refused)).toBe(true);
		const retryAfter = Number(refused.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThan(0);
		expect(retryAfter).toBeLessThanOrEqual(600);
		const bulk = await send(`${ctx.server.url}/db/forum/_bulk_docs`, {
			method: 'POST',
			headers: { cookie: ctx.cookie },
			body: { docs: [makeThread('alice')] }
		});
		expect(bulk.status).toBe(429);
		expect((await adminFetch(ctx.server, `/forum/${extra._id}`)).status).toBe(404);
		const all = await send(`${ctx.server.url}/db/forum/_all_docs`);
		expect(all.status).toBe(200);
		const rows = (all.json?.rows ?? []) as { id: string }[];
		expect(rows.filter((row) => row.id.startsWith('thread:'))).toHaveLength(10);
	});
});
