// The resource library's search engine: the generic faceted search (src/lib/search) with the
// resources' fields, facets and sort orders. Built once per content version.
import { FacetedSearch, indexDocuments, type WeightedText } from '$lib/search/faceted-search';
import { themeLabels, type Resource } from '$lib/schemas/resource-values';
import {
	citedTools,
	fixedFacetValues,
	type ResourceFacetCounts,
	type ResourceFacetMap,
	type ResourceFilters
} from './filters';

export const resourceSorts = ['relevance', 'newest', 'title'] as const;
export type ResourceSort = (typeof resourceSorts)[number];

export interface ResourceSearchQuery {
	text?: string;
	filters?: Partial<ResourceFilters>;
	sort?: ResourceSort;
}

export interface ResourceSearchResult {
	/** Matching resource ids, in the requested order. */
	ids: string[];
	total: number;
	counts: ResourceFacetCounts;
}

/** How much a word found in each field counts towards relevance. */
export const resourceFieldWeights = {
	title: 10,
	tools: 6,
	association: 5,
	themes: 4,
	summary: 3,
	body: 1
} as const;

/** Catalogue id → display name ("google-docs" → "Google Docs"), for searching and labels. */
export type ToolNames = ReadonlyMap<string, string>;

const collator = new Intl.Collator('fr', { numeric: true });

export class ResourceSearchIndex {
	readonly #resources: readonly Resource[];
	readonly #byId = new Map<string, Resource>();
	readonly #engine: FacetedSearch<ResourceFacetMap>;
	readonly #titleRank: Int32Array;
	/** The tool filter's values: every cited tool, sorted by display name. */
	readonly tools: readonly string[];

	constructor(resources: readonly Resource[], toolNames: ToolNames) {
		this.#resources = resources;
		for (const resource of resources) this.#byId.set(resource.id, resource);
		const nameOf = (id: string) => toolNames.get(id) ?? id;
		this.tools = citedTools(resources).sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
		const fields = (resource: Resource): WeightedText[] => [
			[resource.title, resourceFieldWeights.title],
			[resource.tools.map((id) => `${nameOf(id)} ${id}`).join(' '), resourceFieldWeights.tools],
			[resource.association?.name ?? '', resourceFieldWeights.association],
			[
				resource.themes
					.map((theme) => `${themeLabels[theme].fr} ${themeLabels[theme].en}`)
					.join(' '),
				resourceFieldWeights.themes
			],
			[resource.summary, resourceFieldWeights.summary],
			[resource.body, resourceFieldWeights.body]
		];
		this.#engine = new FacetedSearch(
			indexDocuments(resources, fields, {
				types: { values: fixedFacetValues.types, of: (r) => [r.type] },
				themes: { values: fixedFacetValues.themes, of: (r) => r.themes },
				planSteps: { values: fixedFacetValues.planSteps, of: (r) => r.planSteps },
				tools: { values: this.tools, of: (r) => r.tools }
			})
		);
		const byTitle = resources.map((_, doc) => doc);
		byTitle.sort((a, b) => collator.compare(resources[a]?.title ?? '', resources[b]?.title ?? ''));
		this.#titleRank = new Int32Array(resources.length);
		byTitle.forEach((doc, rank) => (this.#titleRank[doc] = rank));
	}

	get size(): number {
		return this.#resources.length;
	}

	get(id: string): Resource | undefined {
		return this.#byId.get(id);
	}

	search(query: ResourceSearchQuery = {}): ResourceSearchResult {
		const { docs, scores, counts } = this.#engine.match(query.text ?? '', query.filters ?? {});
		docs.sort(this.#comparator(query.sort ?? 'relevance', scores));
		return { ids: docs.map((doc) => this.#resources[doc]?.id ?? ''), total: docs.length, counts };
	}

	#comparator(sort: ResourceSort, scores: Float64Array) {
		const byTitle = (a: number, b: number) => (this.#titleRank[a] ?? 0) - (this.#titleRank[b] ?? 0);
		const date = (doc: number) => this.#resources[doc]?.publishedAt ?? '';
		if (sort === 'title') return byTitle;
		if (sort === 'newest')
			return (a: number, b: number) => date(b).localeCompare(date(a)) || byTitle(a, b);
		// Relevance; with no words typed every score is 0, so the newest come first.
		return (a: number, b: number) =>
			(scores[b] ?? 0) - (scores[a] ?? 0) || date(b).localeCompare(date(a)) || byTitle(a, b);
	}
}
