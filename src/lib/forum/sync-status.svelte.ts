// The forum sync's state for the whole app (header indicator), in a module that imports no
// PouchDB: any route may read it, and PouchDB stays out of their bundles. The sync controller
// writes it; it also remembers on this device whether posts are waiting, so the app can start
// the sync to deliver them even when the user never opens the forum again, and which server
// documents it set aside, for the sync details on /compte (a page that does not load PouchDB).
import { browser } from '$app/environment';
import type { SetAsideList } from './set-aside';
import type { SyncStatus } from './sync-engine';

const pendingKey = 'passerelle.forum.pending';
const setAsideKey = 'passerelle.forum.setAside';
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
	#needsLogin = $state(false);
	#setAside = $state.raw(readStored(setAsideKey, isSetAsideList, noneSetAside));

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
	/** The session expired with posts waiting: the user must log in again. */
	get needsLogin(): boolean {
		return this.#needsLogin;
	}
	/** Server documents this device does not keep (set-aside.ts), as the sync last reported. */
	get setAside(): SetAsideList {
		return this.#setAside;
	}

	/** @internal written by the sync controller only */
	update(next: {
		active?: boolean;
		status?: SyncStatus;
		pending?: number;
		needsLogin?: boolean;
		setAside?: SetAsideList;
	}): void {
		if (next.active !== undefined) this.#active = next.active;
		if (next.status) this.#status = next.status;
		if (next.needsLogin !== undefined) this.#needsLogin = next.needsLogin;
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
