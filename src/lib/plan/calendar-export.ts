import type { PlanBundle } from '$lib/schemas/plan-values';
import type { CalendarEvent } from './ics';
import { planSteps } from './steps';

export interface CalendarLabels {
	stepDue: (step: string) => string;
	changeDue: (from: string, to: string) => string;
	stepLabel: (stepId: string) => string;
}

/** The target dates of a plan as calendar events: steps on their day, changes on their month's 1st. */
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
	return [...steps, ...changes];
}
