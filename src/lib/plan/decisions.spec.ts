import { describe, expect, it } from 'vitest';
import type { Decision, Meeting } from '$lib/schemas/plan';
import {
	decisionLog,
	decisionTarget,
	linkChoice,
	parseLinkChoice,
	targetStepId
} from './decisions';
import type { DecisionLink } from './meetings';
import { makePlanBundle } from './plan-factory';

const { items } = makePlanBundle({ itemsPerStep: 2 });
const task = items.find((entry) => entry.stepId === 'training');

function decision(id: string, meetingId: string, at: string, link = {}): Decision {
	return { id, planId: 'plan-1', meetingId, text: `Décision ${id}`, at, ...link };
}

function meeting(id: string, date: string, startedAt = `${date}T18:00:00.000Z`): Meeting {
	return { id, planId: 'plan-1', date, startedAt };
}

describe('what a decision is about', () => {
	it('reads a link to a step, to a task (whose step it opens) or to nothing', () => {
		if (!task) throw new Error('no task');
		expect(decisionTarget({ stepId: 'strategy' }, items)).toEqual({
			kind: 'step',
			stepId: 'strategy'
		});
		const target = decisionTarget({ itemId: task.id }, items);
		expect(target).toEqual({ kind: 'item', item: task });
		expect(targetStepId(target)).toBe('training');
		expect(decisionTarget({}, items)).toBeUndefined();
	});

	it('keeps a decision whose task was deleted since, and says so', () => {
		const target = decisionTarget({ itemId: 'deleted-task' }, items);
		expect(target).toEqual({ kind: 'missing-item' });
		expect(targetStepId(target)).toBeUndefined();
	});

	it('turns the form’s choice into a link and back', () => {
		if (!task) throw new Error('no task');
		const links: DecisionLink[] = [{ stepId: 'tool-choice' }, { itemId: task.id }, {}];
		for (const link of links) {
			expect(parseLinkChoice(linkChoice(link), items)).toEqual(link);
		}
	});

	it('links nothing for an unknown step, a task deleted meanwhile or a foreign value', () => {
		for (const value of ['step:nowhere', 'item:deleted-task', 'plan:1', 'garbage', '']) {
			expect(parseLinkChoice(value, items)).toEqual({});
		}
	});
});

describe('the decision log', () => {
	it('lists every decision with its meeting, newest meeting first, latest decision first', () => {
		const meetings = [
			meeting('march', '2026-03-12'),
			meeting('june', '2026-06-02'),
			meeting('june-late', '2026-06-02', '2026-06-02T20:00:00.000Z')
		];
		const decisions = [
			decision('m1', 'march', '2026-03-12T18:10:00.000Z'),
			decision('m2', 'march', '2026-03-12T18:40:00.000Z', { stepId: 'strategy' }),
			decision('j1', 'june', '2026-06-02T18:20:00.000Z'),
			decision('l1', 'june-late', '2026-06-02T20:05:00.000Z'),
			decision('orphan', 'no-such-meeting', '2026-07-01T18:00:00.000Z')
		];
		const log = decisionLog({ meetings, decisions });
		expect(log.map((entry) => [entry.decision.id, entry.meeting.id])).toEqual([
			['l1', 'june-late'],
			['j1', 'june'],
			['m2', 'march'],
			['m1', 'march']
		]);
	});

	it('is empty for a plan without decisions', () => {
		expect(decisionLog({ meetings: [meeting('m', '2026-03-12')], decisions: [] })).toEqual([]);
	});
});
