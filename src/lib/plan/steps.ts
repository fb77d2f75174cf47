import { planSteps, type PlanStepId } from '$lib/schemas/plan-steps';

export { planSteps, type PlanStepId };
export { stepsForSupportKinds, supportKindsForStep } from '$lib/schemas/step-support';

/** True when `value` is the id of one of the eight steps (e.g. from a URL). */
export function isPlanStepId(value: string | undefined): value is PlanStepId {
	return planSteps.some((step) => step.id === value);
}
