import type { ToolUse } from '$lib/schemas/alternative-values';
import { planLimits } from '$lib/schemas/plan-values';
import type { DiagnosisTool } from '$lib/schemas/plan';
import { editPlan, loadPlanSchemas, newId, nowIso } from './plan-store';

export type NewDiagnosisTool = Pick<DiagnosisTool, 'toolId' | 'otherName' | 'isBigTech'>;

/** Adds a tool in use for `use` (a catalogue tool or a typed one); returns its id. */
export async function addDiagnosisTool(
	planId: string,
	use: ToolUse,
	tool: NewDiagnosisTool
): Promise<string> {
	const { diagnosisToolSchema } = await loadPlanSchemas();
	const id = newId();
	const row = diagnosisToolSchema.parse({
		id,
		planId,
		use,
		...(tool.toolId ? { toolId: tool.toolId } : { otherName: tool.otherName?.trim() ?? '' }),
		isBigTech: tool.toolId ? true : tool.isBigTech,
		dependency: 'medium',
		reach: 'team',
		users: '',
		createdAt: nowIso()
	});
	await editPlan(planId, async (db) => {
		if ((await db.planTools.where('planId').equals(planId).count()) >= planLimits.tools) {
			throw new RangeError('Too many tools');
		}
		await db.planTools.add(row);
	});
	return id;
}

export type DiagnosisPatch = Partial<Pick<DiagnosisTool, 'dependency' | 'reach' | 'users'>>;

/** Saves how much the association depends on a tool and who uses it. */
export async function updateDiagnosisTool(
	planId: string,
	toolRowId: string,
	patch: DiagnosisPatch
): Promise<void> {
	const { diagnosisToolSchema } = await loadPlanSchemas();
	await editPlan(planId, async (db) => {
		const current = await db.planTools.get(toolRowId);
		if (!current) return;
		await db.planTools.put(diagnosisToolSchema.parse({ ...current, ...patch }));
	});
}

/** Removes a tool from the diagnosis and returns it, for "undo". */
export async function removeDiagnosisTool(
	planId: string,
	toolRowId: string
): Promise<DiagnosisTool | undefined> {
	return editPlan(planId, async (db) => {
		const row = await db.planTools.get(toolRowId);
		await db.planTools.delete(toolRowId);
		return row;
	});
}

/** Puts back a tool removed by `removeDiagnosisTool`. */
export async function restoreDiagnosisTool(row: DiagnosisTool): Promise<void> {
	await editPlan(row.planId, async (db) => {
		await db.planTools.put(row);
	});
}
