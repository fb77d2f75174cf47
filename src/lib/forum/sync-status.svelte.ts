// The forum sync's state for the whole app (header indicator), in a module that imports no
// PouchDB: any route may read it, and PouchDB stays out of their bundles. The sync controller
// writes it; it also remembers on this device whether posts are waiting, so the app can start
// the sync to deliver them even when the user never opens the forum again.
import { browser } from '$app/environment';
import type { SyncStatus } from './sync-engine';

const pendingKey = 'passerelle.forum.pending';

function readPending(): number {
	if (!browser) return 0;
	try {
		return Number(localStorage.getItem(pendingKey) ?? 0) || 0;
	} catch {
		return 0;
	}
}

class ForumSyncStatus {
	#active = $state(false);
	#status = $state<SyncStatus>({ state: 'offline' });
	#pending = $state(readPending());
	#needsLogin = $state(false);

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

	/** @internal written by the sync controller only */
	update(next: {
		active?: boolean;
		status?: SyncStatus;
		pending?: number;
		needsLogin?: boolean;
	}): void {
		if (next.active !== undefined) this.#active = next.active;
		if (next.status) this.#status = next.status;
		if (next.needsLogin !== undefined) this.#needsLogin = next.needsLogin;
		if (next.pending !== undefined) {
			this.#pending = next.pending;
			try {
				localStorage.setItem(pendingKey, String(next.pending));
			} catch {
				// Not remembered: the sync still starts when the forum is opened.
			}
		}
	}
}

export const forumSyncStatus = new ForumSyncStatus();
