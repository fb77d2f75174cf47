import type { Localized } from '$lib/schemas/labels';
import { facetOptions, type FacetGroup } from '$lib/ui/facets';
import { facetTitles, facetValueLabel, type FacetTitleKey } from './facet-labels';
import { facetKeys, facetValues, type DirectoryFilters, type FacetCounts } from './filters';

/**
 * The directory's filter groups with their counts and selection, in the active language
 * (`title` reads a message, `pick` a bilingual label). The region group repeats the map for
 * keyboard and screen-reader users.
 */
export function directoryFacetGroups(
	filters: DirectoryFilters,
	counts: FacetCounts,
	title: (key: FacetTitleKey) => string,
	pick: (label: Localized) => string
): FacetGroup[] {
	return facetKeys.map((key) => ({
		key,
		title: title(facetTitles[key]),
		options: facetOptions(
			facetValues[key],
			(value) => pick(facetValueLabel(key, value)),
			counts[key],
			filters[key]
		)
	}));
}
