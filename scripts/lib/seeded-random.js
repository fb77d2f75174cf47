// Seeded randomness for the demo-data generators: the same seed always gives the same file.
// mulberry32, the generator of src/lib/directory/provider-factory.ts.

/** @param {number} seed */
export function seededRandom(seed) {
	let state = seed >>> 0;
	const random = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	/** @param {number} min @param {number} max inclusive */
	const between = (min, max) => min + Math.floor(random() * (max - min + 1));
	/** @template T @param {readonly T[]} items @returns {T} */
	const pick = (items) => /** @type {T} */ (items[Math.floor(random() * items.length)]);
	/** @template T @param {readonly T[]} items @param {number} count @returns {T[]} */
	const sample = (items, count) => {
		const pool = [...items];
		for (let i = pool.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[pool[i], pool[j]] = [/** @type {T} */ (pool[j]), /** @type {T} */ (pool[i])];
		}
		return pool.slice(0, count);
	};
	return { random, between, pick, sample };
}
