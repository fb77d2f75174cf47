// Creating a plan from the guided start: the plan's own create function, then the diagnosis the
// person gave, written in one transaction. Until this runs the guided start stores nothing.
import { createPlan } from '$lib/plan/plans';
import { editPlan, loadPlanSchemas, newId, nowIso } from '$lib/plan/plan-store';
import { planLimits } from '$lib/schemas/plan-values';
import { asDiagnosisTools, type StartTool } from './start-diagnosis';

/** Creates a plan named `name` whose diagnosis holds `tools`; returns its id. */
export async function createPlanWithDiagnosis(
	name: string,
	tools: readonly StartTool[]
): Promise<string> {
	const { diagnosisToolSchema } = await loadPlanSchemas();
	const at = nowIso();
	const planId = await createPlan({ name, size: '', sector: '', volunteers: 0, employees: 0 });
	const rows = asDiagnosisTools(tools.slice(0, planLimits.tools)).map((row) =>
		diagnosisToolSchema.parse({ ...row, id: newId(), planId, createdAt: at })
	);
	if (rows.length > 0) {
		await editPlan(planId, async (db) => {
			await db.planTools.bulkAdd(rows);
		});
	}
	return planId;
}
