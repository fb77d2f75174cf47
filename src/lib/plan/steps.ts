import { planSteps, type PlanStepId } from '$lib/schemas/plan-steps';
import { supportKinds, type SupportKind } from '$lib/schemas/provider-values';

export { planSteps, type PlanStepId };

/** Which plan steps each kind of provider support helps with. */
export const stepsBySupportKind: Record<SupportKind, readonly PlanStepId[]> = {
	'identifying-needs': ['needs-assessment'],
	'clarifying-objectives': ['needs-assessment', 'strategy'],
	awareness: ['awareness'],
	roadmap: ['strategy'],
	'digital-diagnosis': ['needs-assessment'],
	'tool-recommendations': ['tool-choice'],
	'data-migration': ['process-adaptation'],
	hosting: ['process-adaptation', 'integration'],
	'change-management': ['awareness', 'integration', 'continuous-adaptation'],
	training: ['training']
};

/** The plan steps a set of support kinds helps with, in plan order, without repeats. */
export function stepsForSupportKinds(kinds: readonly SupportKind[]): (typeof planSteps)[number][] {
	const wanted = new Set(kinds.flatMap((kind) => stepsBySupportKind[kind]));
	return planSteps.filter((step) => wanted.has(step.id));
}

/** The kinds of provider support that help with a step, in the directory's order. */
export function supportKindsForStep(stepId: PlanStepId): SupportKind[] {
	return supportKinds.filter((kind) => stepsBySupportKind[kind].includes(stepId));
}

/** True when `value` is the id of one of the eight steps (e.g. from a URL). */
export function isPlanStepId(value: string | undefined): value is PlanStepId {
	return planSteps.some((step) => step.id === value);
}
