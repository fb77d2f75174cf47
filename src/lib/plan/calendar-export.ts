import type { ChecklistItem, PlanBundle } from '$lib/schemas/plan';
import type { CalendarEvent } from './ics';
import { planSteps } from './steps';

export interface CalendarLabels {
	stepDue: (step: string) => string;
	changeDue: (from: string, to: string) => string;
	stepLabel: (stepId: string) => string;
	itemDue: (text: string) => string;
	/** The text a task shows (`itemText`). */
	itemLabel: (item: ChecklistItem) => string;
}

/**
 * The target dates of a plan as calendar events: steps and open tasks on their day, changes on
 * their month's 1st.
 */
export function planCalendarEvents(bundle: PlanBundle, labels: CalendarLabels): CalendarEvent[] {
	const steps = planSteps.flatMap((step) => {
		const state = bundle.steps.find((s) => s.stepId === step.id);
		if (!state || state.targetDate === '') return [];
		return [
			{
				uid: `step-${step.id}-${bundle.plan.id}@passerelle`,
				day: state.targetDate,
				summary: labels.stepDue(labels.stepLabel(step.id)),
				...(state.owners ? { description: state.owners } : {})
			}
		];
	});
	const changes = bundle.changes.flatMap((change) =>
		change.targetMonth === ''
			? []
			: [
					{
						uid: `change-${change.id}@passerelle`,
						day: `${change.targetMonth}-01`,
						summary: labels.changeDue(change.from, change.to),
						...(change.owner ? { description: change.owner } : {})
					}
				]
	);
	const items = bundle.items.flatMap((item) =>
		item.dueDate === '' || item.done
			? []
			: [
					{
						uid: `item-${item.id}@passerelle`,
						day: item.dueDate,
						summary: labels.itemDue(labels.itemLabel(item)),
						...(item.owner ? { description: item.owner } : {})
					}
				]
	);
	return [...steps, ...items, ...changes];
}
