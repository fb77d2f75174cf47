import { getDb, loadDb } from '$lib/db';
import type { ChecklistItem, Plan, PlanProfile, StepState } from '$lib/schemas/plan';
import { parseRows } from './plan-bundle';
import { editPlan, loadPlanSchemas, newId, nowIso, planTables } from './plan-store';
import type { StepGuide } from './checklist';
import { overallProgress, planProgress } from './progress';
import { planSteps } from './steps';

// Read one plan with getPlanBundle (plan-bundle.ts); re-exported for the callers of this module.
export { getPlanBundle } from './plan-bundle';

/** How long a deleted plan can be restored before it is purged for good. */
export const deletedPlanRetentionMs = 10 * 60 * 1000;

/** The step states and checklist of a new plan, seeded from the step guide's items. */
export function seedPlanParts(
	planId: string,
	at: string,
	guide: StepGuide
): { steps: StepState[]; items: ChecklistItem[] } {
	const steps = planSteps.map((step): StepState => ({
		planId,
		stepId: step.id,
		owners: '',
		targetDate: '',
		notes: ''
	}));
	const items = planSteps.flatMap((step) =>
		Object.keys(guide[step.id].items).map((templateKey, index): ChecklistItem => ({
			id: newId(),
			planId,
			stepId: step.id,
			templateKey,
			text: '',
			done: false,
			order: index + 1,
			owner: '',
			dueDate: '',
			updatedAt: at
		}))
	);
	return { steps, items };
}

/** Creates a plan with its eight steps and their seeded checklists; returns its id. */
export async function createPlan(profile: PlanProfile): Promise<string> {
	// The schema loads when a plan is created, not with the pages. The French messages (already
	// loaded by the plan routes, which await them) are where the template keys are defined.
	const [{ planProfileSchema }, { planFr }] = await Promise.all([
		loadPlanSchemas(),
		import('$lib/i18n/messages/plan.fr')
	]);
	const valid = planProfileSchema.parse(profile);
	const db = await loadDb();
	const id = newId();
	const at = nowIso();
	const { steps, items } = seedPlanParts(id, at, planFr.stepGuide);
	await db.transaction('rw', planTables(db), async () => {
		await db.plans.add({ id, profile: valid, createdAt: at, updatedAt: at });
		await db.planSteps.bulkAdd(steps);
		await db.planItems.bulkAdd(items);
	});
	// The user now keeps their own work on this device: the moment to ask to protect it.
	void import('$lib/pwa/storage')
		.then(({ askPersistenceOnce }) => askPersistenceOnce())
		.catch(() => undefined);
	return id;
}

/** Saves the association profile of a plan; refuses (without writing) an invalid one. */
export async function updatePlanProfile(planId: string, profile: PlanProfile): Promise<void> {
	const { planProfileSchema } = await loadPlanSchemas();
	const valid = planProfileSchema.parse(profile);
	await editPlan(planId, async (db) => {
		await db.plans.update(planId, { profile: valid });
	});
}

/** The plans on this device (deleted ones left out), most recently edited first. */
export async function listPlans(): Promise<Plan[]> {
	const db = await loadDb();
	const [{ planSchema }, rows] = await Promise.all([
		loadPlanSchemas(),
		db.plans.orderBy('updatedAt').reverse().toArray()
	]);
	return parseRows(planSchema, rows).filter((plan) => !plan.deletedAt);
}

/** Hides a plan at once; it can be restored until `purgeDeletedPlans` removes it. */
export async function deletePlan(planId: string): Promise<void> {
	const db = await loadDb();
	await db.plans.update(planId, { deletedAt: nowIso() });
}

/** Brings back a plan deleted by `deletePlan`, untouched. */
export async function restorePlan(planId: string): Promise<void> {
	const db = await loadDb();
	await db.transaction('rw', db.plans, async () => {
		const plan = await db.plans.get(planId);
		if (!plan) return;
		const rest = { ...plan };
		delete rest.deletedAt;
		await db.plans.put(rest);
	});
}

/**
 * Removes a plan and everything in it from this device, in one transaction. A shared plan stays
 * on the server and on the other members' devices: only this device forgets it (its sync
 * metadata goes too, so nothing is sent as deleted).
 */
export async function erasePlan(planId: string): Promise<void> {
	const db = await loadDb();
	await db.transaction('rw', [...planTables(db), db.planShares, db.planSync], async () => {
		await db.plans.delete(planId);
		await db.planShares.delete(planId);
		for (const table of [...planTables(db).slice(1), db.planSync]) {
			await table.where('planId').equals(planId).delete();
		}
	});
}

/**
 * Erases plans deleted longer than `olderThanMs` ago (also those left behind when the tab was
 * closed before the undo expired).
 */
export async function purgeDeletedPlans(olderThanMs = deletedPlanRetentionMs): Promise<void> {
	const limit = new Date(Date.now() - olderThanMs).toISOString();
	const db = await loadDb();
	const stale = await db.plans
		.filter((plan) => plan.deletedAt !== undefined && plan.deletedAt <= limit)
		.primaryKeys();
	for (const id of stale) await erasePlan(id);
}

/** A plan as the list shows it: its profile and overall progress. */
export interface PlanSummary {
	plan: Plan;
	percent: number;
}

/** The plans on this device with their overall progress, most recently edited first. */
export async function listPlanSummaries(): Promise<PlanSummary[]> {
	const db = getDb();
	// Read in one transaction while the schema loads (awaiting the module inside the transaction
	// would let it commit early); the plans are parsed once both are there.
	const [{ planSchema }, rows] = await Promise.all([
		loadPlanSchemas(),
		db.transaction('r', [db.plans, db.planItems, db.planSteps], async () => {
			const list = await db.plans.orderBy('updatedAt').reverse().toArray();
			return Promise.all(
				list
					.filter((plan) => !plan.deletedAt)
					.map(async (plan) => {
						const [items, steps] = await Promise.all([
							db.planItems.where('planId').equals(plan.id).toArray(),
							db.planSteps.where('planId').equals(plan.id).toArray()
						]);
						return { plan, items, steps };
					})
			);
		})
	]);
	return rows.flatMap(({ plan, items, steps }) => {
		const parsed = planSchema.safeParse(plan);
		if (!parsed.success || parsed.data.deletedAt) return [];
		return [{ plan: parsed.data, percent: overallProgress(planProgress(items, steps)) }];
	});
}
