// The shared kit of the sync engine's specs (sync-engine.*.spec.ts): devices (a local database
// and a user's HTTP client) syncing with the real embedded server over HTTP, engines stopped
// and databases removed after each test, and ways to seed the server and compare both sides.
// A spec calls `useSyncTestKit()` once, at its top.
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
	insertAsAdmin,
	startTestServer,
	type TestServer
} from '../../../couchdb/server/test-helpers';
import type { Thread, ThreadDraft } from '$lib/schemas/forum';
import { PouchDB } from './node-pouchdb';
import { makeReply, makeThread } from './post-factory';
import { createThread, type Author } from './posts';
import type { PouchDatabase, PouchDoc } from './pouch-types';
import { SyncEngine, type SyncEngineOptions } from './sync-engine';

const engines: SyncEngine[] = [];
/** Devices to close once their engines are stopped, before anything else is cleaned up. */
const devices: (() => void)[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

/** Registers the clean-up after each test: engines stopped, databases and servers removed. */
export function useSyncTestKit(): void {
	afterEach(async () => {
		for (const engine of engines.splice(0)) engine.stop();
		for (const close of devices.splice(0)) close();
		for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
	});
}

/** Runs `cleanup` after the current test (in reverse order of registration). */
export function onCleanup(cleanup: () => Promise<unknown>): void {
	cleanups.push(cleanup);
}

/** A server started before the spec's (or describe's) tests and stopped after them. */
export function useServer(): () => TestServer {
	let server: TestServer | undefined;
	beforeAll(async () => {
		server = await startTestServer();
	});
	afterAll(async () => {
		await server?.stop();
	});
	return () => {
		if (!server) throw new Error('the shared server is not started yet');
		return server;
	};
}

/** A fresh embedded server for the current test only. */
export async function freshServer(): Promise<TestServer> {
	const server = await startTestServer();
	onCleanup(() => server.stop());
	return server;
}

export type Device = ReturnType<typeof device>;

/** A device: a local database and the HTTP client of a user (a mutable session cookie). */
export function device(name: string, baseUrl: string, session: { cookie?: string } = {}) {
	const withCookie = (init: RequestInit = {}): RequestInit => {
		const headers = new Headers(init.headers);
		if (session.cookie) headers.set('cookie', session.cookie);
		return { ...init, headers };
	};
	const clientFetch: typeof fetch = (input, init) => fetch(input, withCookie(init));
	const local = new PouchDB(`${name}-${Math.random().toString(36).slice(2)}`, {
		adapter: 'memory'
	});
	/** Every URL the live pull (PouchDB's HTTP client) asked for. */
	const pullRequests: string[] = [];
	let isClosed = false;
	// The browser's fetch (Node's is the same WHATWG fetch), as pouchdb-browser uses it. Once the
	// test is over, answers no longer arrive, as in a closed tab: PouchDB 9's replicator asks the
	// server for its info after every batch and never handles a failure (pouchdb-replication
	// 9.0.0: `src.info().then(…)` with no catch), so a server stopped under a request still in
	// flight would be an unhandled rejection failing the run.
	const remote = new PouchDB(`${baseUrl}/db/forum`, {
		fetch: (url: string, init: RequestInit) => {
			pullRequests.push(url);
			return new Promise<Response>((resolve, reject) => {
				clientFetch(url, init).then(
					(response) => isClosed || resolve(response),
					(error: unknown) => isClosed || reject(error)
				);
			});
		}
	});
	devices.push(() => (isClosed = true));
	onCleanup(() => local.destroy());
	return {
		local,
		remote,
		fetch: clientFetch,
		session,
		remoteUrl: `${baseUrl}/db/forum`,
		pullRequests
	};
}

/** An engine syncing `dev`, with short delays; stopped after the test. */
export function engineFor(dev: Device, options: Partial<SyncEngineOptions> = {}): SyncEngine {
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

/** Writes a thread on the device (queued in the engine's outbox), as the app does offline. */
export function writeThread(
	dev: Device,
	engine: SyncEngine,
	author: Author,
	draft: Partial<ThreadDraft> = {}
): Promise<Thread> {
	return createThread({ db: dev.local, outbox: engine.outbox }, author, {
		category: 'aide-technique',
		title: 'Une question',
		body: 'Bonjour.',
		tags: [],
		...draft
	});
}

/** Polls `check` until it returns something truthy (and returns it), or fails after a while. */
export async function waitFor<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<T> {
	const start = Date.now();
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
		await new Promise((done) => setTimeout(done, 50));
	}
}

/** The forum documents of a database, as sorted `id@rev`. */
export async function forumIds(db: PouchDatabase): Promise<string[]> {
	const all = await db.allDocs();
	return all.rows
		.map((row) => `${row.id}@${row.value.rev}`)
		.filter((id) => !id.startsWith('_design/'))
		.sort();
}

/** The forum documents of the server, as sorted `id@rev`. */
export function serverIds(server: Pick<TestServer, 'url'>): Promise<string[]> {
	return forumIds(new PouchDB(`${server.url}/db/forum`));
}

/** The ids (no revisions) of the forum documents of a database, sorted. */
export async function localIds(db: PouchDatabase): Promise<string[]> {
	return (await forumIds(db)).map((id) => id.split('@')[0] ?? id).sort();
}

/** The ids of `docs`, sorted. */
export function idsOf(docs: { _id: string }[]): string[] {
	return docs.map((doc) => doc._id).sort();
}

/** Whether the device holds exactly as many forum documents as the server. */
export async function hasAllOf(dev: Device, server: Pick<TestServer, 'url'>): Promise<boolean> {
	return (await forumIds(dev.local)).length === (await serverIds(server)).length;
}

type ServerWithAdmin = { adminUrl: string; admin: { name: string; password: string } };

/** `count` threads with one reply each, by `author`. */
export async function seed(server: ServerWithAdmin, count: number, author = 'seeder') {
	const docs: PouchDoc[] = [];
	for (let i = 0; i < count; i++) {
		const thread = makeThread(author, { title: `Sujet ${i}` });
		docs.push(thread, makeReply(author, thread._id));
	}
	await seedDocs(server, docs);
}

/** Writes documents on the server as its admin (the forum's rules apply). */
export function seedDocs(server: ServerWithAdmin, docs: PouchDoc[]): Promise<void> {
	return insertAsAdmin(server, 'forum', docs);
}
