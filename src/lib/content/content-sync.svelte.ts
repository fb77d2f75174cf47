import { browser } from '$app/environment';
import { connectivity } from '$lib/net/connectivity.svelte';
import type { ContentSyncResult } from './sync';
import { syncFailure } from './sync-failure';

/**
 * Keeps the local content current: syncs once at start, again whenever the connection comes
 * back, and on demand. The UI reads `running` and `lastResult` (a refusal is shown to the user).
 */
class ContentSync {
	running = $state(false);
	lastResult = $state<ContentSyncResult | undefined>();
	#started = false;
	#pending: Promise<ContentSyncResult> | undefined;

	/**
	 * Online, and no sync has finished yet in this visit: an empty page is still loading its
	 * content (on a first visit the check starts once the page has painted), not missing it.
	 */
	get firstCheckPending(): boolean {
		return !this.lastResult && connectivity.online;
	}

	/** Starts the automatic syncs (idempotent). */
	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		void this.run();
		window.addEventListener('online', () => void this.run());
	}

	/**
	 * Runs one sync; a call during another shares it, except a forced one (the user asked),
	 * which runs once the current one is over.
	 */
	async run(force = false): Promise<ContentSyncResult> {
		if (this.#pending && !force) return this.#pending;
		if (this.#pending) await this.#pending;
		this.#pending = this.#run(force).finally(() => (this.#pending = undefined));
		return this.#pending;
	}

	async #run(force: boolean): Promise<ContentSyncResult> {
		this.running = true;
		try {
			// Loaded on first use, like the sync itself (a worker, or Dexie and the zod schemas on
			// this thread): it stays out of every page's initial JavaScript (bundle budget,
			// scripts/bundle-budget.js). Precached, so this works offline.
			const { runContentSync } = await import('./run-sync');
			const result = await runContentSync(force);
			this.lastResult = result;
			return result;
		} catch (error) {
			const result = syncFailure(error);
			this.lastResult = result;
			return result;
		} finally {
			this.running = false;
		}
	}
}

export const contentSync = new ContentSync();
