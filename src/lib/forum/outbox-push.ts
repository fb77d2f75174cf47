// Sends the outbox (outbox.ts): the posts written on this device, as `_bulk_docs` with
// `new_edits: false` (the request PouchDB's replicator sends), in batches the gateway accepts
// (push-batches.ts). Each refused document comes back with CouchDB's per-document `forbidden`
// and its reason; a 401 means the session is gone and the posts wait for a log-in. A failure of
// the network or the server is retried with its own back-off; offline, on the next `online`.
import { BackOff } from './back-off';
import { applyPushResults, pendingEntries, type Outbox, type PushResult } from './outbox';
import type { OutboxStore } from './outbox-store';
import type { PouchDatabase, PouchDoc } from './pouch-types';
import { pushBatches, type PushBatch, type PushItem } from './push-batches';
import { classifyFailure, HttpFailure, type SyncFailure } from './sync-failure';
import type { SyncServer } from './sync-server';

export interface OutboxPushOptions {
	local: PouchDatabase;
	outbox: OutboxStore;
	server: Pick<SyncServer, 'bulkDocs'>;
	isOnline: () => boolean;
	/** False once the sync stopped: a failure is then neither reported nor retried. */
	isRunning: () => boolean;
	retryDelaysMs: number[];
	/** The outbox changed (a post was accepted or refused), or the session expired. */
	onOutbox?: (outbox: Outbox, sessionExpired: boolean) => void;
	/** Why the push fails changed (see `failure`). */
	onFailure: () => void;
}

/** The outbox's sender: one push at a time, another one after it if asked meanwhile. */
export class OutboxPush {
	#pushing: Promise<void> | undefined;
	#pushAgain = false;
	#failure: SyncFailure | undefined;
	#backOff: BackOff;
	#retryTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly o: OutboxPushOptions) {
		this.#backOff = new BackOff(o.retryDelaysMs);
	}

	/** Why the last push failed, while posts wait to be retried (cleared once one goes out). */
	get failure(): SyncFailure | undefined {
		return this.#failure;
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

	/** The connection came back: the next failure waits the shortest delay. */
	resetBackOff(): void {
		this.#backOff.reset();
	}

	/** Drops the retry planned after a failure (offline or stopped). */
	cancelRetry(): void {
		clearTimeout(this.#retryTimer);
	}

	async #pushOnce(): Promise<void> {
		if (!this.o.isOnline()) return;
		const pending = pendingEntries(await this.o.outbox.load());
		if (pending.length === 0) return;
		const items: PushItem[] = [];
		for (const entry of pending) items.push({ entry, docs: await this.#leaves(entry.id) });
		for (const batch of pushBatches(items)) {
			let results: PushResult[];
			try {
				results = await this.#send(batch);
			} catch (error) {
				// Offline, unreachable or a server error: the posts stay pending and are tried again.
				return this.#failed(error);
			}
			this.#backOff.reset();
			const result = await this.o.outbox.update((outbox) =>
				applyPushResults(outbox, batch.entries, results)
			);
			// No session (the whole request refused, or each document by the forum's rules): the
			// posts wait for a log-in, with no retry until then.
			const refusal = results.find((entry) => entry.error === 'unauthorized');
			this.#setFailure(
				result.sessionExpired && refusal
					? { kind: 'session', detail: `unauthorized: ${refusal.reason ?? ''}` }
					: undefined
			);
			this.o.onOutbox?.(result.outbox, result.sessionExpired);
			if (result.sessionExpired) return;
		}
	}

	/** Every leaf revision of a post (the losing branch of a resolved conflict is deleted). */
	async #leaves(id: string): Promise<PouchDoc[]> {
		const leaves = (await this.o.local.get(id, {
			revs: true,
			open_revs: 'all'
		})) as unknown as { ok?: PouchDoc }[];
		return leaves.flatMap((leaf) => (leaf.ok ? [leaf.ok] : []));
	}

	/** One `_bulk_docs`; a 401 refuses every post of the batch (the session is gone). */
	async #send(batch: PushBatch): Promise<PushResult[]> {
		try {
			return await this.o.server.bulkDocs(batch.docs);
		} catch (error) {
			if (!(error instanceof HttpFailure) || error.status !== 401) throw error;
			return batch.entries.map(({ id }) => ({ id, error: 'unauthorized', reason: error.message }));
		}
	}

	/** Reports why the push failed and tries again after a back-off (offline: on `online`). */
	#failed(error: unknown): void {
		if (!this.o.isRunning()) return; // stopped: nothing to report or retry
		const failure = classifyFailure(error, this.o.isOnline());
		this.#setFailure(failure);
		if (failure.kind === 'offline') return;
		clearTimeout(this.#retryTimer);
		this.#retryTimer = setTimeout(() => void this.push(), this.#backOff.next());
	}

	#setFailure(failure: SyncFailure | undefined): void {
		if (!failure && !this.#failure) return;
		this.#failure = failure;
		this.o.onFailure();
	}
}
