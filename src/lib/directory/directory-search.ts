import type { Provider } from '$lib/schemas/provider';
import { facetKeys, type DirectoryFilters, type FacetKey } from './filters';
import type { DirectoryQuery } from './query-params';
import { buildSearchIndex, type SearchIndex } from './search-index';

let cached: { providers: readonly Provider[]; index: SearchIndex } | undefined;

/** The search index of a provider list, rebuilt only when the list itself changes. */
export function indexFor(providers: readonly Provider[]): SearchIndex {
	if (cached?.providers !== providers) cached = { providers, index: buildSearchIndex(providers) };
	return cached.index;
}

export interface RelaxSuggestion {
	/** The facet to clear, or 'text' for the search words. */
	target: FacetKey | 'text';
	/** How many providers the search would give without it. */
	count: number;
}

/**
 * For an empty result: what to drop to get results back, one suggestion per active filter
 * (and the text), only those that actually help, the most helpful first.
 */
export function relaxSuggestions(index: SearchIndex, query: DirectoryQuery): RelaxSuggestion[] {
	const suggestions: RelaxSuggestion[] = [];
	for (const key of facetKeys) {
		if (query.filters[key].length === 0) continue;
		const filters: DirectoryFilters = { ...query.filters, [key]: [] };
		suggestions.push({ target: key, count: index.search({ text: query.text, filters }).total });
	}
	if (query.text.trim() !== '') {
		suggestions.push({ target: 'text', count: index.search({ filters: query.filters }).total });
	}
	return suggestions.filter((s) => s.count > 0).sort((a, b) => b.count - a.count);
}

/** Number of selected filter values, all facets together. */
export function activeFilterCount(filters: DirectoryFilters): number {
	return facetKeys.reduce((sum, key) => sum + filters[key].length, 0);
}
