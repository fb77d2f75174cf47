import { loadDb } from '$lib/db';
import type { PlanExport } from '$lib/schemas/plan-values';
import { newId, nowIso, planTables, putBundleRows } from './plan-store';

export type ImportMode = 'keep-id' | 'replace' | 'copy';

/** The plan on this device with the same id as the file's, if any (deleted ones included). */
export async function findPlanLike(file: PlanExport): Promise<{ name: string } | undefined> {
	const db = await loadDb();
	const plan = await db.plans.get(file.plan.id);
	return plan ? { name: plan.profile.name } : undefined;
}

/**
 * The file with new ids everywhere, so it can sit next to the plan it came from. Links between
 * records (a decision's task, a change's meeting) follow their record's new id.
 */
function withNewIds(file: PlanExport, name: string): PlanExport {
	const planId = newId();
	const renamed = new Map<string, string>();
	const renew = <T extends { id: string; planId: string }>(row: T): T => {
		const id = newId();
		renamed.set(row.id, id);
		return { ...row, id, planId };
	};
	const follow = (id: string) => renamed.get(id) ?? id;
	const items = file.items.map(renew);
	const meetings = file.meetings.map(renew);
	const inMeeting = <T extends { id: string; planId: string; meetingId: string }>(row: T): T => ({
		...renew(row),
		meetingId: follow(row.meetingId)
	});
	const aboutItem = <T extends { itemId?: string }>(row: T): T =>
		row.itemId === undefined ? row : { ...row, itemId: follow(row.itemId) };
	return {
		...file,
		plan: { ...file.plan, id: planId, profile: { ...file.plan.profile, name } },
		steps: file.steps.map((row) => ({ ...row, planId })),
		items,
		tools: file.tools.map(renew),
		changes: file.changes.map(renew),
		meetings,
		attendees: file.attendees.map(inMeeting),
		decisions: file.decisions.map((row) => aboutItem(inMeeting(row))),
		meetingEvents: file.meetingEvents.map((row) => aboutItem(inMeeting(row)))
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
		await putBundleRows(db, {
			...source,
			plan: { ...source.plan, updatedAt: source.plan.updatedAt || nowIso() }
		});
	});
	return planId;
}
