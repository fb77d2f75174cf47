import type { PouchDatabase } from './pouch-types';
import { forum } from './sync-controller.svelte';

/**
 * A query over the local forum database as rune state, re-run on every local change (new posts
 * from the sync, the user's own writes). Create it during component initialisation; reactive
 * values read synchronously at the start of `query` are tracked too.
 */
export class ForumQuery<T> {
	#current = $state<T>() as T;
	#loading = $state(true);
	#error = $state<Error | undefined>();

	constructor(query: (db: PouchDatabase) => Promise<T>, initial: T) {
		this.#current = initial;
		void forum.start();
		$effect(() => {
			void forum.revision;
			const db = forum.db;
			if (!db) return;
			let cancelled = false;
			query(db).then(
				(value) => {
					if (cancelled) return;
					this.#current = value;
					this.#loading = false;
					this.#error = undefined;
				},
				(error: unknown) => {
					if (cancelled) return;
					this.#loading = false;
					this.#error = error instanceof Error ? error : new Error(String(error));
				}
			);
			return () => {
				cancelled = true;
			};
		});
	}

	get current(): T {
		return this.#current;
	}
	get loading(): boolean {
		return this.#loading;
	}
	get error(): Error | undefined {
		return this.#error;
	}
}
