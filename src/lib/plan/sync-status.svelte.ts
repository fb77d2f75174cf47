// The sync status of each shared plan, for the plan's header: written by the sync engine (loaded
// lazily, for shared plans only), read by any plan page without loading it.
import type { PlanSyncStatus } from './sync/sync-engine';

export type { PlanSyncStatus } from './sync/sync-engine';

class PlanSyncStatuses {
	#byPlan = $state<Record<string, PlanSyncStatus>>({});

	/** The status of plan `planId`'s sync, undefined until it has started. */
	of(planId: string): PlanSyncStatus | undefined {
		return this.#byPlan[planId];
	}

	/** @internal written by the sync client only */
	set(planId: string, status: PlanSyncStatus): void {
		this.#byPlan[planId] = { ...status };
	}
}

export const planSyncStatuses = new PlanSyncStatuses();
