// Typo-tolerant term lookup over the index vocabulary.

/** How many edits a query token may carry: none under 4 characters, 1 up to 7, then 2. */
export function typoBudget(length: number): number {
	if (length >= 8) return 2;
	return length >= 4 ? 1 : 0;
}

// Reused rows: the search runs on one thread and never re-enters this function.
let rowBefore = new Int32Array(32);
let rowPrevious = new Int32Array(32);
let rowCurrent = new Int32Array(32);

/**
 * Damerau-Levenshtein distance in its "optimal string alignment" form (insertions, deletions,
 * substitutions and swaps of two neighbouring letters), bounded: any distance above `max` is
 * reported as `max + 1`, which lets most comparisons stop after a row or two.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const width = b.length + 1;
	if (rowCurrent.length < width) {
		rowBefore = new Int32Array(width * 2);
		rowPrevious = new Int32Array(width * 2);
		rowCurrent = new Int32Array(width * 2);
	}
	for (let j = 0; j < width; j++) rowPrevious[j] = j;
	for (let i = 1; i <= a.length; i++) {
		rowCurrent[0] = i;
		let rowMin = i;
		const ca = a.charCodeAt(i - 1);
		for (let j = 1; j < width; j++) {
			const cb = b.charCodeAt(j - 1);
			const cost = ca === cb ? 0 : 1;
			let value = Math.min(
				(rowPrevious[j] ?? 0) + 1,
				(rowCurrent[j - 1] ?? 0) + 1,
				(rowPrevious[j - 1] ?? 0) + cost
			);
			if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
				value = Math.min(value, (rowBefore[j - 2] ?? 0) + 1);
			}
			rowCurrent[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		[rowBefore, rowPrevious, rowCurrent] = [rowPrevious, rowCurrent, rowBefore];
	}
	const distance = rowPrevious[b.length] ?? max + 1;
	return distance > max ? max + 1 : distance;
}

export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

/** An indexed term that a query token matches, and how. */
export interface TermMatch {
	term: string;
	kind: MatchKind;
	/** Edits between token and term (0 for exact and prefix matches). */
	distance: number;
}

/** The vocabulary of an index, arranged for exact, prefix and typo-tolerant lookups. */
export class TermDictionary {
	/** Sorted by code unit, so all terms sharing a prefix are contiguous. */
	readonly #sorted: string[];
	/** Fuzzy candidates only need terms whose length is within the typo budget. */
	readonly #byLength = new Map<number, string[]>();

	constructor(terms: Iterable<string>) {
		this.#sorted = [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		for (const term of this.#sorted) {
			const bucket = this.#byLength.get(term.length);
			if (bucket) bucket.push(term);
			else this.#byLength.set(term.length, [term]);
		}
	}

	get size(): number {
		return this.#sorted.length;
	}

	/** Every term the token matches: exactly, as a prefix (when allowed) or within its typo budget. */
	lookup(token: string, allowPrefix: boolean): TermMatch[] {
		const matches: TermMatch[] = [];
		const found = new Set<string>();
		for (let i = this.#lowerBound(token); i < this.#sorted.length; i++) {
			const term = this.#sorted[i] ?? '';
			if (!term.startsWith(token)) break;
			if (term !== token && !allowPrefix) break;
			matches.push({ term, kind: term === token ? 'exact' : 'prefix', distance: 0 });
			found.add(term);
		}
		const budget = typoBudget(token.length);
		for (
			let length = token.length - budget;
			budget > 0 && length <= token.length + budget;
			length++
		) {
			for (const term of this.#byLength.get(length) ?? []) {
				if (found.has(term)) continue;
				const distance = editDistance(token, term, budget);
				if (distance <= budget) matches.push({ term, kind: 'fuzzy', distance });
			}
		}
		return matches;
	}

	#lowerBound(token: string): number {
		let low = 0;
		let high = this.#sorted.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if ((this.#sorted[middle] ?? '') < token) low = middle + 1;
			else high = middle;
		}
		return low;
	}
}
