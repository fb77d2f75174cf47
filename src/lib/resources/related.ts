import type { Resource } from '$lib/schemas/resource';

/** What a shared trait is worth when looking for resources close to another one. */
const weights = { tool: 3, planStep: 2, theme: 1 } as const;

function shared<T>(a: readonly T[], b: readonly T[]): number {
	return a.filter((value) => b.includes(value)).length;
}

/**
 * Resources closest to `resource` (shared tools count most, then plan steps, then themes),
 * at most `limit`, the closest first, newest first among equals. Unrelated ones are left out.
 */
export function relatedResources(
	resource: Resource,
	all: readonly Resource[],
	limit = 4
): Resource[] {
	return all
		.filter((other) => other.id !== resource.id)
		.map((other) => ({
			other,
			score:
				weights.tool * shared(resource.tools, other.tools) +
				weights.planStep * shared(resource.planSteps, other.planSteps) +
				weights.theme * shared(resource.themes, other.themes)
		}))
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score || b.other.publishedAt.localeCompare(a.other.publishedAt))
		.slice(0, limit)
		.map(({ other }) => other);
}
