import { browser } from '$app/environment';
import {
	isServerProbeAnswer,
	outcomeOfError,
	outcomeOfResponse,
	probeDelayMs,
	type RequestOutcome
} from './server-answer';

/** A small request the app's own server always answers (the gateway itself, with JSON). */
const probeUrl = '/db/';
const probeTimeoutMs = 8_000;

/**
 * Whether the app can reach its own server. `navigator.onLine` only says a network interface is
 * up, so it decides "offline" (the interface is down) but never "online" alone: any request to
 * the server that fails without an answer makes the app offline, until one succeeds again. While
 * the server is unreachable a small probe asks again, soon at first, then every 30 s; the
 * browser's `online` event asks at once. The forum sync and the header indicator follow this.
 */
class Connectivity {
	#networkUp = $state(browser ? navigator.onLine : true);
	#serverAnswers = $state(true);
	#probeAttempt = 0;
	#probeTimer: ReturnType<typeof setTimeout> | undefined;
	#probing: Promise<boolean> | undefined;
	#listeners = new Set<(online: boolean) => void>();

	constructor() {
		if (!browser) return;
		window.addEventListener('online', () => {
			this.#change(() => (this.#networkUp = true));
			void this.check();
		});
		window.addEventListener('offline', () => this.#change(() => (this.#networkUp = false)));
	}

	/** The network is up and the server answered the last request made to it. */
	get online(): boolean {
		return this.#networkUp && this.#serverAnswers;
	}

	/** Calls `listener` whenever `online` changes; returns a function that stops it. */
	onChange(listener: (online: boolean) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Asks the server now (one probe at a time); resolves to whether the app is online. */
	check(): Promise<boolean> {
		if (!browser) return Promise.resolve(true);
		this.#probing ??= this.#probe().finally(() => (this.#probing = undefined));
		return this.#probing;
	}

	/** `fetch` for requests to the app's server: their outcome tells whether it is reachable. */
	readonly fetch: typeof fetch = async (input, init) => {
		try {
			const response = await fetch(input, init);
			this.#note(outcomeOfResponse(response, location.origin));
			return response;
		} catch (error) {
			this.#note(outcomeOfError(error, init?.signal));
			throw error;
		}
	};

	async #probe(): Promise<boolean> {
		if (!navigator.onLine) return false;
		try {
			const response = await fetch(probeUrl, {
				cache: 'no-store',
				credentials: 'omit',
				headers: { accept: 'application/json' },
				signal: AbortSignal.timeout(probeTimeoutMs)
			});
			this.#note(isServerProbeAnswer(response, location.origin) ? 'answered' : 'unreachable');
		} catch {
			this.#note('unreachable');
		}
		return this.online;
	}

	#note(outcome: RequestOutcome): void {
		if (outcome === 'ignored') return;
		const answered = outcome === 'answered';
		this.#change(() => {
			// A request that went through proves the network is up, whatever the browser thought.
			if (answered) this.#networkUp = true;
			this.#serverAnswers = answered;
		});
		clearTimeout(this.#probeTimer);
		if (answered) {
			this.#probeAttempt = 0;
			return;
		}
		this.#probeTimer = setTimeout(() => void this.check(), probeDelayMs(this.#probeAttempt++));
	}

	#change(apply: () => void): void {
		const before = this.online;
		apply();
		if (this.online === before) return;
		for (const listener of this.#listeners) listener(this.online);
	}
}

export const connectivity = new Connectivity();
