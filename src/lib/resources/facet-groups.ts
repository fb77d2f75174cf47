import type { Localized } from '$lib/schemas/labels';
import { facetOptions, type FacetGroup } from '$lib/ui/facets';
import {
	fixedFacetValues,
	resourceFacetKeys,
	type ResourceFacetCounts,
	type ResourceFilters
} from './filters';
import { resourceFacetLabel, resourceFacetTitles } from './resource-labels';

type TitleKey = (typeof resourceFacetTitles)[keyof typeof resourceFacetTitles];

/**
 * The library's filter groups with their counts and selection, in the active language; the
 * tool filter's values are the cited tools (`tools`), named from the catalogue (`toolNames`).
 */
export function resourceFacetGroups(
	filters: ResourceFilters,
	counts: ResourceFacetCounts,
	tools: readonly string[],
	toolNames: ReadonlyMap<string, string>,
	title: (key: TitleKey) => string,
	pick: (label: Localized) => string
): FacetGroup[] {
	return resourceFacetKeys.map((key) => ({
		key,
		title: title(resourceFacetTitles[key]),
		options: facetOptions(
			key === 'tools' ? tools : fixedFacetValues[key],
			(value) => pick(resourceFacetLabel(key, value, toolNames)),
			counts[key],
			filters[key]
		)
	}));
}
