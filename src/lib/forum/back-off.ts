// How long to wait before trying the server again: the pull and the push each keep their own
// count, so a failing push does not slow the pull down (and the other way round).

/** Retry delays that grow with each failure, starting again after a success. */
export class BackOff {
	#attempt = 0;

	/** `delaysMs[n]` is the wait before retry number n (from 0); the last one repeats. */
	constructor(private readonly delaysMs: readonly number[]) {}

	/** The wait before the next retry (each call counts one more failure). */
	next(): number {
		const delays = this.delaysMs;
		return delays[Math.min(this.#attempt++, delays.length - 1)] ?? 30_000;
	}

	/** A success (or a fresh start, on `online`): the next failure waits the shortest delay. */
	reset(): void {
		this.#attempt = 0;
	}
}
