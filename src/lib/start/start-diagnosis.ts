// The guided start's diagnosis, held in memory only (nothing is stored unless a plan is created):
// the Big Tech tools the association says it uses, how much it relies on each, and what follows
// from them. The scores are the plan's own (src/lib/plan/scoring.ts), so the picture shown here is
// the one the created plan will show.
import { scoreBand, scoreTool, scoreUses, type ScoreBand, type UseScore } from '$lib/plan/scoring';
import type { ToolUse } from '$lib/schemas/alternative-values';
import type { DiagnosisTool } from '$lib/schemas/plan';
import type { DependencyLevel } from '$lib/schemas/plan-values';
import type { RegionId, SupportKind } from '$lib/schemas/provider-values';

/** A tool ticked in the guided start: a catalogue tool for one use, and how much it is relied on. */
export interface StartTool {
	use: ToolUse;
	toolId: string;
	name: string;
	dependency: DependencyLevel;
}

/** Who uses the tools: the guided start does not ask, the plan's diagnosis can refine it. */
const defaultReach = 'team' as const;

const sameTool = (a: Pick<StartTool, 'use' | 'toolId'>, b: Pick<StartTool, 'use' | 'toolId'>) =>
	a.use === b.use && a.toolId === b.toolId;

/** `tools` with `tool` added for its use, or taken out when it was there. */
export function toggleStartTool(tools: readonly StartTool[], tool: StartTool): StartTool[] {
	return tools.some((other) => sameTool(other, tool))
		? tools.filter((other) => !sameTool(other, tool))
		: [...tools, tool];
}

/** Whether `toolId` is ticked for `use`. */
export function hasStartTool(tools: readonly StartTool[], use: ToolUse, toolId: string): boolean {
	return tools.some((tool) => sameTool(tool, { use, toolId }));
}

/** `tools` with a new dependency level for one of them. */
export function withDependency(
	tools: readonly StartTool[],
	tool: StartTool,
	dependency: DependencyLevel
): StartTool[] {
	return tools.map((other) => (sameTool(other, tool) ? { ...other, dependency } : other));
}

/** The diagnosis rows the plan would hold (without their ids), for scoring. */
export function asDiagnosisTools(tools: readonly StartTool[]): DiagnosisTool[] {
	return tools.map((tool) => ({
		id: `${tool.use}:${tool.toolId}`,
		planId: '',
		use: tool.use,
		toolId: tool.toolId,
		isBigTech: true,
		dependency: tool.dependency,
		reach: defaultReach,
		users: '',
		createdAt: ''
	}));
}

/** The dependency picture: one score per use, and the overall one. */
export function startScores(tools: readonly StartTool[]): UseScore[] {
	return scoreUses(asDiagnosisTools(tools));
}

/**
 * The `count` most binding tools (highest score first, then in the order they were ticked), each
 * catalogue tool once even when ticked for several uses.
 */
export function mostBindingTools(tools: readonly StartTool[], count = 2): StartTool[] {
	const seen = new Set<string>();
	return asDiagnosisTools(tools)
		.map((row, index) => ({ tool: tools[index], score: scoreTool(row), index }))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.flatMap(({ tool }) => (tool && !seen.has(tool.toolId) && seen.add(tool.toolId) ? [tool] : []))
		.slice(0, count);
}

/** The support a provider could bring first, from how dependent the association is. */
export function suggestedSupport(band: ScoreBand | undefined): SupportKind {
	if (band === 'high') return 'data-migration';
	if (band === 'medium') return 'tool-recommendations';
	return 'identifying-needs';
}

export { scoreBand };

/** The directory filtered on a support kind and, when known, a region. */
export function providersLink(support: SupportKind, region: RegionId | ''): string {
	const params = new URLSearchParams({ support });
	if (region) params.set('region', region);
	return `/prestataires?${params.toString()}`;
}
