import { describe, expect, it } from 'vitest';
import type { ToolChange } from '$lib/schemas/plan';
import { makePlanBundle } from './plan-factory';
import { addMonths, buildTimeline, maxChangesPerMonth } from './timeline';

const [template] = makePlanBundle({ changes: 1 }).changes;
function change(id: string, targetMonth: string): ToolChange {
	if (!template) throw new Error('no template');
	return { ...template, id, targetMonth };
}

describe('migration timeline', () => {
	it('adds months across years', () => {
		expect(addMonths('2026-11', 1)).toBe('2026-12');
		expect(addMonths('2026-12', 1)).toBe('2027-01');
		expect(addMonths('2026-01', -1)).toBe('2025-12');
	});

	it('lists every month from the first to the last, empty ones included', () => {
		const timeline = buildTimeline([change('a', '2026-12'), change('b', '2027-02')]);
		expect(timeline.months.map((month) => [month.month, month.changes.length])).toEqual([
			['2026-12', 1],
			['2027-01', 0],
			['2027-02', 1]
		]);
	});

	it('warns when too many changes land in the same month, and keeps unscheduled ones apart', () => {
		const crowded = Array.from({ length: maxChangesPerMonth + 1 }, (_, i) =>
			change(`c${i}`, '2026-05')
		);
		const timeline = buildTimeline([...crowded, change('x', ''), change('y', '2026-06')]);
		expect(timeline.months.find((m) => m.month === '2026-05')?.isOverloaded).toBe(true);
		expect(timeline.months.find((m) => m.month === '2026-06')?.isOverloaded).toBe(false);
		expect(timeline.unscheduled.map((c) => c.id)).toEqual(['x']);
	});
});
