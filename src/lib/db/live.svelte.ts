import type { liveQuery as LiveQueryFunction } from 'dexie';
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
export class LiveQuery<T> {
	// Raw: a result is replaced, never changed in place, so it needs no deep proxy; and it keeps
	// its identity (the directory uses the array it read as a key: src/lib/directory/handoff.ts).
	#current = $state.raw<T>() as T;
	#loading = $state(true);
	#error = $state<Error | undefined>();

	constructor(query: () => T | Promise<T>, initial: T) {
		this.#current = initial;
		// A failed load (offline, Dexie's file not cached yet) is tried again by the next page.
		if (dexie.error && !loading) dexie.error = undefined;
		$effect(() => {
			const liveQuery = dexie.liveQuery;
			if (!liveQuery) {
				if (dexie.error) {
					this.#loading = false;
					this.#error = dexie.error;
				} else loadDexie();
				return;
			}
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.#current = value;
					this.#loading = false;
					this.#error = undefined;
				},
				error: (error: unknown) => {
					this.#loading = false;
					this.#error = error instanceof Error ? error : new Error(String(error));
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	/** The latest result (or the initial value until the first one arrives). */
	get current(): T {
		return this.#current;
	}

	/** True until the first result or error. */
	get loading(): boolean {
		return this.#loading;
	}

	/** The last error, cleared by the next successful result. */
	get error(): Error | undefined {
		return this.#error;
	}
}
