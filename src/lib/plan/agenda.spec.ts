import { describe, expect, it } from 'vitest';
import type { ChecklistItem, StepState } from '$lib/schemas/plan';
import { currentStepId, isOverdue, localDay, meetingAgenda, type AgendaInput } from './agenda';
import { planSteps, type PlanStepId } from './steps';

const today = '2026-03-12';

function item(id: string, stepId: PlanStepId, extra: Partial<ChecklistItem> = {}): ChecklistItem {
	return {
		id,
		planId: 'p',
		stepId,
		text: id,
		done: false,
		order: Number(id.replace(/\D/g, '')) || 1,
		owner: '',
		dueDate: '',
		updatedAt: '2026-03-01T10:00:00.000Z',
		...extra
	};
}

const steps: StepState[] = planSteps.map((step) => ({
	planId: 'p',
	stepId: step.id,
	owners: '',
	targetDate: '',
	notes: ''
}));

const agenda = (input: Partial<AgendaInput> & Pick<AgendaInput, 'items'>) =>
	meetingAgenda({ steps, events: [], today, filter: 'agenda', ...input }).map((group) => [
		group.stepId,
		group.items.map((entry) => entry.id)
	]);

describe('the current step', () => {
	it('is the first step not complete', () => {
		const items = [
			item('a1', 'needs-assessment', { done: true }),
			item('b1', 'awareness'),
			item('c1', 'strategy')
		];
		expect(currentStepId(items, steps)).toBe('awareness');
	});

	it('skips a step marked done even with open tasks', () => {
		const items = [item('a1', 'needs-assessment'), item('b1', 'awareness')];
		const marked = steps.map((state) =>
			state.stepId === 'needs-assessment' ? { ...state, status: 'done' as const } : state
		);
		expect(currentStepId(items, marked)).toBe('awareness');
	});

	it('does not move when the step’s last task is ticked during the meeting', () => {
		const items = [item('a1', 'needs-assessment', { done: true }), item('b1', 'awareness')];
		expect(currentStepId(items, steps, new Set(['a1']))).toBe('needs-assessment');
	});
});

describe('the meeting agenda', () => {
	it('puts the current step first, then steps with tasks due soon, then the rest in plan order', () => {
		const items = [
			item('a1', 'needs-assessment', { done: true }),
			item('b1', 'awareness'),
			item('b2', 'awareness'),
			item('t1', 'training', { dueDate: '2026-03-20' }),
			item('s1', 'strategy', { dueDate: '2026-03-15' }),
			item('s2', 'strategy'),
			item('c1', 'continuous-adaptation'),
			item('i1', 'integration', { dueDate: '2026-06-01' })
		];
		expect(agenda({ items, filter: 'all' })).toEqual([
			['awareness', ['b1', 'b2']],
			['strategy', ['s1', 's2']],
			['training', ['t1']],
			['integration', ['i1']],
			['continuous-adaptation', ['c1']]
		]);
	});

	it('keeps on the agenda the current step, tasks due within 14 days or overdue, and tasks dealt with', () => {
		const items = [
			item('a1', 'needs-assessment'),
			item('b1', 'awareness', { dueDate: '2026-03-26' }),
			item('b2', 'awareness', { dueDate: '2026-03-27' }),
			item('s1', 'strategy', { dueDate: '2026-01-05' }),
			item('t1', 'training', { done: true }),
			item('t2', 'training')
		];
		expect(agenda({ items, events: [{ itemId: 't1' }] })).toEqual([
			['needs-assessment', ['a1']],
			['strategy', ['s1']],
			['awareness', ['b1']],
			['training', ['t1']]
		]);
		expect(isOverdue(items[3] as ChecklistItem, today)).toBe(true);
	});

	it('orders a step’s tasks by due date when due soon, then in checklist order', () => {
		const items = [
			item('a1', 'needs-assessment'),
			item('a2', 'needs-assessment', { dueDate: '2026-03-14' }),
			item('a3', 'needs-assessment', { dueDate: '2026-03-13' }),
			item('a4', 'needs-assessment', { dueDate: '2026-09-01' })
		];
		expect(agenda({ items })).toEqual([['needs-assessment', ['a3', 'a2', 'a1', 'a4']]]);
	});

	it('leaves out tasks done before the meeting, and says which group is the current step', () => {
		const items = [item('a1', 'needs-assessment', { done: true }), item('b1', 'awareness')];
		const groups = meetingAgenda({ items, steps, events: [], today, filter: 'all' });
		expect(groups).toEqual([{ stepId: 'awareness', isCurrent: true, items: [items[1]] }]);
		expect(agenda({ items: [item('a1', 'needs-assessment', { done: true })] })).toEqual([]);
	});
});

describe('the local day', () => {
	it('is the calendar day where the phone is, not in UTC', () => {
		expect(localDay(new Date(2026, 2, 12, 23, 30))).toBe('2026-03-12');
		expect(localDay(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
	});
});
