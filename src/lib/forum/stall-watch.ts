// Whether the live pull has stopped making progress. A long-poll can hang on a dead connection
// with no error (PouchDB #8462, #9063): the pull then says nothing while the server moves on.
// The engine asks the server where it is every so often (its watchdog) and restarts the pull
// once it has been behind, with no sign of life, for the whole stall timeout.

/** The live pull's progress, compared with the server's sequence. */
export class StallWatch {
	/** The server's sequence up to which every change is processed. */
	#caughtUpSeq = 0;
	#lastActivity = 0;
	/** Since when the server has been ahead of the pull. */
	#aheadSince: number | undefined;

	constructor(private readonly stallTimeoutMs: number) {}

	/** The pull did something (a change, a page, a pause): it is alive. */
	active(now = Date.now()): void {
		this.#lastActivity = now;
	}

	/** Every change up to `seq` is processed. */
	caughtUpTo(seq: number): void {
		this.#caughtUpSeq = Math.max(this.#caughtUpSeq, seq);
	}

	/** The pull paused with nothing left to read: it is not behind. */
	upToDate(): void {
		this.#aheadSince = undefined;
	}

	/** The server is at `remoteSeq`: whether the pull is stalled and should be restarted. */
	isStalled(remoteSeq: number, now = Date.now()): boolean {
		if (remoteSeq <= this.#caughtUpSeq) {
			this.#aheadSince = undefined;
			return false;
		}
		this.#aheadSince ??= now;
		const idleFor = now - Math.max(this.#lastActivity, this.#aheadSince);
		if (now - this.#aheadSince >= this.stallTimeoutMs && idleFor >= this.stallTimeoutMs) {
			this.#aheadSince = undefined;
			return true;
		}
		return false;
	}
}
