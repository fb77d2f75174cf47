// Runs in Node (the gateway). Password hashing (PBKDF2, ~75 ms each) runs on libuv's thread pool,
// which the embedded database's disk reads share: sixteen log-ins at once would make every other
// visitor wait seconds. So a few checks run at a time, a few more wait their turn, and beyond
// that the visitor is asked to come back in a moment (429 with Retry-After) instead of queuing
// without end.
import { HttpError } from '../http/errors.js';

/**
 * @param {{ concurrency: number, waiting: number }} options
 */
export function createPasswordWork({ concurrency, waiting }) {
	let running = 0;
	/** @type {(() => void)[]} */
	const queue = [];

	function next() {
		const start = queue.shift();
		if (start) start();
	}

	return {
		/**
		 * Runs `task` when a slot frees; throws a 429 at once when too many already wait.
		 * @template T @param {() => Promise<T>} task @returns {Promise<T>}
		 */
		async run(task) {
			if (running >= concurrency) {
				if (queue.length >= waiting) {
					throw new HttpError(
						429,
						'too_many_requests',
						'The server is checking many passwords right now; try again in a moment.',
						{ 'Retry-After': '1' }
					);
				}
				await new Promise((start) => queue.push(() => start(undefined)));
			}
			running++;
			try {
				return await task();
			} finally {
				running--;
				next();
			}
		},
		/** Checks running and waiting now (tests, the bench). */
		get load() {
			return { running, waiting: queue.length };
		}
	};
}
