// A generic faceted full-text search: an inverted index with typo-tolerant lookups for the text,
// one bitset per facet value for the filters. Built once per content version (`indexDocuments`:
// plain data, which a worker can build and post), queried on every keystroke (`FacetedSearch`).
// The directory and the resource library each wrap it with their own fields, facets and sort
// orders. Pure TypeScript: runs the same in the browser, offline, and in Node tests.
import { andInto, countBoth, createBitset, hasBit, orInto, setBit, type Bitset } from './bitset';
import { TermDictionary, type TermMatch } from './fuzzy';
import { queryTokens, tokenize } from './normalize';

/** A field's text and how much a word found there counts towards relevance. */
export type WeightedText = [text: string, weight: number];

/** How to read one facet from a document: its possible values and the ones a document has. */
export interface FacetSpec<Doc, Value extends string> {
	values: readonly Value[];
	of: (doc: Doc) => readonly Value[];
}

export type FacetSpecs<Doc, Facets extends Record<string, string>> = {
	[K in keyof Facets]: FacetSpec<Doc, Facets[K]>;
};

/** Selected values per facet: OR within a facet, AND across facets; empty filters nothing. */
export type FacetFilters<Facets extends Record<string, string>> = {
	[K in keyof Facets]?: readonly Facets[K][];
};

/** Per facet value: matches of the text and of the other facets' filters (not its own). */
export type FacetCountsOf<Facets extends Record<string, string>> = {
	[K in keyof Facets]: Record<Facets[K], number>;
};

export interface FacetedMatch<Facets extends Record<string, string>> {
	/** Indices (into the documents given to the constructor) of the matches, in document order. */
	docs: number[];
	/** Relevance per document index (0 for documents that did not match the text). */
	scores: Float64Array;
	counts: FacetCountsOf<Facets>;
}

/** The documents a term occurs in, with the weight of the heaviest field it occurs in. */
export interface Posting {
	docs: number[];
	weights: number[];
}

/** Exact beats prefix (longer prefixes closer to exact) beats fuzzy (fewer edits first). */
function matchQuality(token: string, match: TermMatch): number {
	if (match.kind === 'exact') return 1;
	if (match.kind === 'prefix') return 0.6 + (0.3 * token.length) / match.term.length;
	return match.distance === 1 ? 0.5 : 0.3;
}

/**
 * A built index as plain data (Maps and typed arrays): what costs time to make (every field of
 * every document tokenised), and what a worker can make and post to the page (structured clone).
 */
export interface FacetedSearchData<Facets extends Record<string, string>> {
	size: number;
	postings: Map<string, Posting>;
	/** Per facet, in the order the facets were declared: one bitset per value. */
	bitsets: Map<keyof Facets, Map<string, Bitset>>;
}

/** Tokenises every document's fields and sets its facet bits: the index, ready to query. */
export function indexDocuments<Doc, Facets extends Record<string, string>>(
	docs: readonly Doc[],
	fields: (doc: Doc) => WeightedText[],
	facets: FacetSpecs<Doc, Facets>
): FacetedSearchData<Facets> {
	const size = docs.length;
	const postings = new Map<string, Posting>();
	docs.forEach((doc, index) => {
		const terms = new Map<string, number>();
		for (const [text, weight] of fields(doc)) {
			for (const term of tokenize(text)) terms.set(term, Math.max(weight, terms.get(term) ?? 0));
		}
		for (const [term, weight] of terms) {
			const posting = postings.get(term);
			if (posting) {
				posting.docs.push(index);
				posting.weights.push(weight);
			} else postings.set(term, { docs: [index], weights: [weight] });
		}
	});
	const bitsets = new Map<keyof Facets, Map<string, Bitset>>();
	for (const key of Object.keys(facets) as (keyof Facets)[]) {
		const spec = facets[key];
		const byValue = new Map<string, Bitset>();
		for (const value of spec.values) byValue.set(value, createBitset(size));
		docs.forEach((doc, index) => {
			for (const value of spec.of(doc)) {
				const bits = byValue.get(value);
				if (bits) setBit(bits, index);
			}
		});
		bitsets.set(key, byValue);
	}
	return { size, postings, bitsets };
}

/** Queries an index made by `indexDocuments` (here or in a worker). */
export class FacetedSearch<Facets extends Record<string, string>> {
	readonly #size: number;
	readonly #postings: Map<string, Posting>;
	readonly #dictionary: TermDictionary;
	readonly #facetKeys: (keyof Facets)[];
	readonly #bitsets: Map<keyof Facets, Map<string, Bitset>>;
	/** Recent token lookups: typing a query repeats the same tokens many times. */
	readonly #lookups = new Map<string, TermMatch[]>();

	constructor({ size, postings, bitsets }: FacetedSearchData<Facets>) {
		this.#size = size;
		this.#postings = postings;
		this.#dictionary = new TermDictionary(postings.keys());
		this.#facetKeys = [...bitsets.keys()];
		this.#bitsets = bitsets;
	}

	/** Documents matching every word of `text` (all when empty) and every facet filter. */
	match(text: string, filters: FacetFilters<Facets>): FacetedMatch<Facets> {
		const size = this.#size;
		const { mask: textMask, scores } = this.#matchText(text);
		const masks = new Map<keyof Facets, Bitset>();
		for (const key of this.#facetKeys) masks.set(key, this.#facetMask(key, filters[key] ?? []));

		const selected = textMask.slice();
		for (const mask of masks.values()) andInto(selected, mask);
		const docs: number[] = [];
		for (let doc = 0; doc < size; doc++) if (hasBit(selected, doc)) docs.push(doc);
		return { docs, scores, counts: this.#countFacets(textMask, masks) };
	}

	#matchText(text: string): { mask: Bitset; scores: Float64Array } {
		const size = this.#size;
		const mask = createBitset(size, true);
		const scores = new Float64Array(size);
		const tokens = queryTokens(text);
		tokens.forEach((token, position) => {
			// Prefix matching for the word being typed, and for any word long enough to be specific.
			const allowPrefix = position === tokens.length - 1 || token.length >= 3;
			const best = new Float64Array(size);
			const tokenMask = createBitset(size);
			for (const match of this.#lookup(token, allowPrefix)) {
				const quality = matchQuality(token, match);
				const posting = this.#postings.get(match.term);
				if (!posting) continue;
				posting.docs.forEach((doc, k) => {
					const score = quality * (posting.weights[k] ?? 0);
					if (score > (best[doc] ?? 0)) best[doc] = score;
					setBit(tokenMask, doc);
				});
			}
			andInto(mask, tokenMask);
			for (let doc = 0; doc < size; doc++) scores[doc] = (scores[doc] ?? 0) + (best[doc] ?? 0);
		});
		return { mask, scores };
	}

	/** The documents a facet lets through (all of them when nothing is selected in it). */
	#facetMask(key: keyof Facets, selected: readonly string[]): Bitset {
		if (selected.length === 0) return createBitset(this.#size, true);
		const mask = createBitset(this.#size);
		for (const value of selected) {
			const bits = this.#bitsets.get(key)?.get(value);
			if (bits) orInto(mask, bits);
		}
		return mask;
	}

	/**
	 * Counts per facet value over `base` (the documents matching the text), each facet counted with
	 * every other facet's filter applied but not its own, so a map or a checkbox list can show
	 * where else to look.
	 */
	#countFacets(base: Bitset, masks: Map<keyof Facets, Bitset>): FacetCountsOf<Facets> {
		const counts: Partial<Record<keyof Facets, Record<string, number>>> = {};
		for (const key of this.#facetKeys) {
			const others = base.slice();
			for (const [other, mask] of masks) if (other !== key) andInto(others, mask);
			const byValue: Record<string, number> = {};
			for (const [value, bits] of this.#bitsets.get(key) ?? []) {
				byValue[value] = countBoth(others, bits);
			}
			counts[key] = byValue;
		}
		// Complete: one record per facet key, one entry per declared value of that facet.
		return counts as FacetCountsOf<Facets>;
	}

	#lookup(token: string, allowPrefix: boolean): TermMatch[] {
		const key = `${allowPrefix ? '*' : '='}${token}`;
		let matches = this.#lookups.get(key);
		if (!matches) {
			if (this.#lookups.size >= 500) this.#lookups.clear();
			matches = this.#dictionary.lookup(token, allowPrefix);
			this.#lookups.set(key, matches);
		}
		return matches;
	}
}
