import { getDb } from '$lib/db';
import type { PasserelleDatabase } from '$lib/db/database';
import type { PlanBundle } from '$lib/schemas/plan-values';
import type { z } from 'zod';
import { loadPlanSchemas, planTables } from './plan-store';
import { planSteps } from './steps';

// Reading one plan, in a module of its own: every page of a plan loads it (through the plan's
// layout) without the list, create and delete functions of plans.ts.

/** The rows that pass `schema`; stored rows are not trusted blindly (older app versions, damaged storage). */
export function parseRows<T>(schema: z.ZodType<T>, rows: readonly unknown[]): T[] {
	return rows.flatMap((row) => {
		const parsed = schema.safeParse(row);
		return parsed.success ? [parsed.data] : [];
	});
}

/** A plan's rows as stored, not parsed yet, read in one transaction (plan, steps, items…). */
export function readPlanRows(db: PasserelleDatabase, planId: string) {
	return db.transaction('r', planTables(db), () =>
		Promise.all([
			db.plans.get(planId),
			db.planSteps.where('planId').equals(planId).toArray(),
			db.planItems.where('planId').equals(planId).toArray(),
			db.planTools.where('planId').equals(planId).toArray(),
			db.planChanges.where('planId').equals(planId).toArray(),
			db.planMeetings.where('planId').equals(planId).toArray(),
			db.planAttendees.where('planId').equals(planId).toArray(),
			db.planDecisions.where('planId').equals(planId).toArray(),
			db.planMeetingEvents.where('planId').equals(planId).toArray()
		])
	);
}

/** Everything one plan is made of, or undefined when there is no such (undeleted) plan. */
export async function getPlanBundle(planId: string): Promise<PlanBundle | undefined> {
	const db = getDb();
	// The rows are read in one transaction while the schemas load; they are parsed once both are
	// there (awaiting the module inside the transaction would let it commit early).
	const [schemas, rows] = await Promise.all([loadPlanSchemas(), readPlanRows(db, planId)]);
	const { planSchema, stepStateSchema, checklistItemSchema } = schemas;
	const { diagnosisToolSchema, toolChangeSchema, meetingSchema } = schemas;
	const { attendeeSchema, decisionSchema, meetingEventSchema } = schemas;
	const [plan, steps, items, tools, changes, meetings, attendees, decisions, events] = rows;
	const parsed = planSchema.safeParse(plan);
	if (!parsed.success || parsed.data.deletedAt) return undefined;
	return {
		plan: parsed.data,
		steps: parseRows(stepStateSchema, steps).sort(
			(a, b) =>
				planSteps.findIndex((step) => step.id === a.stepId) -
				planSteps.findIndex((step) => step.id === b.stepId)
		),
		items: parseRows(checklistItemSchema, items),
		tools: parseRows(diagnosisToolSchema, tools).sort((a, b) =>
			a.createdAt.localeCompare(b.createdAt)
		),
		changes: parseRows(toolChangeSchema, changes).sort((a, b) =>
			a.createdAt.localeCompare(b.createdAt)
		),
		meetings: parseRows(meetingSchema, meetings).sort((a, b) =>
			b.startedAt.localeCompare(a.startedAt)
		),
		// In no particular order: a page puts a meeting's records in order (meeting-record.ts).
		attendees: parseRows(attendeeSchema, attendees),
		decisions: parseRows(decisionSchema, decisions),
		meetingEvents: parseRows(meetingEventSchema, events)
	};
}
