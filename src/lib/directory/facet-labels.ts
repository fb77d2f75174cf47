import type { Localized } from '$lib/schemas/labels';
import {
	associationSizeLabels,
	coverageLabels,
	modalityLabels,
	regionLabels,
	structureTypeLabels,
	supportKindLabels
} from '$lib/schemas/provider-values';
import type { FacetKey, FacetValueMap } from './filters';

export { coverageLabels };

/** The bilingual label of every filter value, per facet. */
export const facetValueLabels: { [K in FacetKey]: Record<FacetValueMap[K], Localized> } = {
	supportKinds: supportKindLabels,
	associationSizes: associationSizeLabels,
	modalities: modalityLabels,
	regions: regionLabels,
	structureTypes: structureTypeLabels
};

/** The message key (in `i18n.m.directory`) of each facet's title. */
export const facetTitles = {
	supportKinds: 'filterSupport',
	associationSizes: 'filterSize',
	modalities: 'filterModality',
	regions: 'filterRegion',
	structureTypes: 'filterType'
} as const satisfies Record<FacetKey, string>;

/** A facet title's message key. */
export type FacetTitleKey = (typeof facetTitles)[FacetKey];

/** Label of one value of a facet (typed loosely for templates that iterate over facets). */
export function facetValueLabel(key: FacetKey, value: string): Localized {
	const labels = facetValueLabels[key] as Record<string, Localized>;
	return labels[value] ?? { fr: value, en: value };
}
