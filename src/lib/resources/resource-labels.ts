import { planSteps, type PlanStepId } from '$lib/plan/steps';
import type { Localized } from '$lib/schemas/labels';
import { resourceTypeLabels, themeLabels } from '$lib/schemas/resource-values';
import type { ResourceFacetKey } from './filters';

export const planStepLabels = Object.fromEntries(
	planSteps.map((step) => [step.id, step.label])
) as Record<PlanStepId, Localized>;

/** The message key (in `i18n.m.resources`) of each facet's title. */
export const resourceFacetTitles = {
	types: 'filterType',
	themes: 'filterTheme',
	planSteps: 'filterStep',
	tools: 'filterTool'
} as const satisfies Record<ResourceFacetKey, string>;

/**
 * Label of one value of a facet; tools are named from the catalogue (`toolNames`), and fall back
 * to their id when the catalogue on this device does not know them.
 */
export function resourceFacetLabel(
	key: ResourceFacetKey,
	value: string,
	toolNames: ReadonlyMap<string, string>
): Localized {
	if (key === 'tools') {
		const name = toolNames.get(value) ?? value;
		return { fr: name, en: name };
	}
	const labels: Record<string, Localized> =
		key === 'types' ? resourceTypeLabels : key === 'themes' ? themeLabels : planStepLabels;
	return labels[value] ?? { fr: value, en: value };
}

/** Minutes to read a text at 200 words a minute (at least one). */
export function readingMinutes(markdown: string): number {
	const words = markdown.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
	return Math.max(1, Math.round(words / 200));
}
