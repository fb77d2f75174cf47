import { describe, expect, it } from 'vitest';
import { planCalendarEvents } from './calendar-export';
import { makePlanBundle } from './plan-factory';

describe('the plan’s calendar events', () => {
	it('puts each open task with a due date on its day, with its owner; done tasks are left out', () => {
		const bundle = makePlanBundle({ itemsPerStep: 1, changes: 0 });
		bundle.items = bundle.items.slice(0, 3).map((item, index) => ({
			...item,
			done: index === 2,
			owner: index === 0 ? 'Camille' : '',
			dueDate: '2026-04-0' + String(index + 1)
		}));
		const events = planCalendarEvents(bundle, {
			stepDue: (step) => `Échéance : ${step}`,
			changeDue: (from, to) => `${from} → ${to}`,
			stepLabel: (id) => id,
			itemDue: (text) => `Tâche à faire : ${text}`,
			itemLabel: (item) => item.text
		});
		expect(events).toEqual([
			{
				uid: `item-${bundle.items[0]?.id}@passerelle`,
				day: '2026-04-01',
				summary: `Tâche à faire : ${bundle.items[0]?.text}`,
				description: 'Camille'
			},
			{
				uid: `item-${bundle.items[1]?.id}@passerelle`,
				day: '2026-04-02',
				summary: `Tâche à faire : ${bundle.items[1]?.text}`
			}
		]);
	});
});
