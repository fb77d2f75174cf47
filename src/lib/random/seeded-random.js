// Seeded randomness for test factories, demo-data generators and benchmarks: the same seed always
// gives the same data. Plain JavaScript (typed in JSDoc) so the Node scripts import it as it is.

/**
 * A small seeded random generator (mulberry32): numbers in [0, 1), like Math.random.
 * @param {number} seed
 * @returns {() => number}
 */
export function createRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * One of `items`, drawn with `random`.
 * @template T @param {() => number} random @param {readonly T[]} items @returns {T}
 */
export function pick(random, items) {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error('Cannot pick from an empty list');
	return item;
}

/**
 * A non-empty random subset of `items`, in the list's order: each is kept with `probability`.
 * @template T @param {() => number} random @param {readonly T[]} items @param {number} probability
 * @returns {T[]}
 */
export function subset(random, items, probability) {
	const chosen = items.filter(() => random() < probability);
	return chosen.length > 0 ? chosen : [pick(random, items)];
}

/**
 * The generator of `seed` with the helpers the demo-data generators use.
 * @param {number} seed
 */
export function seededRandom(seed) {
	const random = createRandom(seed);
	/** @param {number} min @param {number} max inclusive */
	const between = (min, max) => min + Math.floor(random() * (max - min + 1));
	/** @template T @param {readonly T[]} items @param {number} count @returns {T[]} */
	const sample = (items, count) => {
		const pool = [...items];
		for (let i = pool.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[pool[i], pool[j]] = [/** @type {T} */ (pool[j]), /** @type {T} */ (pool[i])];
		}
		return pool.slice(0, count);
	};
	return {
		random,
		between,
		/** @template T @param {readonly T[]} items @returns {T} */
		pick: (items) => pick(random, items),
		sample
	};
}
