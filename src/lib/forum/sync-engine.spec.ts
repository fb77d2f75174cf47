// The sync engine against the real embedded server over HTTP (Node: PouchDB on LevelDB stands
// in for the browser's IndexedDB; the replication logic is the engine's own).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDBNode from 'pouchdb-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
	insertAsAdmin,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../../../couchdb/server/test-helpers';
import { startTestProxy, type TestProxy } from '../../../couchdb/server/test-proxy';
import type { Thread } from '$lib/schemas/forum';
import { newReplyId, newThreadId } from './ids';
import { makePoisonedDocs, makeReply, makeThread } from './post-factory';
import { pendingIds } from './outbox';
import { createReply, createThread, discardPost, editPost } from './posts';
import type { PouchConstructor, PouchDatabase, PouchDoc } from './pouch-types';
import { checkServerDoc, type SetAsideList } from './set-aside';
import { SyncEngine, type SyncEngineOptions, type SyncState } from './sync-engine';
import { everything, type SyncScope } from './sync-scope';

const PouchDB = PouchDBNode as unknown as PouchConstructor & {
	fetch: typeof fetch;
	defaults(options: object): PouchConstructor;
};

let folder: string;
const engines: SyncEngine[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
	folder = await mkdtemp(join(tmpdir(), 'passerelle-sync-'));
});
afterAll(async () => {
	await rm(folder, { recursive: true, force: true });
});
afterEach(async () => {
	for (const engine of engines.splice(0)) engine.stop();
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

/** A device: a local database and the HTTP client of a user (a mutable session cookie). */
function device(name: string, baseUrl: string, session: { cookie?: string } = {}) {
	const withCookie = (init: RequestInit = {}): RequestInit => {
		const headers = new Headers(init.headers);
		if (session.cookie) headers.set('cookie', session.cookie);
		return { ...init, headers };
	};
	const clientFetch: typeof fetch = (input, init) => fetch(input, withCookie(init));
	const local = new PouchDB(join(folder, `${name}-${Math.random().toString(36).slice(2)}`));
	/** Every URL the live pull (PouchDB's HTTP client) asked for. */
	const pullRequests: string[] = [];
	const remote = new PouchDB(`${baseUrl}/db/forum`, {
		fetch: (url: string, init: { headers: Headers }) => {
			pullRequests.push(url);
			if (session.cookie) init.headers.set('cookie', session.cookie);
			return PouchDB.fetch(url, init as RequestInit);
		}
	});
	cleanups.push(() => local.destroy());
	return {
		local,
		remote,
		fetch: clientFetch,
		session,
		remoteUrl: `${baseUrl}/db/forum`,
		pullRequests
	};
}

function engineFor(
	dev: ReturnType<typeof device>,
	options: Partial<SyncEngineOptions> = {}
): SyncEngine {
	const engine = new SyncEngine({
		local: dev.local,
		remote: dev.remote,
		remoteUrl: dev.remoteUrl,
		fetch: dev.fetch,
		retryDelaysMs: [100, 200, 400],
		probeIntervalMs: 200,
		probeTimeoutMs: 1_000,
		...options
	});
	engines.push(engine);
	return engine;
}

async function waitFor<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<T> {
	const start = Date.now();
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
		await new Promise((done) => setTimeout(done, 50));
	}
}

async function forumIds(db: PouchDatabase): Promise<string[]> {
	const all = await db.allDocs();
	return all.rows
		.map((row) => `${row.id}@${row.value.rev}`)
		.filter((id) => !id.startsWith('_design/'))
		.sort();
}

async function serverIds(server: Pick<TestServer, 'url'>): Promise<string[]> {
	const remote = new PouchDB(`${server.url}/db/forum`);
	return forumIds(remote);
}

/** The real `npm start` server in a child process, so a test can SIGKILL it. */
async function startServerProcess(dataDir: string, port = 0) {
	const buildDir = join(dataDir, 'build');
	await mkdir(buildDir, { recursive: true });
	await writeFile(join(buildDir, 'index.html'), '<!doctype html><title>shell</title>');
	const admin = { name: 'admin', password: 'kill-test-secret' };
	const child = spawn(process.execPath, ['couchdb/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: join(dataDir, 'data'),
			BUILD_DIR: buildDir,
			FORUM_DEMO: '0',
			COUCHDB_USER: admin.name,
			COUCHDB_PASSWORD: admin.password
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let output = '';
	const [url, adminUrl] = await new Promise<[string, string]>((done, fail) => {
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /running at (http:\/\/[^/\s]+)\//.exec(output);
			const admin = /admin credentials\): (http:\/\/[^/\s]+)\//.exec(output);
			if (match?.[1] && admin?.[1]) done([match[1], admin[1]]);
		});
		child.on('exit', (code) => fail(new Error(`server exited with ${code}: ${output}`)));
	});
	return {
		url,
		adminUrl,
		admin,
		port: Number(new URL(url).port),
		kill: async () => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGKILL');
			await once(child, 'exit');
		}
	};
}

type ServerWithAdmin = { adminUrl: string; admin: { name: string; password: string } };

async function seed(server: ServerWithAdmin, count: number, author = 'seeder'): Promise<void> {
	const docs: PouchDoc[] = [];
	for (let i = 0; i < count; i++) {
		const thread = makeThread(author, { title: `Sujet ${i}` });
		docs.push(thread, makeReply(author, thread._id));
	}
	await seedDocs(server, docs);
}

function seedDocs(server: ServerWithAdmin, docs: PouchDoc[]): Promise<void> {
	return insertAsAdmin(server, 'forum', docs);
}

describe('first sync', () => {
	it('resumes after the server is killed mid-sync and ends with exactly its documents', async () => {
		const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-kill-'));
		cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
		let server = await startServerProcess(dataDir);
		cleanups.push(() => server.kill());
		await seed(server, 1_000);
		const dev = device('kill', server.url);
		const engine = engineFor(dev, { initialBatchSize: 100 });
		engine.start();
		await waitFor(() => (engine.status.loaded ?? 0) >= 200, 30_000);
		await server.kill(); // SIGKILL, mid-sync
		await waitFor(() => engine.status.state === 'error');
		expect(engine.status.loaded ?? 0).toBeLessThan(2_000);
		server = await startServerProcess(dataDir, server.port);
		cleanups.push(() => server.kill());
		await waitFor(() => engine.status.state === 'uptodate', 30_000);
		const local = await forumIds(dev.local);
		expect(local).toEqual(await serverIds(server));
		expect(new Set(local).size).toBe(2_000);
	}, 60_000);
	it('a load cut among the replies resumes after the last reply it saved', async () => {
		const server = await startTestServer();
		cleanups.push(() => server.stop());
		await seed(server, 120, 'resume');
		const dev = device('resume', server.url);
		const replyPages: URL[] = [];
		const engine = engineFor(dev, {
			initialBatchSize: 50,
			fetch: async (input, init) => {
				const url = new URL(String(input));
				if (
					url.pathname.endsWith('/_all_docs') &&
					url.searchParams.get('endkey')?.includes('reply:')
				) {
					replyPages.push(url);
					if (replyPages.length === 3) throw new TypeError('network cut');
				}
				return dev.fetch(input, init);
			}
		});
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		expect(await forumIds(dev.local)).toEqual(await serverIds(server));
		const startkeys = replyPages.map((url) => url.searchParams.get('startkey'));
		// The retry asks again for the page that failed, not for the replies from the start.
		expect(startkeys[3]).toBe(startkeys[2]);
		expect(startkeys[3]).not.toBe(JSON.stringify('reply:'));
	});
});

/** The `since` of every `_changes` request among `urls`. */
function changesSince(urls: string[]): number[] {
	return urls
		.filter((url) => url.includes('/_changes'))
		.map((url) => Number.parseInt(new URL(url).searchParams.get('since') ?? '0', 10));
}

describe('live sync', () => {
	let server: TestServer;
	let proxy: TestProxy;
	beforeAll(async () => {
		server = await startTestServer();
		proxy = await startTestProxy(server.url);
	});
	afterAll(async () => {
		await proxy.close();
		await server.stop();
	});

	it('never rereads the server’s changes from the start, after the first sync or a restart', async () => {
		await seed(server, 50, 'history');
		const dev = device('since', server.url);
		const first = engineFor(dev);
		first.start();
		await waitFor(() => first.status.state === 'uptodate');
		const seqAfterFirstSync = (await (await fetch(`${server.url}/db/forum`)).json()) as {
			update_seq: number;
		};
		// The first sync loads documents in bulk; its live pull starts where that load began.
		expect(changesSince(dev.pullRequests).length).toBeGreaterThan(0);
		expect(Math.min(...changesSince(dev.pullRequests))).toBeGreaterThan(0);
		first.stop();
		dev.pullRequests.length = 0;
		await seed(server, 1, 'while-away');
		const second = engineFor(dev);
		second.start();
		await waitFor(() => second.status.state === 'uptodate');
		expect(Math.min(...changesSince(dev.pullRequests))).toBeGreaterThanOrEqual(
			seqAfterFirstSync.update_seq
		);
		expect(await forumIds(dev.local)).toEqual(await serverIds(server));
	});

	it('detects a hanging long-poll and restarts within the stall timeout', async () => {
		const dev = device('stall', proxy.url);
		const engine = engineFor(dev, { stallTimeoutMs: 1_500 });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		await waitFor(() => proxy.openLongPolls > 0); // the live pull waits for the next change
		proxy.freezeChanges = true;
		await seed(server, 1, 'late');
		await waitFor(() => proxy.swallowed > 0);
		proxy.freezeChanges = false; // new requests work again; the open one stays dead
		// The swallowed answer never arrives: only a restart by the watchdog brings the new document
		// (the default stall timeout, 45 s, would outlast waitFor's 15 s).
		await waitFor(
			async () => (await forumIds(dev.local)).length === (await serverIds(server)).length
		);
		expect(engine.stallRestarts).toBeGreaterThanOrEqual(1);
	});

	it('reports an error when the server stops answering, and recovers', async () => {
		const dev = device('hang', proxy.url);
		const engine = engineFor(dev, { stallTimeoutMs: 1_500, probeTimeoutMs: 500 });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		proxy.hangAll = true;
		await waitFor(() => engine.status.state === 'error');
		// Said as what happened, not as the browser's error (the detail is kept for /compte).
		expect(engine.status.failure).toMatchObject({ kind: 'unreachable', detail: /Timeout/ });
		proxy.hangAll = false;
		await seed(server, 1, 'after');
		await waitFor(
			async () => (await forumIds(dev.local)).length === (await serverIds(server)).length
		);
		await waitFor(() => engine.status.state === 'uptodate');
	});
});

describe('outbox', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startTestServer();
	});
	afterAll(async () => {
		await server.stop();
	});

	it('sends a post written offline once online, then clears it', async () => {
		let online = false;
		const cookie = await signUpAndLogIn(server.url, 'ines');
		const dev = device('ines', server.url, { cookie });
		const engine = engineFor(dev, { isOnline: () => online });
		engine.start();
		expect(engine.status.state).toBe('offline');
		const writer = { db: dev.local, outbox: engine.outbox };
		const thread = await createThread(
			writer,
			{ name: 'ines', displayName: 'Inès' },
			{
				category: 'choisir-un-outil',
				title: 'Écrit dans le train',
				body: 'Sans réseau.',
				tags: []
			}
		);
		expect(pendingIds(await engine.outbox.load())).toEqual([thread._id]);
		online = true;
		engine.goOnline();
		await waitFor(async () => pendingIds(await engine.outbox.load()).length === 0);
		const stored = await fetch(`${server.url}/db/forum/${thread._id}`).then((r) => r.json());
		expect(stored).toMatchObject({ title: 'Écrit dans le train', author: 'ines' });
	});

	it('sends a long offline queue in requests the gateway accepts (≤ 100 posts each)', async () => {
		let online = false;
		const cookie = await signUpAndLogIn(server.url, 'lucie');
		const dev = device('lucie', server.url, { cookie });
		const sizes: number[] = [];
		const engine = engineFor(dev, {
			isOnline: () => online,
			fetch: async (input, init) => {
				if (String(input).endsWith('/_bulk_docs')) {
					sizes.push((JSON.parse(String(init?.body)) as { docs: unknown[] }).docs.length);
				}
				return dev.fetch(input, init);
			}
		});
		engine.start();
		const writer = { db: dev.local, outbox: engine.outbox };
		const author = { name: 'lucie', displayName: 'Lucie' };
		for (let i = 0; i < 230; i++) {
			await createThread(writer, author, {
				category: 'aide-technique',
				title: `Question ${i} écrite hors ligne`,
				body: 'x'.repeat(i % 10 === 0 ? 15_000 : 200),
				tags: []
			});
		}
		online = true;
		engine.goOnline();
		await waitFor(async () => pendingIds(await engine.outbox.load()).length === 0, 60_000);
		expect(sizes.length).toBeGreaterThanOrEqual(3);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
		expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(230);
	});

	it('keeps a refused post with the server’s reason, editable and discardable', async () => {
		const cookie = await signUpAndLogIn(server.url, 'jules');
		const dev = device('jules', server.url, { cookie });
		const outcomes: { sessionExpired: boolean }[] = [];
		const engine = engineFor(dev, {
			onOutbox: (_o, sessionExpired) => outcomes.push({ sessionExpired })
		});
		const writer = { db: dev.local, outbox: engine.outbox };
		// Written under another account on this shared device: the server refuses the author.
		const forged = await createReply(
			writer,
			{ name: 'karim', displayName: 'Karim' },
			makeThread('x')._id,
			'Bonjour'
		);
		await engine.push();
		const entry = (await engine.outbox.load())[forged._id];
		expect(entry).toMatchObject({ state: 'rejected', reason: 'author must be the logged-in user' });
		expect((await dev.local.get(forged._id)).body).toBe('Bonjour'); // nothing lost
		await engine.push(); // a rejected post is not resent on its own
		expect((await engine.outbox.load())[forged._id]?.state).toBe('rejected');
		await editPost(writer, forged._id, { body: 'Bonjour, corrigé' });
		expect((await engine.outbox.load())[forged._id]?.state).toBe('pending');
		await discardPost(writer, forged._id);
		expect(await engine.outbox.load()).toEqual({});
		await expect(dev.local.get(forged._id)).rejects.toMatchObject({ status: 404 });
		expect(outcomes.every((o) => !o.sessionExpired)).toBe(true);
	});

	it('a push that fails (network, then a proxy’s 502) is tried again on its own and says why', async () => {
		const cookie = await signUpAndLogIn(server.url, 'rose');
		const dev = device('rose', server.url, { cookie });
		const failures: string[] = [];
		let pushes = 0;
		const engine = engineFor(dev, {
			fetch: async (input, init) => {
				if (String(input).endsWith('/_bulk_docs') && ++pushes <= 2) {
					if (pushes === 1) throw new TypeError('Failed to fetch');
					return new Response('<html>Bad gateway</html>', { status: 502 });
				}
				return dev.fetch(input, init);
			},
			onStatus: ({ pushFailure }) => {
				if (pushFailure && failures.at(-1) !== pushFailure.detail)
					failures.push(pushFailure.detail);
			}
		});
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		const thread = await createThread(
			{ db: dev.local, outbox: engine.outbox },
			{ name: 'rose', displayName: 'Rose' },
			{ category: 'aide-technique', title: 'Réseau capricieux', body: 'Parti ?', tags: [] }
		);
		void engine.push(); // as the app does after a write; nothing else is called after this
		await waitFor(async () => pendingIds(await engine.outbox.load()).length === 0);
		expect(pushes).toBe(3);
		expect(failures).toEqual(['TypeError: Failed to fetch', 'HTTP 502']);
		expect(engine.status.pushFailure).toBeUndefined();
		const stored = await fetch(`${server.url}/db/forum/${thread._id}`);
		expect(stored.status).toBe(200);
	});

	it('keeps posts queued when the session expired, and sends them after logging in again', async () => {
		const cookie = await signUpAndLogIn(server.url, 'lou');
		const session = { cookie: 'AuthSession=expired' };
		const dev = device('lou', server.url, session);
		let expired = false;
		const engine = engineFor(dev, {
			onOutbox: (_o, sessionExpired) => (expired ||= sessionExpired)
		});
		const writer = { db: dev.local, outbox: engine.outbox };
		const thread = await createThread(
			writer,
			{ name: 'lou', displayName: 'Lou' },
			{
				category: 'aide-technique',
				title: 'Session expirée',
				body: 'Toujours là ?',
				tags: []
			}
		);
		await engine.push();
		expect(expired).toBe(true);
		// The gateway refuses a write without a session before the database sees it.
		expect(engine.status.pushFailure).toEqual({
			kind: 'session',
			detail: expect.stringMatching(/log in to write/i)
		});
		expect(pendingIds(await engine.outbox.load())).toEqual([thread._id]);
		session.cookie = cookie; // logged in again
		await engine.push();
		expect(await engine.outbox.load()).toEqual({});
		expect(engine.status.pushFailure).toBeUndefined();
	});
});

describe('conflicts', () => {
	it('a thread edited on two devices offline ends in the same conflict on both, then resolves', async () => {
		const server = await startTestServer();
		cleanups.push(() => server.stop());
		const cookie = await signUpAndLogIn(server.url, 'maud');
		const phone = device('phone', server.url, { cookie });
		const laptop = device('laptop', server.url, { cookie });
		const a = engineFor(phone);
		const b = engineFor(laptop);
		const author = { name: 'maud', displayName: 'Maud' };
		const thread = await createThread({ db: phone.local, outbox: a.outbox }, author, {
			category: 'aide-technique',
			title: 'Sauvegardes',
			body: 'Première version',
			tags: []
		});
		a.start();
		await a.push();
		b.start();
		await waitFor(async () => (await laptop.local.get(thread._id).catch(() => null)) !== null);
		// Both offline, both edit.
		a.goOffline();
		b.goOffline();
		await editPost({ db: phone.local, outbox: a.outbox }, thread._id, {
			body: 'Depuis le téléphone'
		});
		await editPost({ db: laptop.local, outbox: b.outbox }, thread._id, {
			body: 'Depuis l’ordinateur'
		});
		a.goOnline();
		b.goOnline();
		await a.push();
		await b.push();
		const conflictOn = async (db: PouchDatabase) =>
			((await db.get(thread._id, { conflicts: true }))._conflicts ?? []).length > 0;
		await waitFor(() => conflictOn(phone.local));
		await waitFor(() => conflictOn(laptop.local));
		const onPhone = await phone.local.get(thread._id);
		const onLaptop = await laptop.local.get(thread._id);
		expect(onPhone._rev).toBe(onLaptop._rev); // the same winner everywhere
		const { resolveConflict } = await import('./conflict-store');
		await resolveConflict({ db: phone.local, outbox: a.outbox }, thread._id, { keep: 'winner' });
		await a.push();
		await waitFor(async () => !(await conflictOn(laptop.local)));
		const onServer = await fetch(`${server.url}/db/forum/${thread._id}?conflicts=true`).then((r) =>
			r.json()
		);
		expect(onServer._conflicts).toBeUndefined();
		expect(onServer.body).toBe(onPhone.body);
	});
});

describe('scope: followed categories and a window of recent activity', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startTestServer();
	});
	afterAll(async () => {
		await server.stop();
	});

	const day = 24 * 3600 * 1000;
	/** A thread (and its replies) dated `daysAgo`, with ids from the same time, as the app makes. */
	function history(category: Thread['category'], daysAgo: number, replyDaysAgo: number[] = []) {
		const at = (days: number) => Date.now() - days * day;
		const iso = (days: number) => new Date(at(days)).toISOString();
		const thread = makeThread('seeder', {
			_id: newThreadId(at(daysAgo)),
			category,
			createdAt: iso(daysAgo),
			updatedAt: iso(daysAgo)
		});
		const replies = replyDaysAgo.map((days) =>
			makeReply('seeder', thread._id, {
				_id: newReplyId(thread._id, at(days)),
				createdAt: iso(days),
				updatedAt: iso(days)
			})
		);
		return { thread, replies, ids: [thread._id, ...replies.map((reply) => reply._id)] };
	}
	const scope: SyncScope = {
		categories: ['aide-technique', 'besoins-a-mutualiser'],
		windowMonths: 12
	};

	it('keeps followed, recently active threads with their replies, then catches up when widened', async () => {
		const recent = history('aide-technique', 10, [9, 8]);
		const otherCategory = history('choisir-un-outil', 10, [9]);
		const dormant = history('aide-technique', 800, [799]);
		const revived = history('besoins-a-mutualiser', 700, [699, 5]);
		await seedDocs(
			server,
			[recent, otherCategory, dormant, revived].flatMap((h) => [h.thread, ...h.replies])
		);
		const dev = device('scope', server.url);
		const engine = engineFor(dev, { scope, initialBatchSize: 2 });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		const localIds = async () => (await forumIds(dev.local)).map((id) => id.split('@')[0]).sort();
		expect(await localIds()).toEqual([...recent.ids, ...revived.ids].sort());

		// Live: a new thread in a category not followed stays on the server; a new reply to a
		// dormant thread brings that thread and all its replies.
		const unfollowedNew = history('choisir-un-outil', 0);
		const wakeUp = makeReply('seeder', dormant.thread._id);
		await seedDocs(server, [unfollowedNew.thread, wakeUp]);
		await waitFor(async () => (await localIds()).includes(dormant.thread._id));
		await waitFor(async () => (await localIds()).length === 9);
		expect(await localIds()).toEqual(
			[...recent.ids, ...revived.ids, ...dormant.ids, wakeUp._id].sort()
		);

		// Following everything downloads what was left out, exactly once.
		engine.setScope(everything);
		await waitFor(
			async () => (await forumIds(dev.local)).length === (await serverIds(server)).length
		);
		await waitFor(() => engine.status.state === 'uptodate');
		expect(await forumIds(dev.local)).toEqual(await serverIds(server));
	});
});

describe('documents this device cannot keep', () => {
	/** A fresh server with two threads (a reply each) and one poisoned document of each kind. */
	async function poisonedServer() {
		const server = await startTestServer();
		cleanups.push(() => server.stop());
		const threads = [makeThread('seeder'), makeThread('seeder', { title: 'Deuxième sujet' })];
		const good = [...threads, ...threads.map((thread) => makeReply('seeder', thread._id))];
		await seedDocs(server, good);
		const poison = makePoisonedDocs('mallory', threads[0]?._id ?? '');
		await insertAsAdmin(server, 'forum', Object.values(poison), { withoutRules: true });
		return { server, good, poison };
	}

	/** A device's engine, with every set-aside list and sync state it reported. */
	function watchedEngine(dev: ReturnType<typeof device>, options: Partial<SyncEngineOptions> = {}) {
		const lists: SetAsideList[] = [];
		const states: SyncState[] = [];
		const engine = engineFor(dev, {
			onSetAside: (list) => lists.push(list),
			onStatus: (status) => states.push(status.state),
			...options
		});
		const reasons = () =>
			Object.fromEntries((lists.at(-1)?.entries ?? []).map((entry) => [entry.id, entry.reason]));
		return { engine, lists, states, reasons };
	}

	const localIdsOf = async (db: PouchDatabase) =>
		(await forumIds(db)).map((id) => id.split('@')[0]).sort();
	const idsOf = (docs: { _id: string }[]) => docs.map((doc) => doc._id).sort();

	it('the first sync keeps every other document and names each one it set aside', async () => {
		const { server, good, poison } = await poisonedServer();
		const dev = device('poisoned', server.url);
		const { engine, lists, states, reasons } = watchedEngine(dev, { initialBatchSize: 2 });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		expect(states).not.toContain('error');
		expect(await localIdsOf(dev.local)).toEqual(idsOf(good));
		expect(reasons()).toEqual({
			[poison.attachment._id]: 'attachment',
			[poison.wrongType._id]: 'invalid',
			[poison.oversized._id]: 'tooLarge',
			[poison.unknownFields._id]: 'unknownFields'
		});
		expect(lists.at(-1)?.entries.find((e) => e.id === poison.unknownFields._id)?.detail).toMatch(
			/tracker/
		);
	});

	it('a document the local database refuses is set aside, and the rest of its page is written', async () => {
		const { server, good, poison } = await poisonedServer();
		const dev = device('refused', server.url);
		// Checks nothing: the attachment stub reaches PouchDB, which refuses the whole batch.
		const { engine, reasons } = watchedEngine(dev, { checkDocument: () => undefined });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		const { attachment, ...others } = poison;
		expect(await localIdsOf(dev.local)).toEqual(idsOf([...good, ...Object.values(others)]));
		expect(reasons()).toEqual({ [attachment._id]: 'notStored' });
	});

	it('the live pull skips and records what it cannot keep, and goes on', async () => {
		const server = await startTestServer();
		cleanups.push(() => server.stop());
		const thread = makeThread('seeder');
		await seedDocs(server, [thread]);
		const dev = device('live-poison', server.url);
		const { engine, states, reasons } = watchedEngine(dev);
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		const poison = makePoisonedDocs('mallory', thread._id);
		await insertAsAdmin(server, 'forum', Object.values(poison), { withoutRules: true });
		const after = makeReply('seeder', thread._id, { body: 'Arrivée après les autres.' });
		await seedDocs(server, [after]);
		await waitFor(async () => (await localIdsOf(dev.local)).includes(after._id));
		await waitFor(() => Object.keys(reasons()).length === 4);
		expect(await localIdsOf(dev.local)).toEqual(idsOf([thread, after]));
		expect(reasons()).toEqual({
			[poison.attachment._id]: 'attachment',
			[poison.wrongType._id]: 'invalid',
			[poison.oversized._id]: 'tooLarge',
			[poison.unknownFields._id]: 'unknownFields'
		});
		expect(states).not.toContain('error');
	});

	it('a thread fetched on demand keeps its valid replies and sets aside the rest', async () => {
		const { server, good, poison } = await poisonedServer();
		const dev = device('on-demand', server.url);
		// This device does not follow technical help, where every test thread is.
		const scope: SyncScope = { categories: ['besoins-a-mutualiser'], windowMonths: 12 };
		const { engine, reasons } = watchedEngine(dev, { scope });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		expect(await localIdsOf(dev.local)).toEqual([]);
		const [thread, , reply] = good;
		expect(await engine.fetchThread(thread?._id ?? '')).toBe('fetched');
		expect(await localIdsOf(dev.local)).toEqual(idsOf([thread, reply].flatMap((d) => d ?? [])));
		expect(reasons()).toEqual({ [poison.oversized._id]: 'tooLarge' });
		expect(await engine.fetchThread(poison.attachment._id)).toBe('setAside');
		expect(await engine.fetchThread(makeThread('nobody')._id)).toBe('missing');
		expect(reasons()[poison.attachment._id]).toBe('attachment');
		expect(await localIdsOf(dev.local)).not.toContain(poison.attachment._id);
	});

	it('a new app version fetches again what an older one set aside', async () => {
		const server = await startTestServer();
		cleanups.push(() => server.stop());
		const refusedByV1 = makeThread('seeder', { title: 'Refusé par la version 1' });
		await seedDocs(server, [makeThread('seeder'), refusedByV1]);
		const dev = device('update', server.url);
		// Version 1 had a stricter rule than today's schema.
		const v1Rule = (doc: PouchDoc) =>
			doc.title === refusedByV1.title
				? { reason: 'invalid' as const, detail: 'title: refused by v1' }
				: checkServerDoc(doc);
		for (const run of [1, 2]) {
			const v1 = watchedEngine(dev, { appVersion: '1', checkDocument: v1Rule });
			v1.engine.start();
			await waitFor(() => v1.engine.status.state === 'uptodate');
			expect(v1.reasons(), `run ${run}`).toEqual({ [refusedByV1._id]: 'invalid' });
			expect(await localIdsOf(dev.local)).not.toContain(refusedByV1._id);
			v1.engine.stop();
		}
		const v2 = watchedEngine(dev, { appVersion: '2' });
		v2.engine.start();
		await waitFor(() => v2.engine.status.state === 'uptodate');
		expect(await localIdsOf(dev.local)).toContain(refusedByV1._id);
		expect(v2.lists.at(-1)).toEqual({ version: '2', entries: [] });
	});
});
