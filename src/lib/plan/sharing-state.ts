// What the plan pages show of a shared plan, read from this device only (no network, no zod):
// whether it is shared and how, and the merge's notices on its records.
import { getDb } from '$lib/db';
import type { PlanShareRow, PlanSyncRow } from '$lib/db/database';

/** A record with a notice: a value someone else wrote, or a deletion elsewhere. */
export interface RecordNotice {
	docId: string;
	alsoEdited?: PlanSyncRow['alsoEdited'];
	deletedBy?: PlanSyncRow['deletedBy'];
}

export interface SharingState {
	share: PlanShareRow | undefined;
	/** By document id (`item:<id>`, `step:<stepId>`, `plan`…). */
	notices: Map<string, RecordNotice>;
}

export const notShared: SharingState = { share: undefined, notices: new Map() };

/** The sharing of plan `planId` on this device (for a LiveQuery: the database is loaded). */
export async function getSharingState(planId: string): Promise<SharingState> {
	const db = getDb();
	return db.transaction('r', db.planShares, db.planSync, async () => {
		const share = await db.planShares.get(planId);
		if (!share) return notShared;
		const flagged = await db.planSync
			.where('planId')
			.equals(planId)
			.filter((entry) => entry.alsoEdited !== undefined || entry.deletedBy !== undefined)
			.toArray();
		return {
			share,
			notices: new Map(
				flagged.map(({ docId, alsoEdited, deletedBy }) => [docId, { docId, alsoEdited, deletedBy }])
			)
		};
	});
}

/** Every plan shared from this device, by plan id (for the list of plans). */
export async function listShares(): Promise<Map<string, PlanShareRow>> {
	const shares = await getDb().planShares.toArray();
	return new Map(shares.map((share) => [share.planId, share]));
}
