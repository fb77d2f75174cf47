import { toolUses, type ToolUse } from '$lib/schemas/alternative-values';
import type { DependencyLevel, UserReach } from '$lib/schemas/plan-values';
import type { DiagnosisTool } from '$lib/schemas/plan';

// Dependency score: how hard it would be to do without the Big Tech tools in use, 0 (none) to
// 100 (everything rests on them). A tool weighs by how much the association relies on it and by
// how many people use it; a use scores as its most binding tool (one locked-in tool is enough to
// be stuck); the overall score is the mean over the uses the association filled in.

const dependencyWeight: Record<DependencyLevel, number> = { low: 1 / 3, medium: 2 / 3, high: 1 };
const reachWeight: Record<UserReach, number> = { few: 0.5, team: 0.75, everyone: 1 };

/** The score of one tool, 0–100; tools not from Big Tech companies score 0. */
export function scoreTool(tool: Pick<DiagnosisTool, 'isBigTech' | 'dependency' | 'reach'>): number {
	if (!tool.isBigTech) return 0;
	return Math.round(100 * dependencyWeight[tool.dependency] * reachWeight[tool.reach]);
}

export interface UseScore {
	use: ToolUse;
	score: number;
	toolCount: number;
}

/** One score per use that has at least one tool, in the catalogue's order of uses. */
export function scoreUses(tools: readonly DiagnosisTool[]): UseScore[] {
	return toolUses.flatMap((use) => {
		const inUse = tools.filter((tool) => tool.use === use);
		if (inUse.length === 0) return [];
		return [{ use, score: Math.max(...inUse.map(scoreTool)), toolCount: inUse.length }];
	});
}

/** The overall dependency score, 0–100, or undefined when no tool was entered yet. */
export function overallScore(uses: readonly UseScore[]): number | undefined {
	if (uses.length === 0) return undefined;
	return Math.round(uses.reduce((sum, use) => sum + use.score, 0) / uses.length);
}

export type ScoreBand = 'low' | 'medium' | 'high';

/** A coarse reading of a score, for words and colours next to the number. */
export function scoreBand(score: number): ScoreBand {
	if (score >= 60) return 'high';
	if (score >= 30) return 'medium';
	return 'low';
}
