import type { ChecklistItem, MeetingEvent, StepState } from '$lib/schemas/plan';
import { stepProgress } from './progress';
import { planSteps, type PlanStepId } from './steps';

// The agenda of a board meeting: the plan's open tasks, grouped by step, what matters now first.

/** How far ahead a due date puts a task on the agenda. */
export const dueSoonDays = 14;

/** « On the agenda » (the default) or every open task. */
export type AgendaFilter = 'agenda' | 'all';

/** One step's tasks on the agenda. */
export interface AgendaGroup {
	stepId: PlanStepId;
	isCurrent: boolean;
	items: ChecklistItem[];
}

export interface AgendaInput {
	items: readonly ChecklistItem[];
	steps: readonly StepState[];
	/** What the meeting recorded so far: tasks dealt with in it stay on screen, ticked or not. */
	events: readonly Pick<MeetingEvent, 'itemId'>[];
	/** The local day, `YYYY-MM-DD`. */
	today: string;
	filter: AgendaFilter;
}

/** `day` plus `days`, as `YYYY-MM-DD`. */
function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** True when a task has a due date that is past or within `dueSoonDays` of `today`. */
export function isDueSoon(item: Pick<ChecklistItem, 'dueDate'>, today: string): boolean {
	return item.dueDate !== '' && item.dueDate <= addDays(today, dueSoonDays);
}

/** True when a task's due date is past. */
export function isOverdue(item: Pick<ChecklistItem, 'dueDate' | 'done'>, today: string): boolean {
	return !item.done && item.dueDate !== '' && item.dueDate < today;
}

/**
 * The step the plan is at: the first one not complete. Tasks ticked during the meeting count as
 * still open, so ticking the last task of a step does not move the agenda under the user's finger.
 */
export function currentStepId(
	items: readonly ChecklistItem[],
	steps: readonly StepState[],
	dealtWith: ReadonlySet<string> = new Set()
): PlanStepId | undefined {
	const asBefore = items.map((item) => (dealtWith.has(item.id) ? { ...item, done: false } : item));
	const byStep = new Map(steps.map((state) => [state.stepId, state]));
	return planSteps.find(
		(step) => stepProgress(step.id, asBefore, byStep.get(step.id)).percent < 100
	)?.id;
}

/** The local day of `date`, `YYYY-MM-DD` (not UTC: a meeting at 23:30 is still today). */
export function localDay(date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The meeting's agenda. Shown: open tasks, and tasks dealt with during the meeting (so a tick can
 * be undone where it was made). « On the agenda » keeps those of the current step, those due soon
 * or overdue, and those dealt with. Groups: the current step first, then steps with tasks due
 * soon (earliest due date first), then the others in plan order. In a group: tasks due soon by
 * due date, then the others in checklist order.
 */
export function meetingAgenda({ items, steps, events, today, filter }: AgendaInput): AgendaGroup[] {
	const dealtWith = new Set(events.flatMap((event) => (event.itemId ? [event.itemId] : [])));
	const current = currentStepId(items, steps, dealtWith);
	const shown = items.filter((item) => {
		if (item.done && !dealtWith.has(item.id)) return false;
		if (filter === 'all') return true;
		return item.stepId === current || isDueSoon(item, today) || dealtWith.has(item.id);
	});
	// Plain code-unit order ('~' after digits), not localeCompare (which puts '~' first).
	const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const dueKey = (item: ChecklistItem) => (isDueSoon(item, today) ? item.dueDate : '~');
	const groups = planSteps.flatMap((step, index) => {
		const own = shown
			.filter((item) => item.stepId === step.id)
			.sort((a, b) => compare(dueKey(a), dueKey(b)) || a.order - b.order);
		if (own.length === 0) return [];
		const earliest = own.map(dueKey).reduce((min, key) => (key < min ? key : min), '~');
		const rank = step.id === current ? '0' : earliest === '~' ? '2' : `1${earliest}`;
		return [
			{ group: { stepId: step.id, isCurrent: step.id === current, items: own }, rank, index }
		];
	});
	return groups
		.sort((a, b) => compare(a.rank, b.rank) || a.index - b.index)
		.map(({ group }) => group);
}
