// Sets of document indices as bit arrays: fast intersections and counts for faceted search.

export type Bitset = Uint32Array;

/** A bitset for `size` documents, empty or (with `filled`) containing all of them. */
export function createBitset(size: number, filled = false): Bitset {
	const bits = new Uint32Array(Math.ceil(size / 32));
	if (filled) {
		bits.fill(0xffffffff);
		const spare = bits.length * 32 - size;
		if (spare > 0) bits[bits.length - 1] = 0xffffffff >>> spare;
	}
	return bits;
}

export function setBit(bits: Bitset, index: number): void {
	bits[index >>> 5] = (bits[index >>> 5] ?? 0) | (1 << (index & 31));
}

export function hasBit(bits: Bitset, index: number): boolean {
	return ((bits[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;
}

/** Intersects `target` with `other`, in place. */
export function andInto(target: Bitset, other: Bitset): void {
	for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) & (other[i] ?? 0);
}

/** Unites `target` with `other`, in place. */
export function orInto(target: Bitset, other: Bitset): void {
	for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) | (other[i] ?? 0);
}

/** Number of set bits in `a AND b`, without allocating. */
export function countBoth(a: Bitset, b: Bitset): number {
	let count = 0;
	for (let i = 0; i < a.length; i++) {
		let word = ((a[i] ?? 0) & (b[i] ?? 0)) >>> 0;
		word -= (word >>> 1) & 0x55555555;
		word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
		count += (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
	}
	return count;
}
