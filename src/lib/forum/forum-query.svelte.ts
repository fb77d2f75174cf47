import { QueryState } from '$lib/browser/query-state.svelte';
import type { PouchDatabase } from './pouch-types';
import { forum } from './sync-controller.svelte';

/**
 * A query over the local forum database as rune state, re-run on every local change (new posts
 * from the sync, the user's own writes). Create it during component initialisation; reactive
 * values read synchronously at the start of `query` are tracked too.
 */
export class ForumQuery<T> extends QueryState<T> {
	constructor(query: (db: PouchDatabase) => Promise<T>, initial: T) {
		super(initial);
		void forum.start();
		$effect(() => {
			void forum.revision;
			const db = forum.db;
			if (!db) return;
			let cancelled = false;
			query(db).then(
				(value) => {
					if (!cancelled) this.settle(value);
				},
				(error: unknown) => {
					if (!cancelled) this.fail(error);
				}
			);
			return () => {
				cancelled = true;
			};
		});
	}
}
