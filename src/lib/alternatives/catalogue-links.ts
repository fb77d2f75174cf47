// Where the catalogue sends an association next: resources about a tool, providers who know it.
import type { SearchIndex } from '$lib/directory/search-index';
import type { Resource } from '$lib/schemas/resource';

/** How many resources cite each catalogue id. */
export function resourceCountsByTool(resources: readonly Resource[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const resource of resources) {
		for (const tool of resource.tools) counts.set(tool, (counts.get(tool) ?? 0) + 1);
	}
	return counts;
}

export interface ProviderLink {
	/** The directory search that lists them (`/prestataires?q=…`). */
	query: string;
	count: number;
}

/**
 * The directory search for providers who know an alternative: its first tool name (as providers
 * write it) that finds anyone, with the count the directory will show for that very search.
 */
export function providerLinkFor(
	directory: SearchIndex,
	providerTools: readonly string[]
): ProviderLink | undefined {
	for (const name of providerTools) {
		const count = directory.search({ text: name }).total;
		if (count > 0) return { query: name, count };
	}
	return undefined;
}
