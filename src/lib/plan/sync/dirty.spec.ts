import { describe, expect, it } from 'vitest';
import type { PlanSyncRow } from '$lib/db/database';
import { scanChanges } from './dirty';
import type { LocalRecord } from './local-records';

const planId = 'p1';
const at = '2026-03-12T18:00:00.000Z';
const now = '2026-03-12T19:00:00.000Z';
const fields = { id: 'i1', planId, text: 'Lister les outils', done: false };
const record = (changes = {}): LocalRecord => ({
	kind: 'item',
	row: { ...fields, ...changes },
	fields: { ...fields, ...changes }
});
const agreed = (extra: Partial<PlanSyncRow> = {}): PlanSyncRow => ({
	planId,
	docId: 'item:i1',
	rev: '1-a',
	base: { fields, editedBy: 'alice', editedAt: at },
	...extra
});
const scan = (records: [string, LocalRecord][], entries: PlanSyncRow[]) =>
	scanChanges(planId, new Map(records), new Map(entries.map((e) => [e.docId, e])), now);

describe('which records changed on this device', () => {
	it('none when every row is as the server has it', () => {
		expect(scan([['item:i1', record()]], [agreed()]).changes).toEqual([]);
	});

	it('a row that differs from its base, dated when first seen and no later', () => {
		const first = scan([['item:i1', record({ done: true })]], [agreed()]);
		expect(first.changes).toEqual([
			{ docId: 'item:i1', kind: 'item', rev: '1-a', at: now, fields: { ...fields, done: true } }
		]);
		const seenAgain = scanChanges(
			planId,
			new Map([['item:i1', record({ done: true })]]),
			new Map(first.updates.map((entry) => [entry.docId, entry])),
			'2026-03-12T20:00:00.000Z'
		);
		expect(seenAgain.changes[0]?.at).toBe(now);
		expect(seenAgain.updates).toEqual([]);
	});

	it('a row with no entry is new; an entry with no row is a deletion', () => {
		const result = scan(
			[['item:i2', { ...record(), fields: { ...fields, id: 'i2' } }]],
			[agreed()]
		);
		expect(
			result.changes.map(({ docId, rev, fields: f }) => [docId, rev, f !== undefined])
		).toEqual([
			['item:i2', undefined, true],
			['item:i1', '1-a', false]
		]);
	});

	it('a notice cleared here (a choice made) is a change even with the same fields', () => {
		const notice = { text: { value: 'Autre', by: 'bob', at } };
		const base = { fields, editedBy: 'alice', editedAt: at, alsoEdited: notice };
		expect(scan([['item:i1', record()]], [agreed({ base, alsoEdited: notice })]).changes).toEqual(
			[]
		);
		expect(scan([['item:i1', record()]], [agreed({ base })]).changes).toHaveLength(1);
	});

	it('forgets a record created and removed before the server had it', () => {
		const result = scan([], [agreed({ base: null, rev: undefined })]);
		expect(result).toMatchObject({ changes: [], drops: ['item:i1'] });
	});

	it('does not send again what the server refused, until the row changes', () => {
		const refused = agreed({ refused: { reason: 'forbidden', fields: { ...fields, done: true } } });
		expect(scan([['item:i1', record({ done: true })]], [refused])).toMatchObject({
			changes: [],
			refused: 1
		});
		expect(scan([['item:i1', record({ text: 'Autre' })]], [refused]).changes).toHaveLength(1);
	});
});
