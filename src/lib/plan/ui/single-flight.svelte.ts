/**
 * One action at a time for a form or button: a second tap while the first one is still saving
 * does nothing (a double tap on « Créer le plan » made two plans). The check and the flag are set
 * before the first `await`, so two clicks in a row can never both start.
 */
export class SingleFlight {
	#busy = $state(false);

	/** True while an action runs: to disable a button that leaves the page. */
	get busy(): boolean {
		return this.#busy;
	}

	/** Runs `action` unless one is already running; resolves when it has finished. */
	async run(action: () => Promise<unknown> | void): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		try {
			await action();
		} finally {
			this.#busy = false;
		}
	}
}
