// The directory's search engine: built once from the providers, then queried on every keystroke.
// Pure TypeScript with no I/O, so it runs the same offline, in a worker or in Node tests.
import {
	regionDistance,
	regionIds,
	regionLabels,
	type Provider,
	type RegionId
} from '../schemas/provider';
import {
	andInto,
	buildFacetBitsets,
	countFacets,
	createBitset,
	facetKeys,
	facetMasks,
	hasBit,
	setBit,
	type DirectoryFilters,
	type FacetBitsets,
	type FacetCounts
} from './filters';
import { TermDictionary, type TermMatch } from './fuzzy';
import { queryTokens, tokenize } from './normalize';

export const directorySorts = ['relevance', 'name', 'region'] as const;
export type DirectorySort = (typeof directorySorts)[number];

/** What the directory page asks for; every part is optional. */
export interface SearchQuery {
	text?: string;
	filters?: Partial<DirectoryFilters>;
	sort?: DirectorySort;
	/** Reference region for the 'region' sort (nearest first); without it, regions sort by name. */
	nearRegion?: RegionId | undefined;
}

export interface SearchResult {
	/** Matching provider ids, in the requested order. */
	ids: string[];
	total: number;
	/** Per facet value, matches of the text and of the other facets' filters (not its own). */
	counts: FacetCounts;
}

export interface SearchIndex {
	readonly size: number;
	search(query?: SearchQuery): SearchResult;
	get(id: string): Provider | undefined;
}

/** How much a word found in each field counts towards relevance. */
export const fieldWeights = {
	name: 10,
	tools: 6,
	city: 5,
	region: 4,
	examples: 2,
	description: 1
} as const;

/** Exact beats prefix (longer prefixes closer to exact) beats fuzzy (fewer edits first). */
function matchQuality(token: string, match: TermMatch): number {
	if (match.kind === 'exact') return 1;
	if (match.kind === 'prefix') return 0.6 + (0.3 * token.length) / match.term.length;
	return match.distance === 1 ? 0.5 : 0.3;
}

function providerFields(provider: Provider): [text: string, weight: number][] {
	const region = regionLabels[provider.location.region];
	return [
		[provider.name, fieldWeights.name],
		[provider.tools.join(' '), fieldWeights.tools],
		[`${provider.location.city} ${provider.location.postcode}`, fieldWeights.city],
		[`${region.fr} ${region.en}`, fieldWeights.region],
		[
			provider.examples.map((e) => `${e.association} ${e.summary}`).join(' '),
			fieldWeights.examples
		],
		[provider.description, fieldWeights.description]
	];
}

interface Posting {
	docs: number[];
	weights: number[];
}

const collator = new Intl.Collator('fr', { numeric: true });

/** Builds the inverted index, facet bitsets and sort keys for a list of providers. */
export function buildSearchIndex(providers: readonly Provider[]): SearchIndex {
	return new ProviderSearchIndex(providers);
}

class ProviderSearchIndex implements SearchIndex {
	readonly #providers: readonly Provider[];
	readonly #byId = new Map<string, Provider>();
	readonly #postings = new Map<string, Posting>();
	readonly #dictionary: TermDictionary;
	readonly #bitsets: FacetBitsets;
	/** Position of each provider in French alphabetical order of names. */
	readonly #nameRank: Int32Array;
	readonly #regionRank = new Map<RegionId, number>();
	/** Recent token lookups: typing a query repeats the same tokens many times. */
	readonly #lookups = new Map<string, TermMatch[]>();

	constructor(providers: readonly Provider[]) {
		this.#providers = providers;
		providers.forEach((provider, doc) => {
			this.#byId.set(provider.id, provider);
			const terms = new Map<string, number>();
			for (const [text, weight] of providerFields(provider)) {
				for (const term of tokenize(text)) terms.set(term, Math.max(weight, terms.get(term) ?? 0));
			}
			for (const [term, weight] of terms) {
				const posting = this.#postings.get(term);
				if (posting) {
					posting.docs.push(doc);
					posting.weights.push(weight);
				} else this.#postings.set(term, { docs: [doc], weights: [weight] });
			}
		});
		this.#dictionary = new TermDictionary(this.#postings.keys());
		this.#bitsets = buildFacetBitsets(providers);
		const byName = providers.map((_, doc) => doc);
		byName.sort((a, b) => this.#compareNames(a, b));
		this.#nameRank = new Int32Array(providers.length);
		byName.forEach((doc, rank) => (this.#nameRank[doc] = rank));
		[...regionIds]
			.sort((a, b) => collator.compare(regionLabels[a].fr, regionLabels[b].fr))
			.forEach((region, rank) => this.#regionRank.set(region, rank));
	}

	get size(): number {
		return this.#providers.length;
	}

	get(id: string): Provider | undefined {
		return this.#byId.get(id);
	}

	search(query: SearchQuery = {}): SearchResult {
		const size = this.#providers.length;
		const textMask = createBitset(size, true);
		const scores = new Float64Array(size);
		const tokens = queryTokens(query.text ?? '');
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
			andInto(textMask, tokenMask);
			for (let doc = 0; doc < size; doc++) scores[doc] = (scores[doc] ?? 0) + (best[doc] ?? 0);
		});

		const masks = facetMasks(this.#bitsets, query.filters ?? {}, size);
		const counts = countFacets(this.#bitsets, masks, textMask);
		const selected = textMask.slice();
		for (const key of facetKeys) andInto(selected, masks[key]);
		const docs: number[] = [];
		for (let doc = 0; doc < size; doc++) if (hasBit(selected, doc)) docs.push(doc);

		docs.sort(this.#comparator(query.sort ?? 'relevance', scores, query.nearRegion));
		return { ids: docs.map((doc) => this.#providers[doc]?.id ?? ''), total: docs.length, counts };
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

	#compareNames(a: number, b: number): number {
		const pa = this.#providers[a];
		const pb = this.#providers[b];
		if (!pa || !pb) return 0;
		return collator.compare(pa.name, pb.name) || (pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0);
	}

	#comparator(sort: DirectorySort, scores: Float64Array, near: RegionId | undefined) {
		const byName = (a: number, b: number) => (this.#nameRank[a] ?? 0) - (this.#nameRank[b] ?? 0);
		if (sort === 'name') return byName;
		if (sort === 'relevance') {
			return (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || byName(a, b);
		}
		const regionKey = (doc: number): number => {
			const region = this.#providers[doc]?.location.region ?? 'ile-de-france';
			return near ? regionDistance(near, region) : (this.#regionRank.get(region) ?? 0);
		};
		const keys = new Float64Array(this.#providers.length);
		for (let doc = 0; doc < keys.length; doc++) keys[doc] = regionKey(doc);
		return (a: number, b: number) => (keys[a] ?? 0) - (keys[b] ?? 0) || byName(a, b);
	}
}
