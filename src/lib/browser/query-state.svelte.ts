/**
 * A query's three states as rune state: its latest result (or the initial value until the first
 * one), `loading` until the first result or error, and the last error, cleared by the next result.
 * LiveQuery (Dexie) and ForumQuery (the forum's PouchDB) feed it. A result is replaced, never
 * changed in place, so it is raw state: no deep proxy, and it keeps its identity (the directory
 * uses the array it read as a key: src/lib/directory/handoff.ts).
 */
export class QueryState<T> {
	#current = $state.raw<T>() as T;
	#loading = $state(true);
	#error = $state<Error | undefined>();

	constructor(initial: T) {
		this.#current = initial;
	}

	/** A fresh result: shown at once, and any earlier error is cleared. */
	protected settle(value: T): void {
		this.#current = value;
		this.#loading = false;
		this.#error = undefined;
	}

	/** The query failed: the last result stays on screen beside the error. */
	protected fail(error: unknown): void {
		this.#loading = false;
		this.#error = error instanceof Error ? error : new Error(String(error));
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
