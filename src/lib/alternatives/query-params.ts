import { toolUses, type ToolUse } from '$lib/schemas/alternative-values';
import type { CatalogueFilter } from './catalogue-view';

/** Reads the catalogue's search from the URL (`q`, `usage`); unknown values are dropped. */
export function parseCatalogueQuery(params: URLSearchParams): CatalogueFilter {
	const use = params.get('usage');
	return {
		text: (params.get('q') ?? '').slice(0, 100),
		use: toolUses.find((known): known is ToolUse => known === use)
	};
}

/** Writes the catalogue's search as URL parameters, leaving out what is empty. */
export function serializeCatalogueQuery({ text, use }: CatalogueFilter): URLSearchParams {
	const params = new URLSearchParams();
	if (text.trim() !== '') params.set('q', text);
	if (use) params.set('usage', use);
	return params;
}
