import { describe, expect, it } from 'vitest';
import type { StepState } from '$lib/schemas/plan';
import { makePlanBundle } from './plan-factory';
import { itemsOfStep, overallProgress, planProgress, stepProgress } from './progress';

describe('plan progress', () => {
	it('counts done items per step', () => {
		const { items } = makePlanBundle({ itemsPerStep: 6 });
		// Items 0 and 3 of each step are done.
		expect(stepProgress('strategy', items, undefined)).toEqual({
			stepId: 'strategy',
			done: 2,
			total: 6,
			percent: 33
		});
	});

	it('counts a step marked done in full, and an empty step as 0 %', () => {
		const { items } = makePlanBundle({ itemsPerStep: 6 });
		expect(stepProgress('strategy', items, { status: 'done' }).percent).toBe(100);
		expect(stepProgress('strategy', [], { status: 'in-progress' }).percent).toBe(0);
	});

	it('gives the eight steps in order and an overall mean', () => {
		const { items, steps } = makePlanBundle({ itemsPerStep: 3 });
		const done: StepState[] = steps.map((step, index) =>
			index < 2 ? { ...step, status: 'done' } : step
		);
		const progress = planProgress(items, done);
		expect(progress.map((step) => step.percent)).toEqual([100, 100, 33, 33, 33, 33, 33, 33]);
		expect(overallProgress(progress)).toBe(50);
		expect(overallProgress([])).toBe(0);
	});

	it('lists a step’s items by their order', () => {
		const { items } = makePlanBundle({ itemsPerStep: 3 });
		const shuffled = [...items].reverse();
		expect(itemsOfStep(shuffled, 'training').map((item) => item.order)).toEqual([1, 2, 3]);
	});
});
