// The resource library's state lives in the URL (shareable, restored offline, back button works).
// Parsing never throws: unknown or repeated values are dropped.
import { catalogueIdPattern } from '$lib/schemas/alternative-values';
import {
	fixedFacetValues,
	resourceFacetKeys,
	type ResourceFacetKey,
	type ResourceFilters
} from './filters';
import { resourceSorts, type ResourceSort } from './search-index';

export interface ResourceQuery {
	text: string;
	filters: ResourceFilters;
	sort: ResourceSort;
}

/** URL parameter of each facet; `etape` is what plan steps link to (`/ressources?etape=…`). */
export const resourceFacetParams: Record<ResourceFacetKey, string> = {
	types: 'type',
	themes: 'theme',
	planSteps: 'etape',
	tools: 'outil'
};

const defaultSort: ResourceSort = 'relevance';
const maxTextLength = 200;
const maxTools = 20;

/** Keeps the known values, once each, in display order (so URLs are canonical). */
function pickValues<T extends string>(values: readonly T[], raw: readonly string[]): T[] {
	return values.filter((value) => raw.includes(value));
}

/** Tool ids are only known from the content: keep well-formed ids, once each, in URL order. */
function pickTools(raw: readonly string[]): string[] {
	const valid = raw.filter((value) => value.length <= 100 && catalogueIdPattern.test(value));
	return [...new Set(valid)].slice(0, maxTools);
}

function isSort(value: string | null): value is ResourceSort {
	return value !== null && (resourceSorts as readonly string[]).includes(value);
}

/** Reads a library query from URL parameters (q, type, theme, etape, outil, sort). */
export function parseResourceQuery(params: URLSearchParams): ResourceQuery {
	const raw = (key: ResourceFacetKey) => params.getAll(resourceFacetParams[key]);
	const sort = params.get('sort');
	return {
		text: (params.get('q') ?? '').slice(0, maxTextLength),
		filters: {
			types: pickValues(fixedFacetValues.types, raw('types')),
			themes: pickValues(fixedFacetValues.themes, raw('themes')),
			planSteps: pickValues(fixedFacetValues.planSteps, raw('planSteps')),
			tools: pickTools(raw('tools'))
		},
		sort: isSort(sort) ? sort : defaultSort
	};
}

/** Writes a library query as URL parameters, leaving out defaults and empty filters. */
export function serializeResourceQuery(query: ResourceQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.text.trim() !== '') params.set('q', query.text);
	for (const key of resourceFacetKeys) {
		const selected: readonly string[] = query.filters[key];
		const values =
			key === 'tools' ? pickTools(selected) : pickValues<string>(fixedFacetValues[key], selected);
		for (const value of values) {
			params.append(resourceFacetParams[key], value);
		}
	}
	if (query.sort !== defaultSort) params.set('sort', query.sort);
	return params;
}
