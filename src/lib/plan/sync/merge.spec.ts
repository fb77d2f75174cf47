import { describe, expect, it } from 'vitest';
import { mergeRecord, type Tombstone, type Version } from './merge';

const base: Version = {
	fields: { text: 'Choisir une messagerie', done: false, owner: '' },
	editedBy: 'camille',
	editedAt: '2026-11-30T10:00:00.000Z'
};
const edit = (fields: Record<string, unknown>, by: string, minute: number): Version => ({
	fields: { ...base.fields, ...fields },
	editedBy: by,
	editedAt: `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`
});
const gone = (by: string, minute: number): Tombstone => ({
	deleted: true,
	editedBy: by,
	editedAt: `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`
});
const kept = (result: ReturnType<typeof mergeRecord>) => {
	if (result.kind !== 'kept') throw new Error('deleted');
	return result.version;
};

describe('merging a record edited on two phones', () => {
	it('keeps both edits when they touch different fields', () => {
		const merged = kept(
			mergeRecord(base, edit({ done: true }, 'karim', 5), edit({ owner: 'Inès' }, 'ines', 6))
		);
		expect(merged.fields).toEqual({ text: 'Choisir une messagerie', done: true, owner: 'Inès' });
		expect(merged.alsoEdited).toBeUndefined();
	});

	it('picks the same winner whichever phone merges, and keeps the other value visible', () => {
		const karim = edit({ text: 'Choisir Element' }, 'karim', 5);
		const ines = edit({ text: 'Choisir Signal' }, 'ines', 7);
		const onKarim = kept(mergeRecord(base, karim, ines));
		const onInes = kept(mergeRecord(base, ines, karim));
		expect(onKarim).toEqual(onInes);
		expect(onKarim.fields.text).toBe('Choisir Signal');
		expect(onKarim.alsoEdited).toEqual({
			text: { value: 'Choisir Element', by: 'karim', at: karim.editedAt }
		});
	});

	it('breaks a tie of time by name, the same way everywhere', () => {
		const a = edit({ text: 'A' }, 'alix', 5);
		const b = edit({ text: 'B' }, 'bruno', 5);
		expect(kept(mergeRecord(base, a, b)).fields.text).toBe('B');
		expect(kept(mergeRecord(base, b, a)).fields.text).toBe('B');
	});

	it('sees no conflict when both phones made the same change', () => {
		const merged = kept(
			mergeRecord(base, edit({ done: true }, 'a', 1), edit({ done: true }, 'b', 2))
		);
		expect(merged.alsoEdited).toBeUndefined();
		expect(merged.fields.done).toBe(true);
	});

	it('keeps a record both created (no base), conflicting fields shown', () => {
		const merged = kept(
			mergeRecord(undefined, edit({ text: 'X' }, 'a', 1), edit({ text: 'Y' }, 'b', 2))
		);
		expect(merged.fields.text).toBe('Y');
		expect(merged.alsoEdited?.text?.value).toBe('X');
	});

	it('drops a notice once someone chose, unless the field changed again', () => {
		const conflicted = kept(
			mergeRecord(base, edit({ text: 'Element' }, 'karim', 5), edit({ text: 'Signal' }, 'ines', 7))
		);
		const chosen: Version = {
			...conflicted,
			alsoEdited: undefined,
			editedBy: 'karim',
			editedAt: '2026-12-01T11:00:00.000Z'
		};
		const untouched: Version = { ...conflicted };
		const merged = kept(mergeRecord(conflicted, chosen, untouched));
		expect(merged.alsoEdited).toBeUndefined();
	});
});

describe('merging a deletion', () => {
	it('stays deleted when the other phone did not change the record (it never comes back)', () => {
		expect(mergeRecord(base, gone('karim', 5), base).kind).toBe('deleted');
		expect(mergeRecord(base, base, gone('karim', 5)).kind).toBe('deleted');
	});

	it('keeps a record edited on one phone and deleted on the other, marked for a choice', () => {
		const edited = edit({ done: true }, 'ines', 6);
		for (const merged of [
			kept(mergeRecord(base, gone('karim', 5), edited)),
			kept(mergeRecord(base, edited, gone('karim', 5)))
		]) {
			expect(merged.fields.done).toBe(true);
			expect(merged.deletedBy).toEqual({ by: 'karim', at: '2026-12-01T10:05:00.000Z' });
		}
	});

	it('deletes a record both deleted', () => {
		expect(mergeRecord(base, gone('a', 1), gone('b', 2)).kind).toBe('deleted');
	});
});
