import type { Provider } from '$lib/schemas/provider';
import { relaxations, type Relaxation } from '$lib/search/relax';
import { facetKeys, type DirectoryFilters, type FacetKey } from './filters';
import type { DirectoryQuery } from './query-params';
import { handedOverIndex } from './handoff';
import { buildSearchIndex, searchIndexFromData, type SearchIndex } from './search-index';

let cached: { providers: readonly Provider[]; index: SearchIndex } | undefined;

/**
 * The search index of a provider list, rebuilt only when the list itself changes, and not built
 * here at all when the content worker has built it (./handoff.ts).
 */
export function indexFor(providers: readonly Provider[]): SearchIndex {
	if (cached?.providers !== providers) {
		const prepared = handedOverIndex(providers);
		const index = prepared ? searchIndexFromData(providers, prepared) : buildSearchIndex(providers);
		cached = { providers, index };
	}
	return cached.index;
}

export type RelaxSuggestion = Relaxation<FacetKey>;

/** For an empty result: what to drop to get results back, the most helpful first. */
export function relaxSuggestions(index: SearchIndex, query: DirectoryQuery): RelaxSuggestion[] {
	return relaxations(facetKeys, query, (text, filters) => index.search({ text, filters }).total);
}

/** Number of selected filter values, all facets together. */
export function activeFilterCount(filters: DirectoryFilters): number {
	return facetKeys.reduce((sum, key) => sum + filters[key].length, 0);
}
