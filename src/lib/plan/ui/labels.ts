import { i18n } from '$lib/i18n/plan';
import type { ChecklistItem } from '$lib/schemas/plan';
import type { MinutesContext } from '../minutes';
import type { StepProgress } from '../progress';
import { planSteps } from '../steps';

// How the plan's pages name steps and tasks in the active language (read inside a template or a
// $derived, so a language switch renders them again).

/** A step's label, or '' for no step (an unknown id shows as itself). */
export function stepLabel(id: string | undefined): string {
	if (id === undefined) return '';
	return i18n.pick(planSteps.find((step) => step.id === id)?.label ?? { fr: id, en: id });
}

/** A step's status in words; one a person chose says so (« Bloquée (statut choisi) »). */
export function stepStatusText(progress: Pick<StepProgress, 'status' | 'isChosen'>): string {
	const label = i18n.m.plan.statuses[progress.status];
	return progress.isChosen ? i18n.m.plan.statusChosen(label) : label;
}

/** A step's status and checklist count: « En cours · 2 sur 5 tâches ». */
export function stepSummary(progress: StepProgress): string {
	return `${stepStatusText(progress)} · ${i18n.m.plan.stepProgressLabel(progress.done, progress.total)}`;
}

/** What the minutes (and decision lists) need to name dates, steps and tasks. */
export function minutesContext(items: readonly ChecklistItem[]): MinutesContext {
	return { m: i18n.m.plan, formatDate: (iso) => i18n.formatDate(iso), stepLabel, items };
}
