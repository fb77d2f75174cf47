// Which plan steps each kind of provider support helps with, as data shared by the directory (a
// provider's page lists the steps it helps with) and the plan (a step's help links to the
// providers for it): neither feature imports the other for it.
import { planSteps, type PlanStepId } from './plan-steps';
import { supportKinds, type SupportKind } from './provider-values';

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
