import type { StepStatus } from '$lib/schemas/plan-values';
import type { ChecklistItem, StepState } from '$lib/schemas/plan';
import { planSteps, type PlanStepId } from './steps';

export interface StepProgress {
	stepId: PlanStepId;
	done: number;
	total: number;
	/** 0–100. A step marked done or set aside counts in full, whatever its checklist says. */
	percent: number;
	/** What its checklist says, unless a person chose a status (`isChosen`). */
	status: StepStatus;
	isChosen: boolean;
}

/** The status a checklist says: nothing ticked → not started, some → in progress, all → done. */
export function checklistStatus(done: number, total: number): StepStatus {
	if (done === 0) return 'not-started';
	return done < total ? 'in-progress' : 'done';
}

/** Progress and status of one step, from its checklist and the status a person chose, if any. */
export function stepProgress(
	stepId: PlanStepId,
	items: readonly ChecklistItem[],
	state: Pick<StepState, 'status'> | undefined
): StepProgress {
	const own = items.filter((item) => item.stepId === stepId);
	const done = own.filter((item) => item.done).length;
	const total = own.length;
	const chosen = state?.status;
	const isComplete = chosen === 'done' || chosen === 'skipped';
	const ratio = isComplete ? 1 : total === 0 ? 0 : done / total;
	return {
		stepId,
		done,
		total,
		percent: Math.round(100 * ratio),
		status: chosen ?? checklistStatus(done, total),
		isChosen: chosen !== undefined
	};
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
