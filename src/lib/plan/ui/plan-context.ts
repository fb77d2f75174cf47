import { getContext, setContext } from 'svelte';
import type { PlanBundle } from '$lib/schemas/plan-values';
import type { SharingState } from '../sharing-state';

const key = Symbol('plan');

/** What the plan layout shares with the plan's pages: the live plan, always loaded there. */
export interface PlanContext {
	readonly bundle: PlanBundle;
	/** Whether the plan is shared with the board, and the merge's notices on its records. */
	readonly sharing: SharingState;
}

/** Called by the plan layout. */
export function setPlanContext(context: PlanContext): void {
	setContext(key, context);
}

/** The current plan, for pages under /plan/[id]. */
export function getPlanContext(): PlanContext {
	const context = getContext<PlanContext | undefined>(key);
	if (!context) throw new Error('getPlanContext() outside /plan/[id]');
	return context;
}
