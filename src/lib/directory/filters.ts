// Facet filters over bitsets: one bit per provider, one bitset per filter value.
import {
	associationSizes,
	modalities,
	regionIds,
	structureTypes,
	supportKinds,
	type AssociationSize,
	type Modality,
	type Provider,
	type RegionId,
	type StructureType,
	type SupportKind
} from '../schemas/provider';

/** The value type of each facet. */
export interface FacetValueMap {
	supportKinds: SupportKind;
	associationSizes: AssociationSize;
	modalities: Modality;
	regions: RegionId;
	structureTypes: StructureType;
}

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

export type Bitset = Uint32Array;

export function createBitset(size: number, filled = false): Bitset {
	const bits = new Uint32Array(Math.ceil(size / 32));
	if (filled) {
		bits.fill(0xffffffff);
		const spare = bits.length * 32 - size;
		if (spare > 0) bits[bits.length - 1] = 0xffffffff >>> spare;
	}
	return bits;
}

export function setBit(bits: Bitset, index: number): void {
	bits[index >>> 5] = (bits[index >>> 5] ?? 0) | (1 << (index & 31));
}

export function hasBit(bits: Bitset, index: number): boolean {
	return ((bits[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;
}

/** Intersects `target` with `other`, in place. */
export function andInto(target: Bitset, other: Bitset): void {
	for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) & (other[i] ?? 0);
}

function orInto(target: Bitset, other: Bitset): void {
	for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) | (other[i] ?? 0);
}

/** Number of set bits in `a AND b`, without allocating. */
export function countBoth(a: Bitset, b: Bitset): number {
	let count = 0;
	for (let i = 0; i < a.length; i++) {
		let word = ((a[i] ?? 0) & (b[i] ?? 0)) >>> 0;
		word -= (word >>> 1) & 0x55555555;
		word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
		count += (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
	}
	return count;
}

/** One bitset per facet value, built once with the index. */
export type FacetBitsets = Record<FacetKey, Map<string, Bitset>>;

/** Builds one value per facet (a typed alternative to assembling an object key by key). */
function mapFacets<T>(build: (key: FacetKey) => T): Record<FacetKey, T> {
	return {
		supportKinds: build('supportKinds'),
		associationSizes: build('associationSizes'),
		modalities: build('modalities'),
		regions: build('regions'),
		structureTypes: build('structureTypes')
	};
}

export function buildFacetBitsets(providers: readonly Provider[]): FacetBitsets {
	return mapFacets((key) => {
		const byValue = new Map<string, Bitset>();
		for (const value of facetValues[key]) byValue.set(value, createBitset(providers.length));
		providers.forEach((provider, index) => {
			for (const value of providerFacetValues(provider, key)) {
				const bits = byValue.get(value);
				if (bits) setBit(bits, index);
			}
		});
		return byValue;
	});
}

/** The providers each facet lets through (all of them when nothing is selected in it). */
export function facetMasks(
	bitsets: FacetBitsets,
	filters: Partial<DirectoryFilters>,
	size: number
): Record<FacetKey, Bitset> {
	return mapFacets((key) => {
		const selected: readonly string[] = filters[key] ?? [];
		if (selected.length === 0) return createBitset(size, true);
		const mask = createBitset(size);
		for (const value of selected) {
			const bits = bitsets[key].get(value);
			if (bits) orInto(mask, bits);
		}
		return mask;
	});
}

/**
 * Counts per facet value over `base` (the providers matching the text), each facet counted with
 * every other facet's filter applied but not its own, so a map or a checkbox can show where else
 * to look.
 */
export function countFacets(
	bitsets: FacetBitsets,
	masks: Record<FacetKey, Bitset>,
	base: Bitset
): FacetCounts {
	const counts = mapFacets((key) => {
		const others = base.slice();
		for (const other of facetKeys) if (other !== key) andInto(others, masks[other]);
		const byValue: Record<string, number> = {};
		for (const [value, bits] of bitsets[key]) byValue[value] = countBoth(others, bits);
		return byValue;
	});
	// Each record holds exactly the facet's values: buildFacetBitsets created one bitset per value.
	return counts as FacetCounts;
}
