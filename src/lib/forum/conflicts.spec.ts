import { describe, expect, it } from 'vitest';
import type { Thread } from '$lib/schemas/forum';
import { mergeDraft, planResolution, winningRev } from './conflicts';
import { makeThread } from './post-factory';

const base = makeThread('alice', { _id: 'thread:0000000a0-abcd1234' });
const winner: Thread = {
	...base,
	_rev: '2-bbb',
	body: 'Version du téléphone',
	_conflicts: ['2-aaa']
};
const other: Thread = { ...base, _rev: '2-aaa', body: 'Version de l’ordinateur' };
const now = new Date('2026-03-02T08:00:00Z');

describe('conflict resolution', () => {
	it('picks the winner like CouchDB: longest history, then highest hash', () => {
		expect(winningRev(['2-aaa', '2-bbb'])).toBe('2-bbb');
		expect(winningRev(['3-aaa', '2-fff'])).toBe('3-aaa');
		expect(winningRev(['10-a', '9-z'])).toBe('10-a');
	});

	it('keeping the winner removes the losing revision only', () => {
		const plan = planResolution(winner, [other], { keep: 'winner' }, now);
		expect(plan.put).toMatchObject({ _rev: '2-bbb', body: 'Version du téléphone' });
		expect(plan.put).not.toHaveProperty('_conflicts');
		expect(plan.remove).toEqual([{ _id: base._id, _rev: '2-aaa', _deleted: true }]);
	});

	it('keeping the other version writes its content on the winning branch', () => {
		const plan = planResolution(winner, [other], { keep: 'other', rev: '2-aaa' }, now);
		expect(plan.put).toMatchObject({ _rev: '2-bbb', body: 'Version de l’ordinateur' });
		expect(plan.put.updatedAt).toBe(now.toISOString());
	});

	it('a hand merge keeps both texts as the author wrote them', () => {
		const draft = mergeDraft(winner, other);
		expect(draft).toContain('Version du téléphone');
		expect(draft).toContain('Version de l’ordinateur');
		const plan = planResolution(winner, [other], { merged: { body: draft, title: 'Agenda' } }, now);
		expect(plan.put).toMatchObject({ body: draft, title: 'Agenda', author: 'alice' });
	});
});
