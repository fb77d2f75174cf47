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
			percent: 33,
			status: 'in-progress',
			isChosen: false
		});
	});

	it('derives a step’s status from its checklist: none ticked, some, all', () => {
		const { items } = makePlanBundle({ itemsPerStep: 5 });
		const own = items.filter((item) => item.stepId === 'strategy');
		const ticked = (count: number) => own.map((item, index) => ({ ...item, done: index < count }));
		expect(stepProgress('strategy', ticked(0), undefined).status).toBe('not-started');
		expect(stepProgress('strategy', ticked(2), {}).status).toBe('in-progress');
		expect(stepProgress('strategy', ticked(5), {}).status).toBe('done');
		// An empty checklist has nothing started.
		expect(stepProgress('strategy', [], undefined).status).toBe('not-started');
	});

	it('shows a status a person chose as chosen, whatever the checklist says', () => {
		const { items } = makePlanBundle({ itemsPerStep: 5 });
		const blocked = stepProgress('strategy', items, { status: 'blocked' });
		expect(blocked).toMatchObject({ status: 'blocked', isChosen: true, done: 2, percent: 40 });
		const skipped = stepProgress('strategy', items, { status: 'skipped' });
		expect(skipped).toMatchObject({ status: 'skipped', isChosen: true, percent: 100 });
		const started = stepProgress('strategy', [], { status: 'in-progress' });
		expect(started).toMatchObject({ status: 'in-progress', isChosen: true, percent: 0 });
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
