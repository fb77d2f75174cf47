import type { ChecklistItem, StepState } from '$lib/schemas/plan';
import { planSteps, type PlanStepId } from './steps';

export interface StepProgress {
	stepId: PlanStepId;
	done: number;
	total: number;
	/** 0–100. A step marked done counts in full, whatever its checklist says. */
	percent: number;
}

/** Progress of one step from its status and checklist. */
export function stepProgress(
	stepId: PlanStepId,
	items: readonly ChecklistItem[],
	state: Pick<StepState, 'status'> | undefined
): StepProgress {
	const own = items.filter((item) => item.stepId === stepId);
	const done = own.filter((item) => item.done).length;
	const total = own.length;
	const ratio = state?.status === 'done' ? 1 : total === 0 ? 0 : done / total;
	return { stepId, done, total, percent: Math.round(100 * ratio) };
}

/** Progress of each of the eight steps, in order. */
export function planProgress(
	items: readonly ChecklistItem[],
	states: readonly StepState[]
): StepProgress[] {
	const byStep = new Map(states.map((state) => [state.stepId, state]));
	return planSteps.map((step) => stepProgress(step.id, items, byStep.get(step.id)));
}

/** Overall progress, 0–100: the mean of the steps' progress (each step weighs the same). */
export function overallProgress(steps: readonly StepProgress[]): number {
	if (steps.length === 0) return 0;
	return Math.round(steps.reduce((sum, step) => sum + step.percent, 0) / steps.length);
}

/** Checklist items of one step in display order. */
export function itemsOfStep(items: readonly ChecklistItem[], stepId: PlanStepId): ChecklistItem[] {
	return items.filter((item) => item.stepId === stepId).sort((a, b) => a.order - b.order);
}
