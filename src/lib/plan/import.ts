import { loadDb } from '$lib/db';
import type { PlanExport } from '$lib/schemas/plan-values';
import { newId, nowIso, planTables } from './plan-store';

export type ImportMode = 'keep-id' | 'replace' | 'copy';

/** The plan on this device with the same id as the file's, if any (deleted ones included). */
export async function findPlanLike(file: PlanExport): Promise<{ name: string } | undefined> {
	const db = await loadDb();
	const plan = await db.plans.get(file.plan.id);
	return plan ? { name: plan.profile.name } : undefined;
}

/** The file with new ids everywhere, so it can sit next to the plan it came from. */
function withNewIds(file: PlanExport, name: string): PlanExport {
	const planId = newId();
	const fresh = <T extends { planId: string }>(row: T) => ({ ...row, planId });
	return {
		...file,
		plan: { ...file.plan, id: planId, profile: { ...file.plan.profile, name } },
		steps: file.steps.map(fresh),
		items: file.items.map((row) => ({ ...fresh(row), id: newId() })),
		tools: file.tools.map((row) => ({ ...fresh(row), id: newId() })),
		changes: file.changes.map((row) => ({ ...fresh(row), id: newId() })),
		meetings: file.meetings.map((row) => ({ ...fresh(row), id: newId() }))
	};
}

/**
 * Writes a validated plan file into the database, in one transaction; returns the plan's id.
 * `keep-id` refuses to touch an existing plan (the page must ask first and pass `replace` or
 * `copy`): importing never overwrites without the user's say-so.
 */
export async function importPlanFile(
	file: PlanExport,
	mode: ImportMode,
	copyName = file.plan.profile.name
): Promise<string> {
	const source = mode === 'copy' ? withNewIds(file, copyName) : file;
	const planId = source.plan.id;
	const db = await loadDb();
	await db.transaction('rw', planTables(db), async () => {
		const existing = await db.plans.get(planId);
		if (existing && mode === 'keep-id') throw new Error('A plan with this id already exists');
		if (existing) {
			for (const table of planTables(db).slice(1)) {
				await table.where('planId').equals(planId).delete();
			}
		}
		await db.plans.put({ ...source.plan, updatedAt: source.plan.updatedAt || nowIso() });
		await db.planSteps.bulkPut(source.steps);
		await db.planItems.bulkPut(source.items);
		await db.planTools.bulkPut(source.tools);
		await db.planChanges.bulkPut(source.changes);
		await db.planMeetings.bulkPut(source.meetings);
	});
	return planId;
}
