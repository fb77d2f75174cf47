import { planLimits } from '$lib/schemas/plan-values';
import type { ToolChange } from '$lib/schemas/plan';
import { editPlan, loadPlanSchemas, newId, nowIso, recordInMeeting } from './plan-store';

export type NewToolChange = Pick<ToolChange, 'from' | 'fromToolId' | 'to' | 'toAlternativeId'> &
	Partial<Pick<ToolChange, 'targetMonth' | 'owner'>>;

/** Adds a tool change (from → to) to the migration timeline; returns its id. */
export async function addToolChange(planId: string, change: NewToolChange): Promise<string> {
	const { toolChangeSchema } = await loadPlanSchemas();
	const id = newId();
	const row = toolChangeSchema.parse({
		id,
		planId,
		from: change.from.trim(),
		...(change.fromToolId ? { fromToolId: change.fromToolId } : {}),
		to: change.to.trim(),
		...(change.toAlternativeId ? { toAlternativeId: change.toAlternativeId } : {}),
		status: 'to-evaluate',
		owner: change.owner ?? '',
		targetMonth: change.targetMonth ?? '',
		createdAt: nowIso()
	});
	await editPlan(planId, async (db) => {
		if ((await db.planChanges.where('planId').equals(planId).count()) >= planLimits.changes) {
			throw new RangeError('Too many changes');
		}
		await db.planChanges.add(row);
	});
	return id;
}

export type ToolChangePatch = Partial<Pick<ToolChange, 'status' | 'owner' | 'targetMonth'>>;

/** Saves a change's status, owner or target month; a status change is kept by a running meeting. */
export async function updateToolChange(
	planId: string,
	changeId: string,
	patch: ToolChangePatch
): Promise<void> {
	const { toolChangeSchema } = await loadPlanSchemas();
	await editPlan(planId, async (db, plan) => {
		const current = await db.planChanges.get(changeId);
		if (!current) return;
		await db.planChanges.put(toolChangeSchema.parse({ ...current, ...patch }));
		if (patch.status && patch.status !== current.status) {
			await recordInMeeting(db, plan, {
				kind: 'change-status',
				label: `${current.from} → ${current.to}`,
				value: patch.status
			});
		}
	});
}

/** Removes a change and returns it, for "undo". */
export async function removeToolChange(
	planId: string,
	changeId: string
): Promise<ToolChange | undefined> {
	return editPlan(planId, async (db) => {
		const row = await db.planChanges.get(changeId);
		await db.planChanges.delete(changeId);
		return row;
	});
}

/** Puts back a change removed by `removeToolChange`. */
export async function restoreToolChange(row: ToolChange): Promise<void> {
	await editPlan(row.planId, async (db) => {
		await db.planChanges.put(row);
	});
}
