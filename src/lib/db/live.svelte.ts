import type { liveQuery as LiveQueryFunction } from 'dexie';
import { QueryState } from '$lib/browser/query-state.svelte';
import { loadDb } from './index';

// Dexie loads with the first LiveQuery of a page, once the page has painted its heading and text
// (`loadDb`); until then every LiveQuery is `loading` and shows its initial value.
const dexie = $state<{ liveQuery?: typeof LiveQueryFunction; error?: Error }>({});
let loading = false;

function loadDexie(): void {
	if (loading) return;
	loading = true;
	loadDb()
		.then(() => import('dexie'))
		.then(
			(module) => (dexie.liveQuery = module.liveQuery),
			(error: unknown) => {
				loading = false;
				dexie.error = error instanceof Error ? error : new Error(String(error));
			}
		);
}

/**
 * A Dexie `liveQuery` as rune state. Create it during component initialisation:
 *
 *   const shortlist = new LiveQuery(() => listShortlist(), []);
 *   {#each shortlist.current as entry}…
 *
 * Reactive values read synchronously at the start of `query` are tracked: when they change,
 * the query re-runs. Between a write and the fresh result the previous value stays, so a page
 * never flashes empty (or `undefined`) after an edit. `query` may call `getDb()`: it runs only
 * once the database is loaded.
 */
export class LiveQuery<T> extends QueryState<T> {
	constructor(query: () => T | Promise<T>, initial: T) {
		super(initial);
		// A failed load (offline, Dexie's file not cached yet) is tried again by the next page.
		if (dexie.error && !loading) dexie.error = undefined;
		$effect(() => {
			const liveQuery = dexie.liveQuery;
			if (!liveQuery) {
				if (dexie.error) this.fail(dexie.error);
				else loadDexie();
				return;
			}
			const subscription = liveQuery(query).subscribe({
				next: (value) => this.settle(value),
				error: (error: unknown) => this.fail(error)
			});
			return () => subscription.unsubscribe();
		});
	}
}
