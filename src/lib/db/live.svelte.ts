import { liveQuery } from 'dexie';

/**
 * A Dexie `liveQuery` as rune state. Create it during component initialisation:
 *
 *   const shortlist = new LiveQuery(() => listShortlist(), []);
 *   {#each shortlist.current as entry}…
 *
 * Reactive values read synchronously at the start of `query` are tracked: when they change,
 * the query re-runs. Between a write and the fresh result the previous value stays, so a page
 * never flashes empty (or `undefined`) after an edit.
 */
export class LiveQuery<T> {
	#current = $state<T>() as T;
	#loading = $state(true);
	#error = $state<Error | undefined>();

	constructor(query: () => T | Promise<T>, initial: T) {
		this.#current = initial;
		$effect(() => {
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
