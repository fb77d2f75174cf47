// Runs in Node. Work done one at a time per key (a database's writes, one person's plan
// creations): each task waits for the previous one with the same key, so a check and the write
// it allows are never raced by another request with that key.

export function createKeyedQueue() {
	/** @type {Map<string, Promise<unknown>>} */
	const tails = new Map();
	return {
		/**
		 * @template T
		 * @param {string} key @param {() => Promise<T>} work
		 * @returns {Promise<T>}
		 */
		run(key, work) {
			const previous = tails.get(key) ?? Promise.resolve();
			const next = previous.then(work, work);
			const tail = next.catch(() => undefined);
			tails.set(key, tail);
			void tail.then(() => {
				if (tails.get(key) === tail) tails.delete(key);
			});
			return next;
		}
	};
}
