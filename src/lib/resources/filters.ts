// The resource library's facets: their values, and which values a resource has.
import type { PlanStepId } from '$lib/plan/steps';
import { planStepIds, resourceTypes, themes } from '$lib/schemas/resource-values';
import type { ResourceType, Theme } from '$lib/schemas/resource-values';
import type { Resource } from '$lib/schemas/resource';

/** The value type of each facet. Tools are catalogue ids, known only from the content. */
export type ResourceFacetMap = {
	types: ResourceType;
	themes: Theme;
	planSteps: PlanStepId;
	tools: string;
};

export type ResourceFacetKey = keyof ResourceFacetMap;

/** Selected values per facet: OR within a facet, AND across facets; empty filters nothing. */
export type ResourceFilters = { [K in ResourceFacetKey]: ResourceFacetMap[K][] };

export type ResourceFacetCounts = {
	[K in ResourceFacetKey]: Record<ResourceFacetMap[K], number>;
};

export const resourceFacetKeys = [
	'types',
	'themes',
	'planSteps',
	'tools'
] as const satisfies readonly ResourceFacetKey[];

/** Narrows a key from a generic filter panel to one of the library's facets. */
export function isResourceFacetKey(key: string): key is ResourceFacetKey {
	return (resourceFacetKeys as readonly string[]).includes(key);
}

/** The fixed facets' values in display order; tool values come from the content itself. */
export const fixedFacetValues = {
	types: resourceTypes,
	themes,
	planSteps: planStepIds
} as const;

/** Every catalogue id cited by at least one resource, once each, in first-seen order. */
export function citedTools(resources: readonly Resource[]): string[] {
	return [...new Set(resources.flatMap((resource) => resource.tools))];
}

/** Filters that select nothing (every resource passes). */
export function emptyResourceFilters(): ResourceFilters {
	return { types: [], themes: [], planSteps: [], tools: [] };
}

/** Number of selected filter values, all facets together. */
export function activeResourceFilterCount(filters: ResourceFilters): number {
	return resourceFacetKeys.reduce((sum, key) => sum + filters[key].length, 0);
}
