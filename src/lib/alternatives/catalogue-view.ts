// Pure helpers over the alternatives catalogue: ordering, names, filtering by use and words.
import { queryTokens, tokenize } from '$lib/search/normalize';
import { toolUses, type ToolUse } from '$lib/schemas/alternative-values';
import type { BigTechTool } from '$lib/schemas/alternative';

const collator = new Intl.Collator('fr', { numeric: true });

/** Tools grouped by their first use (in the order of `toolUses`), then by name. */
export function sortCatalogue(tools: readonly BigTechTool[]): BigTechTool[] {
	const rank = (tool: BigTechTool) => Math.min(...tool.uses.map((use) => toolUses.indexOf(use)));
	return [...tools].sort((a, b) => rank(a) - rank(b) || collator.compare(a.name, b.name));
}

/** Catalogue id → display name, for Big Tech tools and alternatives alike. */
export function catalogueNames(tools: readonly BigTechTool[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const tool of tools) {
		names.set(tool.id, tool.name);
		for (const alternative of tool.alternatives) names.set(alternative.id, alternative.name);
	}
	return names;
}

export interface CatalogueFilter {
	text: string;
	use?: ToolUse | undefined;
}

/** The words of a tool a search can match: its name, vendor, uses and its alternatives. */
function searchableWords(tool: BigTechTool): Set<string> {
	const texts = [
		tool.name,
		tool.vendor,
		tool.id,
		...tool.alternatives.flatMap((alternative) => [alternative.name, alternative.id])
	];
	return new Set(texts.flatMap(tokenize));
}

/**
 * The tools of one use whose names (or their alternatives' names) contain every word typed,
 * each word matching the start of a word ("goo doc" finds Google Docs), accents ignored.
 */
export function filterCatalogue(
	tools: readonly BigTechTool[],
	{ text, use }: CatalogueFilter
): BigTechTool[] {
	const words = queryTokens(text);
	return tools.filter((tool) => {
		if (use && !tool.uses.includes(use)) return false;
		if (words.length === 0) return true;
		const own = [...searchableWords(tool)];
		return words.every((word) => own.some((candidate) => candidate.startsWith(word)));
	});
}

/** Uses that at least one tool of the catalogue serves, in `toolUses` order. */
export function usesInCatalogue(tools: readonly BigTechTool[]): ToolUse[] {
	const present = new Set(tools.flatMap((tool) => tool.uses));
	return toolUses.filter((use) => present.has(use));
}
