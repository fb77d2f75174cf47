// The forum's replication engine: plain TypeScript, no Svelte, no PouchDB import (the caller
// passes the databases), so it runs the same in the browser and in Node tests.
//
// - First sync: a bulk load straight from the server's `_all_docs` (bulk-load.ts), of the part of
//   the forum the device keeps (sync-scope.ts), with its own checkpoint after every page, so a cut
//   connection resumes where it stopped. The same load runs again when the scope widens.
// - Then live pull with PouchDB's replication from that checkpoint (`since`), which fetches every
//   leaf revision, so conflicts made on other devices arrive.
// - Push: the outbox only (see outbox.ts), as one `_bulk_docs` with `new_edits: false`, the same
//   request PouchDB's replicator sends; each refused document comes back with CouchDB's
//   per-document `forbidden` error and its reason.
// - Every document from the server is checked against the client's schema before it is written:
//   one the device cannot keep is set aside (set-aside.ts), never stopping the sync.
// - Retry with back-off on errors (the pull and the push each their own), each reported as a kind
//   of failure the UI can put in words (sync-failure.ts), never as the browser's raw error.
// - A watchdog probes the server and restarts a live pull that has stopped making progress (a
//   long-poll hanging on a dead connection, PouchDB #8462 / #9063).
import { bulkLoad, fetchThreads, type IdRange, type ServerReader } from './bulk-load';
import { threadIdOfReply } from './ids';
import { LocalRecord } from './local-record';
import { applyPushResults, pendingEntries, type Outbox, type PushResult } from './outbox';
import { OutboxStore } from './outbox-store';
import type { PouchDatabase, PouchDoc, Replication } from './pouch-types';
import {
	checkServerDoc,
	emptySetAside,
	entryOf,
	isSetAside,
	setAsideListSchema,
	storeServerDocs,
	updateSetAside,
	type DocProblem,
	type SetAsideEntry,
	type SetAsideList
} from './set-aside';
import { classifyFailure, HttpFailure, type SyncFailure } from './sync-failure';
import { everything, follows, parseScope, sameScope, widens, type SyncScope } from './sync-scope';

export type SyncState = 'offline' | 'connecting' | 'syncing' | 'uptodate' | 'error';

export interface SyncStatus {
	state: SyncState;
	/** Why the last attempt failed (state `error`). */
	failure?: SyncFailure;
	/** Why the last push failed, while posts wait to be retried (cleared once one goes out). */
	pushFailure?: SyncFailure;
	/** When the local database last caught up with the server (ISO). */
	lastSyncedAt?: string;
	/** Documents written locally by the first sync so far. */
	loaded?: number;
}

export interface SyncEngineOptions {
	local: PouchDatabase;
	/** The remote database as a PouchDB instance (http adapter), for the live pull. */
	remote: PouchDatabase;
	/** The remote database's URL, for the engine's own requests. */
	remoteUrl: string;
	fetch?: typeof fetch;
	isOnline?: () => boolean;
	/** A live pull with no progress this long while the server is ahead is restarted. */
	stallTimeoutMs?: number;
	/** How often the watchdog asks the server where it is. */
	probeIntervalMs?: number;
	probeTimeoutMs?: number;
	retryDelaysMs?: number[];
	initialBatchSize?: number;
	liveBatchSize?: number;
	/** Which part of the forum this device keeps (default: everything). */
	scope?: SyncScope;
	/** The app's version: documents another version set aside are fetched and checked again. */
	appVersion?: string;
	/** Why this device cannot keep a server document (default: the forum's schema). */
	checkDocument?: (doc: PouchDoc) => DocProblem | undefined;
	onStatus?: (status: SyncStatus) => void;
	/** The outbox changed (a post was accepted or refused), or the session expired. */
	onOutbox?: (outbox: Outbox, sessionExpired: boolean) => void;
	/** The documents set aside changed (also reported at every start). */
	onSetAside?: (list: SetAsideList) => void;
}

/** What fetching one thread on demand gave. */
export type FetchThreadResult = 'fetched' | 'missing' | 'setAside';

type Callbacks = 'onStatus' | 'onOutbox' | 'onSetAside';

const checkpointId = '_local/forum-sync';

/**
 * One push request's size: the gateway accepts at most 200 documents and 1 MB per `_bulk_docs`
 * (couchdb/gateway/rate-limits.js); a byte count is estimated as 3 per character (UTF-8's worst
 * case for the French the posts are written in).
 */
const pushBatchDocs = 100;
const pushBatchBytes = 900_000;

interface PushBatch {
	entries: ReturnType<typeof pendingEntries>;
	docs: PouchDoc[];
	bytes: number;
}

interface Checkpoint {
	/** Where the live pull starts (during the first sync: the server's sequence before it). */
	pullSeq?: number | string;
	/** What the local database holds, once a bulk load has finished. */
	scope?: SyncScope;
	/** A bulk load under way: the last reply written, to resume after it. */
	load?: { afterReply?: string };
}

/** Numeric part of a CouchDB sequence (a number, or CouchDB 3's `"123-g1AAA…"`). */
export function seqNumber(seq: number | string | undefined): number {
	if (typeof seq === 'number') return seq;
	const n = Number.parseInt(String(seq ?? '0').split('-')[0] ?? '0', 10);
	return Number.isFinite(n) ? n : 0;
}

export class SyncEngine {
	readonly outbox: OutboxStore;
	#o: Required<Omit<SyncEngineOptions, Callbacks>> & Pick<SyncEngineOptions, Callbacks>;
	#status: SyncStatus = { state: 'offline' };
	#generation = 0;
	#replication: Replication | undefined;
	#retryTimer: ReturnType<typeof setTimeout> | undefined;
	#watchdog: ReturnType<typeof setInterval> | undefined;
	#attempt = 0;
	#running = false;
	#caughtUpSeq = 0;
	#seqAtStart = 0;
	/** What the local database holds (the scope of the last finished bulk load). */
	#scopeHeld: SyncScope | undefined;
	/** Thread id → category, for the live pull's filter. */
	#threadCategory = new Map<string, string>();
	#localThreadsLearned = false;
	#unknownThreads = new Set<string>();
	#unknownTimer: ReturnType<typeof setTimeout> | undefined;
	/** Documents this device does not keep (`_local/forum-set-aside`), and the last saved list. */
	#setAside: LocalRecord<SetAsideList>;
	#setAsideNow: SetAsideList = emptySetAside;
	/** The server's documents, read directly (not through PouchDB's replication). */
	#server: ServerReader = {
		page: (range, after, limit) => this.#fetchPage(range, after, limit),
		byIds: (ids) => this.#fetchByIds(ids)
	};
	#lastActivity = 0;
	#aheadSince: number | undefined;
	#pushing: Promise<void> | undefined;
	#pushAgain = false;
	#pushFailure: SyncFailure | undefined;
	#pushAttempt = 0;
	#pushTimer: ReturnType<typeof setTimeout> | undefined;
	/** Counts restarts caused by the watchdog (for tests and diagnostics). */
	stallRestarts = 0;

	constructor(options: SyncEngineOptions) {
		this.#o = {
			fetch: (input, init) => fetch(input, init),
			isOnline: () => true,
			stallTimeoutMs: 45_000,
			probeIntervalMs: 15_000,
			probeTimeoutMs: 10_000,
			retryDelaysMs: [1_000, 2_000, 5_000, 10_000, 30_000],
			initialBatchSize: 2_000,
			liveBatchSize: 500,
			scope: everything,
			appVersion: 'dev',
			checkDocument: checkServerDoc,
			...options
		};
		this.outbox = new OutboxStore(options.local);
		this.#setAside = new LocalRecord(options.local, '_local/forum-set-aside', 'list', (value) => {
			const parsed = setAsideListSchema.safeParse(value);
			return parsed.success ? parsed.data : emptySetAside;
		});
	}

	get status(): SyncStatus {
		return this.#status;
	}

	/** Starts (or restarts) syncing; offline, it only reports `offline` and waits. */
	start(): void {
		this.#running = true;
		this.#restart(false);
		this.#watchdog ??= setInterval(() => void this.#checkProgress(), this.#o.probeIntervalMs);
	}

	/** Stops every request and timer. */
	stop(): void {
		this.#running = false;
		this.#generation++;
		this.#replication?.cancel();
		this.#replication = undefined;
		clearTimeout(this.#retryTimer);
		clearTimeout(this.#pushTimer);
		clearTimeout(this.#unknownTimer);
		clearInterval(this.#watchdog);
		this.#watchdog = undefined;
	}

	/** Keeps another part of the forum from now on; what a wider scope adds is downloaded. */
	setScope(scope: SyncScope): void {
		if (sameScope(scope, this.#o.scope)) return;
		this.#o.scope = scope;
		this.#attempt = 0;
		this.#restart(false);
	}

	/** The browser went offline: stop trying until `online`. */
	goOffline(): void {
		this.#generation++;
		this.#replication?.cancel();
		this.#replication = undefined;
		clearTimeout(this.#retryTimer);
		clearTimeout(this.#pushTimer);
		this.#setStatus({ state: 'offline' });
	}

	/** The connection came back: try at once, with a fresh back-off. */
	goOnline(): void {
		if (!this.#running) return;
		this.#attempt = 0;
		this.#pushAttempt = 0;
		this.#restart(false);
	}

	/** Reports a new state; the last sync time and the push's failure carry over. */
	#setStatus(next: SyncStatus): void {
		const status: SyncStatus = { lastSyncedAt: this.#status.lastSyncedAt, ...next };
		if (this.#pushFailure) status.pushFailure = this.#pushFailure;
		else delete status.pushFailure;
		this.#status = status;
		this.#o.onStatus?.(status);
	}

	#restart(isStall: boolean): void {
		if (!this.#running) return;
		this.#generation++;
		this.#replication?.cancel();
		this.#replication = undefined;
		clearTimeout(this.#retryTimer);
		if (isStall) this.stallRestarts++;
		if (!this.#o.isOnline()) {
			this.#setStatus({ state: 'offline' });
			return;
		}
		const generation = this.#generation;
		this.#setStatus({ state: 'connecting' });
		this.#run(generation).catch((error: unknown) => this.#fail(generation, error));
	}

	#fail(generation: number, error: unknown): void {
		if (generation !== this.#generation || !this.#running) return;
		this.#replication?.cancel();
		this.#replication = undefined;
		if (!this.#o.isOnline()) {
			this.#setStatus({ state: 'offline' });
			return;
		}
		this.#setStatus({ state: 'error', failure: classifyFailure(error, true) });
		this.#retryTimer = setTimeout(() => this.#restart(false), this.#delay(this.#attempt++));
	}

	/** The back-off before retry number `attempt` (from 0). */
	#delay(attempt: number): number {
		const delays = this.#o.retryDelaysMs;
		return delays[Math.min(attempt, delays.length - 1)] ?? 30_000;
	}

	async #run(generation: number): Promise<void> {
		const info = await this.#probe();
		if (generation !== this.#generation) return;
		await this.#retrySetAside();
		if (generation !== this.#generation) return;
		this.#seqAtStart = seqNumber(info.update_seq);
		const checkpoint = await this.#readCheckpoint();
		// The first sync's live pull starts at the server's position before the load began.
		const pullSeq = checkpoint.pullSeq ?? info.update_seq;
		const scope = this.#o.scope;
		const held = checkpoint.scope;
		if (checkpoint.load || !held || widens(held, scope)) {
			const done = await this.#bulkLoad(generation, pullSeq, held, checkpoint.load?.afterReply);
			if (!done || generation !== this.#generation) return;
		}
		this.#scopeHeld = scope;
		if (!held || !sameScope(held, scope) || checkpoint.load) {
			await this.#writeCheckpoint({ pullSeq, scope });
		}
		await this.#learnLocalThreads();
		if (generation !== this.#generation) return;
		this.#caughtUpSeq = Math.max(this.#caughtUpSeq, seqNumber(pullSeq));
		this.#startLivePull(generation, pullSeq);
		void this.push();
	}

	/**
	 * Downloads the part of the forum the scope keeps (bulk-load.ts). Until it ends, the checkpoint
	 * keeps the scope held before (`held`), so a cut load starts again on the next attempt.
	 */
	async #bulkLoad(
		generation: number,
		pullSeq: number | string,
		held: SyncScope | undefined,
		afterReply: string | undefined
	): Promise<boolean> {
		const isCurrent = () => generation === this.#generation;
		this.#setStatus({ state: 'syncing', loaded: 0 });
		await this.#writeCheckpoint({ pullSeq, scope: held, load: { afterReply } });
		return bulkLoad(
			{
				...this.#server,
				write: async (docs) => (await this.#store(docs)).length,
				saveProgress: async (last) => {
					await this.#writeCheckpoint({ pullSeq, scope: held, load: { afterReply: last } });
				},
				isCurrent,
				onLoaded: (loaded) => {
					this.#lastActivity = Date.now();
					if (isCurrent()) this.#setStatus({ state: 'syncing', loaded });
				}
			},
			this.#o.scope,
			{ batchSize: this.#o.initialBatchSize, afterReply }
		);
	}

	async #fetchPage(range: IdRange, after: string | undefined, limit: number): Promise<PouchDoc[]> {
		const params = new URLSearchParams({
			include_docs: 'true',
			limit: String(limit),
			startkey: JSON.stringify(after ?? range.start),
			endkey: JSON.stringify(range.end)
		});
		if (after !== undefined) params.set('skip', '1');
		const body = await this.#requestJson<{ rows: { doc?: PouchDoc }[] }>(`/_all_docs?${params}`);
		return body.rows.flatMap((row) => (row.doc ? [row.doc] : []));
	}

	async #fetchByIds(ids: string[]): Promise<PouchDoc[]> {
		const body = await this.#requestJson<{ rows: { doc?: PouchDoc | null }[] }>(
			'/_all_docs?include_docs=true',
			{ method: 'POST', body: JSON.stringify({ keys: ids }) }
		);
		return body.rows.flatMap((row) => (row.doc ? [row.doc] : []));
	}

	async #requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
		const response = await this.#o.fetch(`${this.#o.remoteUrl}${path}`, {
			...init,
			credentials: 'include',
			headers: { accept: 'application/json', 'content-type': 'application/json' }
		});
		if (!response.ok) throw await HttpFailure.of(response);
		return response.json() as Promise<T>;
	}

	/**
	 * The live pull keeps a reply when its thread is kept. It learns each thread's category from
	 * the local database once, then from the threads this engine writes or sees go by.
	 */
	async #learnLocalThreads(): Promise<void> {
		if (this.#localThreadsLearned) return;
		const rows = await this.#o.local.allDocs({
			startkey: 'thread:',
			endkey: 'thread:\ufff0',
			include_docs: true
		});
		this.#noteThreads(rows.rows.flatMap((row) => (row.doc ? [row.doc] : [])));
		this.#localThreadsLearned = true;
	}

	#noteThreads(docs: PouchDoc[]): void {
		for (const doc of docs) {
			if (doc._id.startsWith('thread:')) this.#threadCategory.set(doc._id, String(doc.category));
		}
	}

	/**
	 * Fetches a thread this device does not hold (older than the window, or in a category not
	 * followed) with all its replies; says whether the server has it and the device could keep it.
	 */
	async fetchThread(threadId: string): Promise<FetchThreadResult> {
		const docs = await fetchThreads(this.#server, [threadId]);
		if (!docs.some((doc) => doc._id === threadId)) return 'missing';
		const stored = await this.#store(docs);
		return stored.some((doc) => doc._id === threadId) ? 'fetched' : 'setAside';
	}

	/** Writes server documents as they are; those this device cannot keep are set aside. */
	async #store(docs: PouchDoc[]): Promise<PouchDoc[]> {
		const { stored, setAside } = await storeServerDocs(this.#o.local, docs, this.#o.checkDocument);
		this.#noteThreads(stored);
		await this.#noteSetAside(
			setAside,
			stored.map((doc) => doc._id)
		);
		return stored;
	}

	/** Adds documents to the set-aside list, and takes off those now stored. */
	async #noteSetAside(added: SetAsideEntry[], stored: string[]): Promise<void> {
		const listed = new Set(this.#setAsideNow.entries.map((entry) => entry.id));
		if (added.length === 0 && !stored.some((id) => listed.has(id))) return;
		this.#setAsideNow = await this.#setAside.update((list) =>
			updateSetAside(list, { added, stored })
		);
		this.#o.onSetAside?.(this.#setAsideNow);
	}

	/**
	 * At every start: documents set aside by another app version are fetched again and checked
	 * with this version's rules (those still refused stay listed, under this version).
	 */
	async #retrySetAside(): Promise<void> {
		const list = await this.#setAside.load();
		this.#setAsideNow = list;
		if (list.version !== this.#o.appVersion) {
			const ids = list.entries.map((entry) => entry.id);
			const docs = ids.length > 0 ? await this.#fetchByIds(ids) : [];
			const { stored, setAside } = await storeServerDocs(
				this.#o.local,
				docs,
				this.#o.checkDocument
			);
			this.#noteThreads(stored);
			this.#setAsideNow = await this.#setAside.update(() => ({
				version: this.#o.appVersion,
				entries: setAside
			}));
		}
		this.#o.onSetAside?.(this.#setAsideNow);
	}

	/** The live pull's filter (synchronous, as PouchDB wants it; it must never throw). */
	#keepLive(doc: PouchDoc): boolean {
		if (typeof doc._id !== 'string' || doc._id.startsWith('_design/')) return false;
		if (doc._deleted === true) return true;
		if (!this.#isInScope(doc)) return false;
		if (isSetAside(this.#setAsideNow, doc)) return false;
		const problem = this.#o.checkDocument(doc);
		if (!problem) return true;
		void this.#noteSetAside([entryOf(doc, problem)], []).catch(() => undefined);
		return false;
	}

	/** Whether the device keeps this document (its category is followed). */
	#isInScope(doc: PouchDoc): boolean {
		const scope = this.#o.scope;
		if (doc._id.startsWith('thread:')) {
			this.#threadCategory.set(doc._id, String(doc.category));
			return follows(scope, doc.category);
		}
		const threadId = threadIdOfReply(doc._id);
		if (!threadId) return false;
		const category = this.#threadCategory.get(threadId);
		if (category !== undefined) return follows(scope, category);
		// A new reply to a thread this device does not hold (older than the window, or in another
		// category): kept rather than lost, and its thread is looked up to fetch the rest.
		this.#unknownThreads.add(threadId);
		clearTimeout(this.#unknownTimer);
		this.#unknownTimer = setTimeout(() => void this.#fetchUnknownThreads(), 200);
		return true;
	}

	/** Threads answered again: fetched with all their replies when their category is followed. */
	async #fetchUnknownThreads(): Promise<void> {
		const ids = [...this.#unknownThreads];
		this.#unknownThreads.clear();
		try {
			const threads = await this.#fetchByIds(ids);
			this.#noteThreads(threads);
			const followed = threads
				.filter((thread) => follows(this.#o.scope, thread.category))
				.map((thread) => thread._id);
			await this.#store(await fetchThreads(this.#server, followed));
		} catch {
			// Offline or refused: the replies are on the device; the thread opens on demand.
		}
	}

	#startLivePull(generation: number, since: number | string): void {
		this.#lastActivity = Date.now();
		let hasPaused = false;
		const seqAtStart = this.#seqAtStart;
		const replication = this.#o.local.replicate.from(this.#o.remote, {
			live: true,
			retry: false,
			since,
			// The engine keeps its own checkpoint (_local/forum-sync) and passes it as `since`.
			// PouchDB honours `since` only through a checkpoint it can write: with `checkpoint:
			// false` it starts from 0 (PouchDB #6916, #9032) and rereads the whole forum at every
			// start. 'target' keeps PouchDB's checkpoint on this device only, never on the server.
			checkpoint: 'target',
			batch_size: this.#o.liveBatchSize,
			// Design documents are the server's business; forum documents by the device's scope.
			filter: (doc: PouchDoc) => this.#keepLive(doc)
		});
		this.#replication = replication;
		const isCurrent = () => generation === this.#generation;
		replication
			.on('change', (info) => {
				if (!isCurrent()) return;
				this.#lastActivity = Date.now();
				// A document set aside before and now fixed on the server comes off the list.
				const ids = (info.docs ?? []).map((doc) => doc._id);
				void this.#noteSetAside([], ids).catch(() => undefined);
				if (info.last_seq !== undefined) {
					this.#caughtUpSeq = Math.max(this.#caughtUpSeq, seqNumber(info.last_seq));
					void this.#writeCheckpoint({ pullSeq: info.last_seq, scope: this.#scopeHeld });
				}
				this.#setStatus({ state: 'syncing' });
			})
			.on('active', () => {
				if (!isCurrent()) return;
				this.#lastActivity = Date.now();
				this.#setStatus({ state: 'syncing' });
			})
			.on('paused', (error) => {
				if (!isCurrent()) return;
				if (error) return this.#fail(generation, error);
				this.#lastActivity = Date.now();
				// Paused with no error: every change up to the start of this pull is processed.
				if (!hasPaused) this.#caughtUpSeq = Math.max(this.#caughtUpSeq, seqAtStart);
				hasPaused = true;
				this.#attempt = 0;
				this.#aheadSince = undefined;
				this.#setStatus({ state: 'uptodate', lastSyncedAt: new Date().toISOString() });
			})
			.on('error', (error) => this.#fail(generation, error))
			.on('complete', () => {
				// A live replication completes only when cancelled (or on an error reported above).
			});
	}

	/** The watchdog: restarts a pull that stopped moving while the server moved on. */
	async #checkProgress(): Promise<void> {
		const state = this.#status.state;
		if (!this.#running || !this.#replication || (state !== 'uptodate' && state !== 'syncing')) {
			return;
		}
		const generation = this.#generation;
		let remoteSeq: number;
		try {
			remoteSeq = seqNumber((await this.#probe()).update_seq);
		} catch (error) {
			// The server does not answer at all: the long-poll is dead too.
			return this.#fail(generation, error);
		}
		if (generation !== this.#generation) return;
		const now = Date.now();
		if (remoteSeq <= this.#caughtUpSeq) {
			this.#aheadSince = undefined;
			return;
		}
		this.#aheadSince ??= now;
		const idleFor = now - Math.max(this.#lastActivity, this.#aheadSince);
		if (now - this.#aheadSince >= this.#o.stallTimeoutMs && idleFor >= this.#o.stallTimeoutMs) {
			this.#aheadSince = undefined;
			this.#restart(true);
		}
	}

	async #probe(): Promise<{ update_seq: number | string }> {
		const response = await this.#o.fetch(this.#o.remoteUrl, {
			credentials: 'include',
			headers: { accept: 'application/json' },
			signal: AbortSignal.timeout(this.#o.probeTimeoutMs)
		});
		if (!response.ok) throw await HttpFailure.of(response);
		return response.json();
	}

	/**
	 * Sends the outbox. Safe to call any time: offline or on a network error the posts stay
	 * pending and go with the next attempt (after reconnecting, logging in, or the retry).
	 */
	push(): Promise<void> {
		if (this.#pushing) {
			this.#pushAgain = true;
			return this.#pushing;
		}
		this.#pushing = (async () => {
			do {
				this.#pushAgain = false;
				await this.#pushOnce();
			} while (this.#pushAgain);
		})().finally(() => (this.#pushing = undefined));
		return this.#pushing;
	}

	async #pushOnce(): Promise<void> {
		if (!this.#o.isOnline()) return;
		const pending = pendingEntries(await this.outbox.load());
		if (pending.length === 0) return;
		for (const batch of await this.#pushBatches(pending)) {
			let results: PushResult[];
			try {
				results = await this.#sendBatch(batch);
			} catch (error) {
				// Offline, unreachable or a server error: the posts stay pending and are tried again.
				return this.#pushFailed(error);
			}
			this.#pushAttempt = 0;
			const result = await this.outbox.update((outbox) =>
				applyPushResults(outbox, batch.entries, results)
			);
			// No session (the whole request refused, or each document by the forum's rules): the
			// posts wait for a log-in, with no retry until then.
			const refusal = results.find((entry) => entry.error === 'unauthorized');
			this.#setPushFailure(
				result.sessionExpired && refusal
					? { kind: 'session', detail: `unauthorized: ${refusal.reason ?? ''}` }
					: undefined
			);
			this.#o.onOutbox?.(result.outbox, result.sessionExpired);
			if (result.sessionExpired) return;
		}
	}

	/**
	 * The pending posts with every leaf revision they have (a conflict's resolution deletes the
	 * losing branch, which must go too), in requests the server accepts: at most
	 * `pushBatchDocs` documents and about `pushBatchBytes` each (the gateway caps both).
	 */
	async #pushBatches(pending: ReturnType<typeof pendingEntries>): Promise<PushBatch[]> {
		const batches: PushBatch[] = [];
		let current: PushBatch = { entries: [], docs: [], bytes: 0 };
		for (const entry of pending) {
			const leaves = (await this.#o.local.get(entry.id, {
				revs: true,
				open_revs: 'all'
			})) as unknown as { ok?: PouchDoc }[];
			const docs = leaves.flatMap((leaf) => (leaf.ok ? [leaf.ok] : []));
			const bytes = docs.reduce((sum, doc) => sum + JSON.stringify(doc).length * 3, 0);
			const full =
				current.docs.length + docs.length > pushBatchDocs || current.bytes + bytes > pushBatchBytes;
			if (full && current.entries.length > 0) {
				batches.push(current);
				current = { entries: [], docs: [], bytes: 0 };
			}
			current.entries.push(entry);
			current.docs.push(...docs);
			current.bytes += bytes;
		}
		if (current.entries.length > 0) batches.push(current);
		return batches;
	}

	/** One `_bulk_docs`; a 401 refuses every post of the batch (the session is gone). */
	async #sendBatch(batch: PushBatch): Promise<PushResult[]> {
		const response = await this.#o.fetch(`${this.#o.remoteUrl}/_bulk_docs`, {
			method: 'POST',
			credentials: 'include',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify({ docs: batch.docs, new_edits: false })
		});
		if (response.status === 401) {
			const refusal = await HttpFailure.of(response);
			return batch.entries.map(({ id }) => ({
				id,
				error: 'unauthorized',
				reason: refusal.message
			}));
		}
		if (!response.ok) throw await HttpFailure.of(response);
		return (await response.json()) as PushResult[];
	}

	/** Reports why the push failed and tries again after a back-off (offline: on `online`). */
	#pushFailed(error: unknown): void {
		if (!this.#running) return; // stopped: nothing to report or retry
		const failure = classifyFailure(error, this.#o.isOnline());
		this.#setPushFailure(failure);
		if (failure.kind === 'offline') return;
		clearTimeout(this.#pushTimer);
		this.#pushTimer = setTimeout(() => void this.push(), this.#delay(this.#pushAttempt++));
	}

	#setPushFailure(failure: SyncFailure | undefined): void {
		if (!failure && !this.#pushFailure) return;
		this.#pushFailure = failure;
		this.#setStatus(this.#status);
	}

	async #readCheckpoint(): Promise<Checkpoint> {
		let doc: PouchDoc;
		try {
			doc = await this.#o.local.get(checkpointId);
		} catch {
			return {}; // a device that never synced
		}
		const pullSeq =
			typeof doc.pullSeq === 'number' || typeof doc.pullSeq === 'string' ? doc.pullSeq : undefined;
		const load = doc.load as { afterReply?: unknown } | undefined;
		// Checkpoints written before scopes existed: `initialDone` meant the whole forum was held.
		const legacyDone = doc.initialDone === true ? everything : undefined;
		const legacyLoad = doc.initialDone === false ? {} : undefined;
		return {
			pullSeq,
			scope: parseScope(doc.scope) ?? legacyDone,
			load:
				load && typeof load === 'object'
					? { afterReply: typeof load.afterReply === 'string' ? load.afterReply : undefined }
					: legacyLoad
		};
	}

	#checkpointWrite: Promise<unknown> = Promise.resolve();

	/** Checkpoint writes are chained so two never race for the same `_rev`. */
	#writeCheckpoint(checkpoint: Checkpoint): Promise<unknown> {
		this.#checkpointWrite = this.#checkpointWrite.then(async () => {
			let rev: string | undefined;
			try {
				rev = (await this.#o.local.get(checkpointId))._rev;
			} catch {
				rev = undefined;
			}
			await this.#o.local.put({ _id: checkpointId, ...(rev ? { _rev: rev } : {}), ...checkpoint });
		});
		return this.#checkpointWrite.catch(() => undefined);
	}
}
