// The directory's search engine: the generic faceted search with the providers' fields, facets
// and sort orders. Built once per content version (on a first visit, by the content worker:
// `indexProviders` is plain data), then queried on every keystroke.
import {
	FacetedSearch,
	indexDocuments,
	type FacetedSearchData,
	type WeightedText
} from '$lib/search/faceted-search';
import {
	regionDistance,
	regionIds,
	regionLabels,
	type Provider,
	type RegionId
} from '../schemas/provider-values';
import {
	facetValues,
	providerFacetValues,
	type DirectoryFilters,
	type FacetCounts,
	type FacetValueMap
} from './filters';

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

function providerFields(provider: Provider): WeightedText[] {
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

/** The facet specs of the generic engine, from the directory's facet definitions. */
function providerFacets() {
	const spec = <K extends keyof FacetValueMap>(key: K) => ({
		values: facetValues[key],
		of: (provider: Provider) => providerFacetValues(provider, key) as readonly FacetValueMap[K][]
	});
	return {
		supportKinds: spec('supportKinds'),
		associationSizes: spec('associationSizes'),
		modalities: spec('modalities'),
		regions: spec('regions'),
		structureTypes: spec('structureTypes')
	};
}

// Made on first use: creating a collator costs time, and an index made by the worker needs none.
let collator: Intl.Collator | undefined;
const compareFrench = (a: string, b: string) =>
	(collator ??= new Intl.Collator('fr', { numeric: true })).compare(a, b);

/** Regions in French alphabetical order: the 'region' sort without a reference region. */
let regionRanks: Map<RegionId, number> | undefined;
function regionRank(region: RegionId): number {
	regionRanks ??= new Map(
		[...regionIds]
			.sort((a, b) => compareFrench(regionLabels[a].fr, regionLabels[b].fr))
			.map((id, rank) => [id, rank])
	);
	return regionRanks.get(region) ?? 0;
}

/** The costly part of a search index, as plain data: a worker can make it and post it. */
export interface SearchIndexData {
	engine: FacetedSearchData<FacetValueMap>;
	/** Position of each provider in French alphabetical order of names. */
	nameRank: Int32Array;
}

/** Tokenises and sorts a list of providers: the data of their search index. */
export function indexProviders(providers: readonly Provider[]): SearchIndexData {
	const compareNames = (a: number, b: number): number => {
		const pa = providers[a];
		const pb = providers[b];
		if (!pa || !pb) return 0;
		return compareFrench(pa.name, pb.name) || (pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0);
	};
	const byName = providers.map((_, doc) => doc).sort(compareNames);
	const nameRank = new Int32Array(providers.length);
	byName.forEach((doc, rank) => (nameRank[doc] = rank));
	return { engine: indexDocuments(providers, providerFields, providerFacets()), nameRank };
}

/** Builds the inverted index, facet bitsets and sort keys for a list of providers. */
export function buildSearchIndex(providers: readonly Provider[]): SearchIndex {
	return searchIndexFromData(providers, indexProviders(providers));
}

/**
 * The search index of `providers` from data `indexProviders` made of the very same list, in the
 * same order (here or in a worker): cheap, nothing is tokenised again.
 */
export function searchIndexFromData(
	providers: readonly Provider[],
	data: SearchIndexData
): SearchIndex {
	return new ProviderSearchIndex(providers, data);
}

class ProviderSearchIndex implements SearchIndex {
	readonly #providers: readonly Provider[];
	readonly #byId = new Map<string, Provider>();
	readonly #engine: FacetedSearch<FacetValueMap>;
	readonly #nameRank: Int32Array;

	constructor(providers: readonly Provider[], { engine, nameRank }: SearchIndexData) {
		this.#providers = providers;
		for (const provider of providers) this.#byId.set(provider.id, provider);
		this.#engine = new FacetedSearch(engine);
		this.#nameRank = nameRank;
	}

	get size(): number {
		return this.#providers.length;
	}

	get(id: string): Provider | undefined {
		return this.#byId.get(id);
	}

	search(query: SearchQuery = {}): SearchResult {
		const filters = query.filters ?? {};
		const { docs, scores, counts } = this.#engine.match(query.text ?? '', filters);
		docs.sort(this.#comparator(query.sort ?? 'relevance', scores, query.nearRegion));
		return { ids: docs.map((doc) => this.#providers[doc]?.id ?? ''), total: docs.length, counts };
	}

	#comparator(sort: DirectorySort, scores: Float64Array, near: RegionId | undefined) {
		const byName = (a: number, b: number) => (this.#nameRank[a] ?? 0) - (this.#nameRank[b] ?? 0);
		if (sort === 'name') return byName;
		if (sort === 'relevance') {
			return (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || byName(a, b);
		}
		const regionKey = (doc: number): number => {
			const region = this.#providers[doc]?.location.region ?? 'ile-de-france';
			return near ? regionDistance(near, region) : regionRank(region);
		};
		const keys = new Float64Array(this.#providers.length);
		for (let doc = 0; doc < keys.length; doc++) keys[doc] = regionKey(doc);
		return (a: number, b: number) => (keys[a] ?? 0) - (keys[b] ?? 0) || byName(a, b);
	}
}
