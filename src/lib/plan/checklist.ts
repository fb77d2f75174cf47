import type { PasserelleDatabase } from '$lib/db/database';
import { planLimits, type StepOverride } from '$lib/schemas/plan-values';
import type { ChecklistItem, StepState } from '$lib/schemas/plan';
import { editPlan, newId, nowIso, recordInMeeting } from './plan-store';
import type { planFr } from '$lib/i18n/messages/plan.fr';
import type { PlanStepId } from './steps';

/** Each step's explanation and seeded checklist, in one language (`i18n.m.plan.stepGuide`). */
export type StepGuide = (typeof planFr)['stepGuide'];

/** The text an item shows: what the user wrote, else its template's text from `guide`. */
export function itemText(item: ChecklistItem, guide: StepGuide): string {
	if (item.text !== '') return item.text;
	const templates: Partial<Record<string, string>> = guide[item.stepId].items;
	return (item.templateKey && templates[item.templateKey]) || '';
}

/** Ticks or unticks a checklist item; during a meeting, the meeting keeps it. */
export async function tickItem(
	planId: string,
	itemId: string,
	done: boolean,
	label: string
): Promise<void> {
	await editPlan(planId, async (db, plan) => {
		const item = await db.planItems.get(itemId);
		if (!item || item.planId !== planId || item.done === done) return;
		await db.planItems.update(itemId, { done, updatedAt: nowIso() });
		await recordInMeeting(db, plan, {
			kind: done ? 'item-ticked' : 'item-unticked',
			stepId: item.stepId,
			itemId,
			label
		});
	});
}

/** Rewrites an item's text (an empty text falls back to the template's). */
export async function editItemText(planId: string, itemId: string, text: string): Promise<void> {
	if (text.length > planLimits.itemText) throw new RangeError('Item text too long');
	await editPlan(planId, async (db) => {
		await db.planItems.update(itemId, { text, updatedAt: nowIso() });
	});
}

/** Adds a custom item at the end of a step's checklist; returns its id. */
export async function addItem(planId: string, stepId: PlanStepId, text: string): Promise<string> {
	const trimmed = text.trim();
	if (trimmed === '' || trimmed.length > planLimits.itemText) throw new RangeError('Invalid text');
	return editPlan(planId, async (db, plan) => {
		const count = await db.planItems.where('planId').equals(planId).count();
		if (count >= planLimits.items) throw new RangeError('Too many items');
		const own = await db.planItems.where('[planId+stepId]').equals([planId, stepId]).toArray();
		const order = Math.max(0, ...own.map((item) => item.order)) + 1;
		const id = newId();
		await db.planItems.add({
			id,
			planId,
			stepId,
			text: trimmed,
			done: false,
			order,
			owner: '',
			dueDate: '',
			updatedAt: nowIso()
		});
		await recordInMeeting(db, plan, { kind: 'item-added', stepId, itemId: id, label: trimmed });
		return id;
	});
}

export type ItemAssignment = Partial<Pick<ChecklistItem, 'owner' | 'dueDate'>>;

/**
 * Sets who carries out a task and when it is due; during a meeting, the meeting keeps each change
 * (`label` is the task's text as shown). An owner over the length limit or a malformed day is
 * refused without writing.
 */
export async function assignItem(
	planId: string,
	itemId: string,
	patch: ItemAssignment,
	label: string
): Promise<void> {
	const owner = patch.owner?.trim();
	if (owner !== undefined && owner.length > planLimits.shortText) {
		throw new RangeError('Owner too long');
	}
	if (patch.dueDate !== undefined && !/^(\d{4}-\d{2}-\d{2})?$/.test(patch.dueDate)) {
		throw new RangeError('Invalid due date');
	}
	await editPlan(planId, async (db, plan) => {
		const item = await db.planItems.get(itemId);
		if (!item || item.planId !== planId) return;
		const next = { owner: owner ?? item.owner, dueDate: patch.dueDate ?? item.dueDate };
		if (next.owner === item.owner && next.dueDate === item.dueDate) return;
		await db.planItems.update(itemId, { ...next, updatedAt: nowIso() });
		const about = { stepId: item.stepId, itemId, label };
		if (next.owner !== item.owner) {
			await recordInMeeting(db, plan, { kind: 'item-owner', ...about, value: next.owner });
		}
		if (next.dueDate !== item.dueDate) {
			await recordInMeeting(db, plan, { kind: 'item-due', ...about, value: next.dueDate });
		}
	});
}

/** Removes an item and returns it, for "undo". */
export async function removeItem(
	planId: string,
	itemId: string
): Promise<ChecklistItem | undefined> {
	return editPlan(planId, async (db) => {
		const item = await db.planItems.get(itemId);
		if (!item || item.planId !== planId) return undefined;
		await db.planItems.delete(itemId);
		return item;
	});
}

/** Puts back an item removed by `removeItem`, at its place. */
export async function restoreItem(item: ChecklistItem): Promise<void> {
	await editPlan(item.planId, async (db) => {
		await db.planItems.put(item);
	});
}

/** Moves an item one place up (-1) or down (+1) in its step's checklist. */
export async function moveItem(planId: string, itemId: string, direction: -1 | 1): Promise<void> {
	await editPlan(planId, async (db) => {
		const item = await db.planItems.get(itemId);
		if (!item) return;
		const own = (
			await db.planItems.where('[planId+stepId]').equals([planId, item.stepId]).toArray()
		).sort((a, b) => a.order - b.order);
		const index = own.findIndex((other) => other.id === itemId);
		const neighbour = own[index + direction];
		if (!neighbour) return;
		// Swap positions; reassigning 1…n keeps orders distinct even after imports.
		own[index] = neighbour;
		own[index + direction] = item;
		await db.planItems.bulkPut(own.map((row, position) => ({ ...row, order: position + 1 })));
	});
}

export type StepStatePatch = Partial<Pick<StepState, 'owners' | 'targetDate' | 'notes'>>;

/** A step's state row, or the one it has before anything was written for it. */
async function stepRow(
	db: PasserelleDatabase,
	planId: string,
	stepId: PlanStepId
): Promise<StepState> {
	const current = await db.planSteps.get([planId, stepId]);
	return current ?? { planId, stepId, owners: '', targetDate: '', notes: '' };
}

/** Saves part of a step's state (owners, target date, notes). */
export async function updateStep(
	planId: string,
	stepId: PlanStepId,
	patch: StepStatePatch
): Promise<void> {
	if (patch.notes !== undefined && patch.notes.length > planLimits.notes) {
		throw new RangeError('Notes too long');
	}
	await editPlan(planId, async (db) => {
		await db.planSteps.put({ ...(await stepRow(db, planId, stepId)), ...patch });
	});
}

/**
 * Sets the status a person chose for a step, or with `undefined` lets it follow the checklist
 * again; only the choice is stored. A running meeting records it (an empty value: « follows the
 * checklist »).
 */
export async function chooseStepStatus(
	planId: string,
	stepId: PlanStepId,
	status: StepOverride | undefined,
	label = ''
): Promise<void> {
	await editPlan(planId, async (db, plan) => {
		const base = await stepRow(db, planId, stepId);
		if (base.status === status) return;
		const next: StepState = { ...base };
		if (status) next.status = status;
		else delete next.status;
		await db.planSteps.put(next);
		await recordInMeeting(db, plan, { kind: 'step-status', stepId, label, value: status ?? '' });
	});
}
