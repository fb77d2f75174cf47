import { catalogueNames } from '$lib/alternatives/catalogue-view';
import type { BigTechTool } from '$lib/schemas/alternative';
import type { Resource } from '$lib/schemas/resource';
import { relaxations, type Relaxation } from '$lib/search/relax';
import { resourceFacetKeys, type ResourceFacetKey } from './filters';
import type { ResourceQuery } from './query-params';
import { ResourceSearchIndex } from './search-index';

let cached:
	| {
			resources: readonly Resource[];
			catalogue: readonly BigTechTool[];
			index: ResourceSearchIndex;
	  }
	| undefined;

/** The search index of the library, rebuilt only when the resources or the catalogue change. */
export function libraryIndexFor(
	resources: readonly Resource[],
	catalogue: readonly BigTechTool[]
): ResourceSearchIndex {
	if (cached?.resources !== resources || cached.catalogue !== catalogue) {
		const index = new ResourceSearchIndex(resources, catalogueNames(catalogue));
		cached = { resources, catalogue, index };
	}
	return cached.index;
}

/** For an empty result: which filter (or the words) to drop to get resources back. */
export function libraryRelaxations(
	index: ResourceSearchIndex,
	query: ResourceQuery
): Relaxation<ResourceFacetKey>[] {
	return relaxations(
		resourceFacetKeys,
		query,
		(text, filters) => index.search({ text, filters }).total
	);
}

/** The testimonies of the library, newest first. */
export function testimonies(resources: readonly Resource[]): Resource[] {
	return resources
		.filter((resource) => resource.type === 'testimony')
		.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}
