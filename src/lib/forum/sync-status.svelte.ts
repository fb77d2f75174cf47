// The forum sync's state for the whole app (header indicator), in a module that imports no
// PouchDB: any route may read it, and PouchDB stays out of their bundles. The sync controller
// writes it; it also remembers on this device whether posts are waiting, so the app can start
// the sync to deliver them even when the user never opens the forum again, whether they wait
// for a log-in (a flag set when the server answered 401, cleared by a log-in or once the outbox
// is empty: the banner on every page reads it without loading PouchDB), and, for the sync
// details on /compte, which server documents were set aside and the last failure's detail.
import { browser } from '$app/environment';
import type { SetAsideList } from './set-aside';
import type { SyncStatus } from './sync-engine';
import { failureKinds, type SyncFailure } from './sync-failure';

const pendingKey = 'passerelle.forum.pending';
const needsLoginKey = 'passerelle.forum.needsLogin';
const setAsideKey = 'passerelle.forum.setAside';
const lastFailureKey = 'passerelle.forum.lastFailure';
const noneSetAside: SetAsideList = { version: '', entries: [] };

/** A value remembered on this device, or `fallback` when missing, unreadable or malformed. */
function readStored<T>(key: string, isValid: (value: unknown) => value is T, fallback: T): T {
	if (!browser) return fallback;
	try {
		const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
		return isValid(value) ? value : fallback;
	} catch {
		return fallback;
	}
}

function writeStored(key: string, value: unknown): void {
	try {
		localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Not remembered (storage blocked): the forum sync reports it again when it runs.
	}
}

const isCount = (value: unknown): value is number => Number.isInteger(value);
const isFlag = (value: unknown): value is boolean => typeof value === 'boolean';

/** A failure and when it happened (ISO), as the sync details show it. */
export type DatedFailure = SyncFailure & { at: string };

function isDatedFailure(value: unknown): value is DatedFailure {
	if (!value || typeof value !== 'object') return false;
	const { kind, detail, at } = value as Record<string, unknown>;
	return (
		failureKinds.some((known) => known === kind) &&
		typeof detail === 'string' &&
		typeof at === 'string'
	);
}

// Checked by hand: zod is not part of the app shell (bundle budget).
function isSetAsideList(value: unknown): value is SetAsideList {
	if (!value || typeof value !== 'object') return false;
	const { version, entries } = value as Record<string, unknown>;
	return (
		typeof version === 'string' &&
		Array.isArray(entries) &&
		entries.every((entry: Record<string, unknown> | null) =>
			['id', 'reason', 'detail'].every((key) => typeof entry?.[key] === 'string')
		)
	);
}

class ForumSyncStatus {
	#active = $state(false);
	#status = $state<SyncStatus>({ state: 'offline' });
	#pending = $state(readStored(pendingKey, isCount, 0));
	#needsLogin = $state(readStored(needsLoginKey, isFlag, false));
	#setAside = $state.raw(readStored(setAsideKey, isSetAsideList, noneSetAside));
	#lastFailure = $state.raw(readStored(lastFailureKey, isDatedFailure, undefined));
	#lastFailureSource: SyncFailure | undefined;
	#unsavedFailure: DatedFailure | undefined;

	/** Whether the forum sync runs (the header shows its state then). */
	get active(): boolean {
		return this.#active;
	}
	get status(): SyncStatus {
		return this.#status;
	}
	/** Posts in the outbox waiting to be sent. */
	get pending(): number {
		return this.#pending;
	}
	/** The server no longer knows this device's session (a 401, or another user logged in). */
	get needsLogin(): boolean {
		return this.#needsLogin;
	}
	/** Posts wait and can only go out after the user logs in again. */
	get waitsForLogin(): boolean {
		return this.#needsLogin && this.#pending > 0;
	}
	/** The last failure of the pull or the push, with its technical detail. */
	get lastFailure(): DatedFailure | undefined {
		return this.#lastFailure;
	}
	/** Server documents this device does not keep (set-aside.ts), as the sync last reported. */
	get setAside(): SetAsideList {
		return this.#setAside;
	}

	/**
	 * Shows a new failure at once, but remembers it on the device only once a later status shows
	 * the page lived on: leaving a page aborts its requests before any event says it is going
	 * (in Chromium, between `beforeunload` and `pagehide`), and that is no incident to report.
	 * A failure is noted once: the push's stays in every status until a push succeeds.
	 */
	#noteFailure(failure: SyncFailure | undefined): void {
		if (this.#unsavedFailure) writeStored(lastFailureKey, this.#unsavedFailure);
		this.#unsavedFailure = undefined;
		if (!failure || failure === this.#lastFailureSource) return;
		this.#lastFailureSource = failure;
		this.#lastFailure = this.#unsavedFailure = { ...failure, at: new Date().toISOString() };
	}

	/**
	 * @internal written by the sync controller, and by own-account.ts when the server says this
	 * device's session has ended (on /compte, where the controller does not run)
	 */
	update(next: {
		active?: boolean;
		status?: SyncStatus;
		pending?: number;
		needsLogin?: boolean;
		setAside?: SetAsideList;
	}): void {
		if (next.active !== undefined) this.#active = next.active;
		if (next.status) {
			this.#status = next.status;
			this.#noteFailure(next.status.failure ?? next.status.pushFailure);
		}
		if (next.needsLogin !== undefined) {
			this.#needsLogin = next.needsLogin;
			writeStored(needsLoginKey, next.needsLogin);
		}
		if (next.pending !== undefined) {
			this.#pending = next.pending;
			writeStored(pendingKey, next.pending);
		}
		if (next.setAside) {
			this.#setAside = next.setAside;
			writeStored(setAsideKey, next.setAside);
		}
	}
}

export const forumSyncStatus = new ForumSyncStatus();
