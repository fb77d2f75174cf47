import { describe, expect, it } from 'vitest';
import { makePlanBundle } from '../plan-factory';
import { mergeVersions } from './apply-remote';
import { docIdOf, kindOfDocId, parsePlanDoc, recordsOf, sharedFields, toDoc } from './plan-docs';
import { batches } from './push';

const planId = 'b7c3a3b0-0000-4000-8000-000000000001';
const at = '2026-03-12T18:00:00.000Z';
const later = '2026-03-12T18:05:00.000Z';
const bundle = makePlanBundle({ planId, meetings: 1 });

describe('rows and documents', () => {
	it('maps every record to a document and back, unchanged', () => {
		for (const { kind, fields } of recordsOf(bundle)) {
			const doc = toDoc(kind, { fields, editedBy: 'alice', editedAt: at }, '1-a');
			const parsed = parsePlanDoc(planId, JSON.parse(JSON.stringify(doc)));
			expect(parsed, kind).toEqual({
				ok: true,
				doc: { kind, docId: doc._id, version: { fields, editedBy: 'alice', editedAt: at } }
			});
			expect(kindOfDocId(doc._id)).toBe(kind);
		}
	});

	it('names documents by kind and id; the plan is `plan`, a step `step:<stepId>`', () => {
		expect(docIdOf('plan', { id: planId })).toBe('plan');
		expect(docIdOf('step', { planId, stepId: 'strategy' })).toBe('step:strategy');
		expect(docIdOf('item', { id: 'i1' })).toBe('item:i1');
		expect(kindOfDocId('_design/plan')).toBeUndefined();
		expect(kindOfDocId('note:1')).toBeUndefined();
	});

	it('keeps the plan’s device-only fields (last edit here, deletion undo) off the server', () => {
		const fields = sharedFields('plan', { ...bundle.plan, deletedAt: at });
		expect(fields).not.toHaveProperty('updatedAt');
		expect(fields).not.toHaveProperty('deletedAt');
	});

	it('writes a meeting event’s own kind as `event` (the document’s kind is the record’s)', () => {
		const event = recordsOf(bundle).find((record) => record.kind === 'meetingEvent');
		if (!event) throw new Error('no event');
		const doc = toDoc(
			'meetingEvent',
			{ fields: event.fields, editedBy: 'alice', editedAt: at },
			undefined
		);
		expect(doc).toMatchObject({ kind: 'meetingEvent', event: 'item-ticked' });
	});

	it('reads a step written by an app of before the derived status: « not-started » is no choice', () => {
		const step = bundle.steps[0];
		if (!step) throw new Error('no step');
		const fields = sharedFields('step', step);
		const doc = {
			...toDoc('step', { fields, editedBy: 'alice', editedAt: at }, '1-a'),
			status: 'not-started',
			alsoEdited: { status: { value: 'not-started', by: 'karim', at } }
		};
		const parsed = parsePlanDoc(planId, doc);
		if (!parsed.ok) throw new Error(parsed.reason);
		expect(parsed.doc.version.fields).not.toHaveProperty('status');
		expect(parsed.doc.version.alsoEdited).toEqual({ status: { by: 'karim', at } });
		const chosen = parsePlanDoc(planId, { ...doc, status: 'in-progress', alsoEdited: undefined });
		expect(chosen).toMatchObject({
			ok: true,
			doc: { version: { fields: { status: 'in-progress' } } }
		});
	});

	it('refuses what the server would: another plan’s record, a missing author', () => {
		const item = toDoc(
			'item',
			{ fields: sharedFields('item', bundle.items[0] ?? {}), editedBy: 'a', editedAt: at },
			undefined
		);
		expect(parsePlanDoc('another-plan', item)).toMatchObject({ ok: false });
		expect(parsePlanDoc(planId, { ...item, editedBy: undefined })).toMatchObject({ ok: false });
	});
});

describe('merge rules per kind', () => {
	const item = sharedFields('item', bundle.items[0] ?? {});
	const base = { fields: item, editedBy: 'alice', editedAt: at };

	it('keeps the later `updatedAt` of a task without a notice (bookkeeping, not a choice)', () => {
		const local = {
			fields: { ...item, text: 'A', updatedAt: at },
			editedBy: 'alice',
			editedAt: at
		};
		const remote = {
			fields: { ...item, text: 'B', updatedAt: later },
			editedBy: 'bob',
			editedAt: later
		};
		const merged = mergeVersions('item', base, local, remote);
		expect(merged).toMatchObject({
			kind: 'kept',
			version: { fields: { text: 'B', updatedAt: later } }
		});
		if (merged.kind === 'kept')
			expect(Object.keys(merged.version.alsoEdited ?? {})).toEqual(['text']);
	});

	it('keeps a decision about a step or a task, never both: the later edit whole, the other shown', () => {
		const decision = sharedFields('decision', bundle.decisions[0] ?? {});
		const { stepId: _stepId, ...unlinked } = decision;
		void _stepId;
		const decisionBase = { fields: unlinked, editedBy: 'alice', editedAt: at };
		const local = { fields: { ...unlinked, stepId: 'strategy' }, editedBy: 'alice', editedAt: at };
		const remote = {
			fields: { ...unlinked, itemId: 'item-0-1' },
			editedBy: 'bob',
			editedAt: later
		};
		for (const merged of [
			mergeVersions('decision', decisionBase, local, remote),
			mergeVersions('decision', decisionBase, remote, local)
		]) {
			expect(merged).toMatchObject({ kind: 'kept', version: { fields: { itemId: 'item-0-1' } } });
			if (merged.kind !== 'kept') continue;
			expect(merged.version.fields).not.toHaveProperty('stepId');
			expect(merged.version.alsoEdited?.stepId).toEqual({ value: 'strategy', by: 'alice', at });
		}
	});
});

describe('push batches', () => {
	it('cut at 100 documents or about 900 kB, whichever comes first', () => {
		const small = Array.from({ length: 250 }, () => 1_000);
		expect(batches(small, (size) => size).map((batch) => batch.length)).toEqual([100, 100, 50]);
		const big = Array.from({ length: 10 }, () => 300_000);
		expect(batches(big, (size) => size).map((batch) => batch.length)).toEqual([3, 3, 3, 1]);
		expect(batches([2_000_000], (size) => size)).toEqual([[2_000_000]]);
	});
});
