// The directory's state lives in the URL, so a search can be bookmarked, shared and restored
// offline. Parsing never throws: unknown or repeated values are dropped silently.
import { regionIds, type RegionId } from '../schemas/provider-values';
import { facetKeys, facetValues, type DirectoryFilters, type FacetKey } from './filters';
import { directorySorts, type DirectorySort } from './search-index';
import { facetParams } from './facet-params';

/** The full state of a directory search, as kept in the URL. */
export interface DirectoryQuery {
	text: string;
	filters: DirectoryFilters;
	sort: DirectorySort;
	nearRegion?: RegionId | undefined;
}

export { facetParams };

const defaultSort: DirectorySort = 'relevance';
const maxTextLength = 200;

function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
	return value !== null && (values as readonly string[]).includes(value);
}

/** Keeps the known values, once each, in the facet's display order (so URLs are canonical). */
function pickValues<T extends string>(values: readonly T[], raw: readonly string[]): T[] {
	return values.filter((value) => raw.includes(value));
}

/** Reads a directory query from URL parameters (q, support, size, modality, region, type, sort, near). */
export function parseDirectoryQuery(params: URLSearchParams): DirectoryQuery {
	const read = <K extends FacetKey>(key: K) =>
		pickValues(facetValues[key], params.getAll(facetParams[key]));
	const filters: DirectoryFilters = {
		supportKinds: read('supportKinds'),
		associationSizes: read('associationSizes'),
		modalities: read('modalities'),
		regions: read('regions'),
		structureTypes: read('structureTypes')
	};
	const sort = params.get('sort');
	const near = params.get('near');
	const query: DirectoryQuery = {
		// Kept as typed (spaces included): the search box shows this value back while typing.
		text: (params.get('q') ?? '').slice(0, maxTextLength),
		filters,
		sort: isOneOf(directorySorts, sort) ? sort : defaultSort
	};
	if (isOneOf(regionIds, near)) query.nearRegion = near;
	return query;
}

/** Writes a directory query as URL parameters, leaving out defaults and empty filters. */
export function serializeDirectoryQuery(query: DirectoryQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.text.trim() !== '') params.set('q', query.text);
	for (const key of facetKeys) {
		const selected: readonly string[] = query.filters[key];
		for (const value of pickValues(facetValues[key], selected)) {
			params.append(facetParams[key], value);
		}
	}
	if (query.sort !== defaultSort) params.set('sort', query.sort);
	if (query.nearRegion) params.set('near', query.nearRegion);
	return params;
}
