import type { ToolChange } from '$lib/schemas/plan';

/** More changes than this in one month and the timeline warns: switching all at once rarely works. */
export const maxChangesPerMonth = 2;

export interface TimelineMonth {
	month: string;
	changes: ToolChange[];
	isOverloaded: boolean;
}

export interface Timeline {
	months: TimelineMonth[];
	/** Changes without a target month yet. */
	unscheduled: ToolChange[];
}

/** Adds `count` months to a `YYYY-MM` month. */
export function addMonths(month: string, count: number): string {
	const [year = 0, monthNumber = 1] = month.split('-').map(Number);
	const index = year * 12 + (monthNumber - 1) + count;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Changes grouped by target month, every month from the first to the last shown (empty months
 * included, so the load reads at a glance), each flagged when overloaded.
 */
export function buildTimeline(changes: readonly ToolChange[]): Timeline {
	const scheduled = changes.filter((change) => change.targetMonth !== '');
	const unscheduled = changes.filter((change) => change.targetMonth === '');
	const months = [...new Set(scheduled.map((change) => change.targetMonth))].sort();
	const first = months[0];
	const last = months.at(-1);
	const result: TimelineMonth[] = [];
	if (first && last) {
		for (let month = first; month <= last; month = addMonths(month, 1)) {
			const inMonth = scheduled.filter((change) => change.targetMonth === month);
			result.push({ month, changes: inMonth, isOverloaded: inMonth.length > maxChangesPerMonth });
		}
	}
	return { months: result, unscheduled };
}
