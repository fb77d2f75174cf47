// The directory's search engine: the generic faceted search with the providers' fields, facets
// and sort orders. Built once per content version, then queried on every keystroke.
import { FacetedSearch, type WeightedText } from '$lib/search/faceted-search';
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

const collator = new Intl.Collator('fr', { numeric: true });

/** Builds the inverted index, facet bitsets and sort keys for a list of providers. */
export function buildSearchIndex(providers: readonly Provider[]): SearchIndex {
	return new ProviderSearchIndex(providers);
}

class ProviderSearchIndex implements SearchIndex {
	readonly #providers: readonly Provider[];
	readonly #byId = new Map<string, Provider>();
	readonly #engine: FacetedSearch<Provider, FacetValueMap>;
	/** Position of each provider in French alphabetical order of names. */
	readonly #nameRank: Int32Array;
	readonly #regionRank = new Map<RegionId, number>();

	constructor(providers: readonly Provider[]) {
		this.#providers = providers;
		for (const provider of providers) this.#byId.set(provider.id, provider);
		this.#engine = new FacetedSearch(providers, providerFields, providerFacets());
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
		const filters = query.filters ?? {};
		const { docs, scores, counts } = this.#engine.match(query.text ?? '', filters);
		docs.sort(this.#comparator(query.sort ?? 'relevance', scores, query.nearRegion));
		return { ids: docs.map((doc) => this.#providers[doc]?.id ?? ''), total: docs.length, counts };
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
