// The directory's facets: their values, and which values a provider has.
import {
	associationSizes,
	modalities,
	regionIds,
	structureTypes,
	supportKinds,
	type AssociationSize,
	type Modality,
	type RegionId,
	type StructureType,
	type SupportKind
} from '../schemas/provider-values';
import type { Provider } from '../schemas/provider';

/** The value type of each facet. */
export type FacetValueMap = {
	supportKinds: SupportKind;
	associationSizes: AssociationSize;
	modalities: Modality;
	regions: RegionId;
	structureTypes: StructureType;
};

export type FacetKey = keyof FacetValueMap;

/** Selected values per facet: OR within a facet, AND across facets; an empty list filters nothing. */
export type DirectoryFilters = { [K in FacetKey]: FacetValueMap[K][] };

/** How many providers each value would give, the other facets' selections applied. */
export type FacetCounts = { [K in FacetKey]: Record<FacetValueMap[K], number> };

export const facetKeys = [
	'supportKinds',
	'associationSizes',
	'modalities',
	'regions',
	'structureTypes'
] as const satisfies readonly FacetKey[];

/** Narrows a key from a generic filter panel to one of the directory's facets. */
export function isFacetKey(key: string): key is FacetKey {
	return (facetKeys as readonly string[]).includes(key);
}

/** Every value of each facet, in display order. */
export const facetValues: { [K in FacetKey]: readonly FacetValueMap[K][] } = {
	supportKinds,
	associationSizes,
	modalities,
	regions: regionIds,
	structureTypes
};

/** The facet values one provider has. */
export function providerFacetValues(provider: Provider, key: FacetKey): readonly string[] {
	switch (key) {
		case 'regions':
			return [provider.location.region];
		case 'structureTypes':
			return [provider.structureType];
		default:
			return provider[key];
	}
}

/** Filters that select nothing (every provider passes). */
export function emptyFilters(): DirectoryFilters {
	return {
		supportKinds: [],
		associationSizes: [],
		modalities: [],
		regions: [],
		structureTypes: []
	};
}
