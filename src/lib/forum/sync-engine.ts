// The forum's replication engine: plain TypeScript, no Svelte, no PouchDB import (the caller
// passes the databases), so it runs the same in the browser and in Node tests. This module is
// its state machine (offline → connecting → syncing → up to date, or error and a retry); each
// part is its own module:
// - first sync: every profile (the names shown with posts, once per device), then a bulk load
//   straight from the server's `_all_docs` (bulk-load.ts), of the part of the forum the device
//   keeps (sync-scope.ts), resumable from its checkpoint (sync-checkpoint.ts); the same load runs
//   again when the scope widens;
// - then the live pull (live-pull.ts): PouchDB's replication from that checkpoint, through the
//   scope's filter (live-filter.ts);
// - the push of the outbox (outbox-push.ts), in batches the gateway accepts (push-batches.ts);
// - every server document is checked before it is written; one the device cannot keep is set
//   aside (set-aside.ts, set-aside-keeper.ts), never stopping the sync;
// - the engine's own requests (sync-server.ts); failures in words (sync-failure.ts), retried with
//   back-off (back-off.ts); a watchdog restarts a live pull that stopped moving (stall-watch.ts).
import { BackOff } from './back-off';
import { bulkLoad, fetchThreads, loadProfiles } from './bulk-load';
import { LiveFilter } from './live-filter';
import { startLivePull } from './live-pull';
import type { Outbox } from './outbox';
import { OutboxPush } from './outbox-push';
import { OutboxStore } from './outbox-store';
import type { PouchDatabase, PouchDoc, Replication } from './pouch-types';
import {
	checkServerDoc,
	entryOf,
	storeServerDocs,
	type DocProblem,
	type SetAsideList
} from './set-aside';
import { SetAsideKeeper } from './set-aside-keeper';
import { StallWatch } from './stall-watch';
import { CheckpointStore, seqNumber, type Checkpoint } from './sync-checkpoint';
import { classifyFailure, type SyncFailure } from './sync-failure';
import { everything, sameScope, widens, type SyncScope } from './sync-scope';
import { syncServer, type SyncServer } from './sync-server';

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
type Settings = Required<Omit<SyncEngineOptions, Callbacks>> & Pick<SyncEngineOptions, Callbacks>;

export class SyncEngine {
	readonly outbox: OutboxStore;
	#o: Settings;
	#status: SyncStatus = { state: 'offline' };
	/** Bumped at every (re)start or stop: work of an older generation drops its results. */
	#generation = 0;
	#running = false;
	#replication: Replication | undefined;
	#retryTimer: ReturnType<typeof setTimeout> | undefined;
	#watchdog: ReturnType<typeof setInterval> | undefined;
	#backOff: BackOff;
	#server: SyncServer;
	#checkpoint: CheckpointStore;
	#setAside: SetAsideKeeper;
	#filter: LiveFilter;
	#push: OutboxPush;
	#progress: StallWatch;
	/** The server's sequence when this attempt started. */
	#seqAtStart = 0;
	/** What the local database holds (the scope of the last finished bulk load). */
	#scopeHeld: SyncScope | undefined;
	/** Whether the local database holds every profile (the live pull brings the rest). */
	#profilesHeld = false;
	/** Counts restarts caused by the watchdog (for tests and diagnostics). */
	stallRestarts = 0;

	constructor(options: SyncEngineOptions) {
		const o: Settings = {
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
		this.#o = o;
		this.#backOff = new BackOff(o.retryDelaysMs);
		this.#server = syncServer({
			url: o.remoteUrl,
			fetch: o.fetch,
			probeTimeoutMs: o.probeTimeoutMs
		});
		this.#checkpoint = new CheckpointStore(o.local);
		this.#progress = new StallWatch(o.stallTimeoutMs);
		this.outbox = new OutboxStore(o.local);
		this.#setAside = new SetAsideKeeper(o.local, (list) => o.onSetAside?.(list));
		this.#filter = new LiveFilter({
			scope: () => this.#o.scope,
			server: this.#server,
			checkDocument: o.checkDocument,
			isSetAside: (doc) => this.#setAside.has(doc),
			setAside: (doc, problem) => {
				void this.#setAside.note([entryOf(doc, problem)], []).catch(() => undefined);
			},
			store: (docs) => this.#store(docs)
		});
		this.#push = new OutboxPush({
			local: o.local,
			outbox: this.outbox,
			server: this.#server,
			isOnline: o.isOnline,
			isRunning: () => this.#running,
			retryDelaysMs: o.retryDelaysMs,
			onOutbox: o.onOutbox,
			onFailure: () => this.#setStatus(this.#status)
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
		this.#cancel();
		this.#filter.cancel();
		clearInterval(this.#watchdog);
		this.#watchdog = undefined;
	}

	/** Keeps another part of the forum from now on; what a wider scope adds is downloaded. */
	setScope(scope: SyncScope): void {
		if (sameScope(scope, this.#o.scope)) return;
		this.#o.scope = scope;
		this.#backOff.reset();
		this.#restart(false);
	}

	/** The browser went offline: stop trying until `online`. */
	goOffline(): void {
		this.#cancel();
		this.#setStatus({ state: 'offline' });
	}

	/** The connection came back: try at once, with a fresh back-off. */
	goOnline(): void {
		if (!this.#running) return;
		this.#backOff.reset();
		this.#push.resetBackOff();
		this.#restart(false);
	}

	/**
	 * Sends the outbox. Safe to call any time: offline or on a network error the posts stay
	 * pending and go with the next attempt (after reconnecting, logging in, or the retry).
	 */
	push(): Promise<void> {
		return this.#push.push();
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

	/** Drops the current attempt: its requests, its pull and the retries planned. */
	#cancel(): void {
		this.#generation++;
		this.#replication?.cancel();
		this.#replication = undefined;
		clearTimeout(this.#retryTimer);
		this.#push.cancelRetry();
	}

	/** Reports a new state; the last sync time and the push's failure carry over. */
	#setStatus(next: SyncStatus): void {
		const status: SyncStatus = { lastSyncedAt: this.#status.lastSyncedAt, ...next };
		if (this.#push.failure) status.pushFailure = this.#push.failure;
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
		this.#retryTimer = setTimeout(() => this.#restart(false), this.#backOff.next());
	}

	/** One attempt: the bulk load if one is due, then the live pull and a push. */
	async #run(generation: number): Promise<void> {
		const info = await this.#server.info();
		if (generation !== this.#generation) return;
		await this.#setAside.start(this.#o.appVersion, async (ids) => {
			const docs = ids.length > 0 ? await this.#server.byIds(ids) : [];
			return (await this.#write(docs)).setAside;
		});
		if (generation !== this.#generation) return;
		this.#seqAtStart = seqNumber(info.update_seq);
		const checkpoint = await this.#checkpoint.read();
		// The first sync's live pull starts at the server's position before the load began.
		const pullSeq = checkpoint.pullSeq ?? info.update_seq;
		const scope = this.#o.scope;
		const held = checkpoint.scope;
		this.#profilesHeld = checkpoint.profiles === true;
		if (!this.#profilesHeld) {
			// A first sync, or a device that synced before names came from profiles (its live pull
			// left them out): every profile, then the live pull from before this load keeps them.
			const done = await this.#loadProfiles(generation);
			if (!done || generation !== this.#generation) return;
			this.#profilesHeld = true;
			await this.#saveCheckpoint({ pullSeq, scope: held, load: checkpoint.load });
		}
		if (checkpoint.load || !held || widens(held, scope)) {
			const done = await this.#bulkLoad(generation, pullSeq, held, checkpoint.load?.afterReply);
			if (!done || generation !== this.#generation) return;
		}
		this.#scopeHeld = scope;
		if (!held || !sameScope(held, scope) || checkpoint.load) {
			await this.#saveCheckpoint({ pullSeq, scope });
		}
		await this.#filter.learnLocalThreads(this.#o.local);
		if (generation !== this.#generation) return;
		this.#progress.caughtUpTo(seqNumber(pullSeq));
		this.#startLivePull(generation, pullSeq);
		void this.push();
	}

	/** Saves where the sync stands, with whether every profile is held. */
	#saveCheckpoint(checkpoint: Omit<Checkpoint, 'profiles'>): Promise<unknown> {
		return this.#checkpoint.write({
			...checkpoint,
			...(this.#profilesHeld ? { profiles: true } : {})
		});
	}

	/** Downloads every profile (bulk-load.ts `loadProfiles`); false when cancelled. */
	#loadProfiles(generation: number): Promise<boolean> {
		this.#setStatus({ state: 'syncing', loaded: 0 });
		return loadProfiles(
			{
				page: (range, after, limit) => this.#server.page(range, after, limit),
				write: async (docs) => {
					this.#progress.active();
					return (await this.#store(docs)).length;
				},
				isCurrent: () => generation === this.#generation
			},
			this.#o.initialBatchSize
		);
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
		const progress = (load: Checkpoint['load']): Checkpoint => ({ pullSeq, scope: held, load });
		this.#setStatus({ state: 'syncing', loaded: 0 });
		await this.#saveCheckpoint(progress({ afterReply }));
		return bulkLoad(
			{
				page: (range, after, limit) => this.#server.page(range, after, limit),
				byIds: (ids) => this.#server.byIds(ids),
				write: async (docs) => (await this.#store(docs)).length,
				saveProgress: async (last) => {
					await this.#saveCheckpoint(progress({ afterReply: last }));
				},
				isCurrent,
				onLoaded: (loaded) => {
					this.#progress.active();
					if (isCurrent()) this.#setStatus({ state: 'syncing', loaded });
				}
			},
			this.#o.scope,
			{ batchSize: this.#o.initialBatchSize, afterReply }
		);
	}

	#startLivePull(generation: number, since: number | string): void {
		this.#progress.active();
		const seqAtStart = this.#seqAtStart;
		this.#replication = startLivePull(
			this.#o.local,
			this.#o.remote,
			{ since, batchSize: this.#o.liveBatchSize, filter: (doc) => this.#filter.keep(doc) },
			{
				change: (info) => {
					this.#progress.active();
					// A document set aside before and now fixed on the server comes off the list.
					const ids = (info.docs ?? []).map((doc) => doc._id);
					void this.#setAside.note([], ids).catch(() => undefined);
					if (info.last_seq !== undefined) {
						this.#progress.caughtUpTo(seqNumber(info.last_seq));
						void this.#saveCheckpoint({ pullSeq: info.last_seq, scope: this.#scopeHeld });
					}
					this.#setStatus({ state: 'syncing' });
				},
				active: () => {
					this.#progress.active();
					this.#setStatus({ state: 'syncing' });
				},
				paused: (first) => {
					this.#progress.active();
					// Paused with no error: every change up to the start of this pull is processed.
					if (first) this.#progress.caughtUpTo(seqAtStart);
					this.#backOff.reset();
					this.#progress.upToDate();
					this.#setStatus({ state: 'uptodate', lastSyncedAt: new Date().toISOString() });
				},
				error: (error) => this.#fail(generation, error)
			},
			() => generation === this.#generation
		);
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
			remoteSeq = seqNumber((await this.#server.info()).update_seq);
		} catch (error) {
			// The server does not answer at all: the long-poll is dead too.
			return this.#fail(generation, error);
		}
		if (generation !== this.#generation) return;
		if (this.#progress.isStalled(remoteSeq)) this.#restart(true);
	}

	/** Writes server documents as they are; those this device cannot keep are set aside. */
	async #store(docs: PouchDoc[]): Promise<PouchDoc[]> {
		const { stored, setAside } = await this.#write(docs);
		await this.#setAside.note(
			setAside,
			stored.map((doc) => doc._id)
		);
		return stored;
	}

	/** Writes what the device can keep, and learns the categories of the threads written. */
	async #write(docs: PouchDoc[]): ReturnType<typeof storeServerDocs> {
		const result = await storeServerDocs(this.#o.local, docs, this.#o.checkDocument);
		this.#filter.noteThreads(result.stored);
		return result;
	}
}
