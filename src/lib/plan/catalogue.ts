import { getDb } from '$lib/db';
import type { ToolUse } from '$lib/schemas/alternative-values';
import type { Alternative, BigTechTool } from '$lib/schemas/alternative';
import type { DiagnosisTool } from '$lib/schemas/plan';

/**
 * The Big Tech tools of the local alternatives catalogue, each parsed again by its schema. The
 * schema (and zod) loads with the first read, not with the page (bundle budget).
 */
export async function listBigTechTools(): Promise<BigTechTool[]> {
	const [{ bigTechToolSchema }, rows] = await Promise.all([
		import('$lib/schemas/alternative'),
		getDb().alternatives.toArray()
	]);
	return rows
		.flatMap((row) => {
			const parsed = bigTechToolSchema.safeParse(row);
			return parsed.success ? [parsed.data] : [];
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The catalogue's Big Tech tools that serve `use`. */
export function toolsForUse(catalogue: readonly BigTechTool[], use: ToolUse): BigTechTool[] {
	return catalogue.filter((tool) => tool.uses.includes(use));
}

/**
 * The alternatives to propose for a diagnosed tool: the catalogue tool's own, or for a typed tool
 * those of every catalogue tool serving the same use (without repeats).
 */
export function proposedAlternatives(
	catalogue: readonly BigTechTool[],
	use: ToolUse,
	toolId: string | undefined
): Alternative[] {
	const source = toolId
		? catalogue.filter((tool) => tool.id === toolId)
		: toolsForUse(catalogue, use);
	const seen = new Set<string>();
	return source
		.flatMap((tool) => tool.alternatives)
		.filter((alternative) => !seen.has(alternative.id) && seen.add(alternative.id));
}

/** The name a person knows a diagnosed tool by: the catalogue's, or the one they typed. */
export function diagnosedToolName(
	tool: Pick<DiagnosisTool, 'toolId' | 'otherName'>,
	catalogue: readonly BigTechTool[]
): string {
	const known = tool.toolId ? catalogue.find((entry) => entry.id === tool.toolId) : undefined;
	return known?.name ?? tool.otherName ?? tool.toolId ?? '';
}
