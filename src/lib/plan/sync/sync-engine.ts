// One shared plan's sync: the one place that talks to the plan's database. A full exchange
// (`syncOnce`) stamps this device's new changes, pulls the server's until caught up, then pushes
// this device's (merging what conflicts). While the plan is open (`start`), it then waits on the
// server's live feed, or for a local change, and starts again; after a failure it tries again
// with growing delays, at once when the device comes back online or the user acts. Offline is
// what a failed request to our own server says, never the browser's `navigator.onLine` alone.
import type { PasserelleDatabase, PlanShareRow } from '$lib/db/database';
import type { PlanServer } from './plan-server';
import { SyncFailure, type FailureKind } from './plan-server';
import { pullAll, pullOnce } from './pull';
import { collectChanges, pushChanges, type SyncContext } from './push';

export type SyncState =
	| 'syncing'
	| 'synced'
	| 'offline'
	| 'login'
	| 'error'
	| 'readonly'
	/** This account no longer has the plan on the server: the device keeps its copy, unshared. */
	| 'removed';

export interface PlanSyncStatus {
	state: SyncState;
	/** This device's changes not on the server yet. */
	pending: number;
	/** Changes the server refused (they stay on this device). */
	refused: number;
	failure?: { kind: FailureKind; detail: string; retryAfter?: number };
	/** When the last full exchange ended. */
	syncedAt?: string;
}

export interface PlanSyncOptions {
	db: PasserelleDatabase;
	server: PlanServer;
	planId: string;
	now?: () => string;
	onStatus?: (status: PlanSyncStatus) => void;
	/** How long the live feed waits for a change before asking again. */
	liveWaitMs?: number;
	/** Delays between tries after a failure, the last one repeated. */
	retryDelaysMs?: number[];
	/** How long after a local change its push starts (edits come in bursts: typing). */
	debounceMs?: number;
}

const defaults = { liveWaitMs: 25_000, retryDelaysMs: [2_000, 5_000, 15_000, 30_000, 60_000] };

export class PlanSyncEngine {
	#status: PlanSyncStatus = { state: 'syncing', pending: 0, refused: 0 };
	#running = false;
	#stopped = false;
	#user: string | undefined;
	#wake: (() => void) | undefined;
	/** Set when woken while not waiting: the next wait returns at once (no wake-up is lost). */
	#poked = false;
	#debounce: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly options: PlanSyncOptions) {}

	get status(): PlanSyncStatus {
		return this.#status;
	}

	#now(): string {
		return (this.options.now ?? (() => new Date().toISOString()))();
	}

	#report(next: Partial<PlanSyncStatus>): void {
		this.#status = { ...this.#status, ...next };
		if (!('failure' in next) && next.state !== undefined) delete this.#status.failure;
		this.options.onStatus?.(this.#status);
	}

	async #share(): Promise<PlanShareRow | undefined> {
		const share = await this.options.db.planShares.get(this.options.planId);
		return share?.state === 'active' ? share : undefined;
	}

	/** The logged-in account, checked against the server once per run (and after a failure). */
	async #context(share: PlanShareRow): Promise<SyncContext> {
		this.#user ??= (await this.options.server.sessionUser()) ?? undefined;
		if (!this.#user) throw new SyncFailure('session', 'not logged in');
		if (this.#user !== share.user) {
			// Another account logged in on this device: it syncs if it is a member too.
			const plan = await this.options.server.getPlan(this.options.planId);
			await this.options.db.planShares.update(share.planId, {
				user: this.#user,
				role: plan.role,
				members: plan.members
			});
		}
		const { db, server, planId } = this.options;
		return { db, server, planId, user: this.#user, now: () => this.#now() };
	}

	/** Counts (and stamps) this device's changes; works offline. */
	async countPending(): Promise<number> {
		const { changes, refused } = await collectChanges(
			this.options.db,
			this.options.planId,
			this.#now()
		);
		this.#report({ pending: changes.length, refused });
		return changes.length;
	}

	/** One full exchange with the server. Throws a `SyncFailure` when it cannot. */
	async syncOnce(): Promise<PlanSyncStatus> {
		const share = await this.#share();
		if (!share) return this.#status;
		const pending = await this.countPending();
		this.#report({ state: 'syncing' });
		try {
			const context = await this.#context(share);
			await pullAll(context);
			const role = (await this.#share())?.role;
			if (role === 'reader') {
				const left = await this.countPending();
				this.#report({ state: left > 0 ? 'readonly' : 'synced', syncedAt: this.#now() });
				return this.#status;
			}
			const pushed = pending > 0 ? await pushChanges(context) : undefined;
			this.#report({
				state: 'synced',
				pending: pushed?.left ?? 0,
				refused: pushed?.refused ?? this.#status.refused,
				syncedAt: this.#now()
			});
			return this.#status;
		} catch (error) {
			throw await this.#failed(error);
		}
	}

	/** Reports a failure (and what follows from it) and returns it. */
	async #failed(error: unknown): Promise<SyncFailure> {
		const failure =
			error instanceof SyncFailure
				? error
				: new SyncFailure('server', error instanceof Error ? error.message : String(error));
		this.#user = undefined;
		const { kind, detail, retryAfter } = failure;
		if (kind === 'gone' && (await this.#confirmGone())) {
			this.#report({ state: 'removed', failure: { kind, detail } });
			return failure;
		}
		if (kind === 'forbidden') await this.#refreshRole();
		const state: SyncState =
			kind === 'offline' ? 'offline' : kind === 'session' ? 'login' : 'error';
		this.#report({ state, failure: { kind, detail, retryAfter } });
		return failure;
	}

	/**
	 * The plan's database answered 404: if the sharing API says this account is not a member
	 * either, the plan is no longer shared with it. The device keeps its copy, unshared: its sync
	 * metadata goes, the rows stay.
	 */
	async #confirmGone(): Promise<boolean> {
		const { db, server, planId } = this.options;
		try {
			await server.getPlan(planId);
			return false;
		} catch (error) {
			if (!(error instanceof SyncFailure) || error.kind !== 'gone') return false;
		}
		await db.transaction('rw', db.planShares, db.planSync, async () => {
			await db.planShares.update(planId, { state: 'removed' });
			await db.planSync.where('planId').equals(planId).delete();
		});
		return true;
	}

	/** A write was refused: this account may have become a reader. */
	async #refreshRole(): Promise<void> {
		try {
			const plan = await this.options.server.getPlan(this.options.planId);
			await this.options.db.planShares.update(this.options.planId, {
				role: plan.role,
				members: plan.members
			});
		} catch {
			// The next exchange tells more.
		}
	}

	/** Keeps the plan in sync while it is open: live feed, retries. */
	start(): void {
		if (this.#running) return;
		this.#running = true;
		this.#stopped = false;
		void this.#run();
	}

	stop(): void {
		this.#stopped = true;
		this.#running = false;
		clearTimeout(this.#debounce);
		this.#poke();
	}

	/** Tries again now (back online, the page shown again, the user logged in or asked). */
	retryNow(): void {
		this.#poke();
	}

	#poke(): void {
		this.#poked = true;
		this.#wake?.();
	}

	/** A promise resolved by the next poke (at once if one came meanwhile). */
	#woken(): Promise<'woken'> {
		return new Promise((resolve) => {
			this.#wake = () => {
				this.#poked = false;
				this.#wake = undefined;
				resolve('woken');
			};
			if (this.#poked) this.#wake();
		});
	}

	/** A row of the plan changed on this device: counted at once, sent after a short pause. */
	notifyLocalChange(): void {
		clearTimeout(this.#debounce);
		this.#debounce = setTimeout(() => {
			void this.countPending().then(
				(pending) => {
					if (pending > 0) this.#poke();
				},
				() => undefined
			);
		}, this.options.debounceMs ?? 1_000);
	}

	async #run(): Promise<void> {
		let attempt = 0;
		while (!this.#stopped) {
			try {
				await this.syncOnce();
				attempt = 0;
				if (this.#stopped) break;
				await this.#waitForChanges();
			} catch (error) {
				if (this.#stopped) break;
				if (this.#status.state === 'removed') break;
				const delays = this.options.retryDelaysMs ?? defaults.retryDelaysMs;
				const retryAfter = error instanceof SyncFailure ? error.retryAfter : undefined;
				const delay = retryAfter ? retryAfter * 1000 : delays[Math.min(attempt, delays.length - 1)];
				attempt += 1;
				await this.#sleep(delay ?? 60_000);
			}
		}
		this.#running = false;
	}

	/** Resolves after `ms`, or sooner when woken. */
	async #sleep(ms: number): Promise<void> {
		let timer: ReturnType<typeof setTimeout> | undefined;
		await Promise.race([
			new Promise((resolve) => (timer = setTimeout(resolve, ms))),
			this.#woken()
		]);
		clearTimeout(timer);
		this.#wake = undefined;
	}

	/** Waits for the server's next change (applied) or a local one. */
	async #waitForChanges(): Promise<void> {
		try {
			await this.#waitLive();
		} catch (error) {
			throw await this.#failed(error);
		}
	}

	async #waitLive(): Promise<void> {
		const share = await this.#share();
		if (!share || !this.#user) return;
		const context: SyncContext = {
			db: this.options.db,
			server: this.options.server,
			planId: this.options.planId,
			user: this.#user,
			now: () => this.#now()
		};
		const controller = new AbortController();
		const pull = pullOnce(context, {
			waitMs: this.options.liveWaitMs ?? defaults.liveWaitMs,
			signal: controller.signal
		}).then(
			() => 'pulled' as const,
			(error: unknown) => {
				if (controller.signal.aborted) return 'aborted' as const;
				throw error;
			}
		);
		const first = await Promise.race([pull, this.#woken()]).finally(() => (this.#wake = undefined));
		if (first === 'woken') {
			controller.abort();
			await pull;
		}
	}
}
