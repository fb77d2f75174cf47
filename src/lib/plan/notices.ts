// The choices a member makes on a merge's notices (src/lib/plan/sync/merge.ts): keep the value
// shown or take the other one, keep a record deleted on another phone or delete it after all.
// Each choice changes this device's copy; the sync sends it, and the merge rules then remove the
// notice on every device.
import { loadDb } from '$lib/db';
import type { PasserelleDatabase, PlanSyncRow } from '$lib/db/database';
import { nowIso } from './plan-store';
import { readRow, rowOf, syncTables, writeRow } from './sync/local-records';
import { kindOfDocId, sharedFields } from './sync/record-kinds';

type Notices = NonNullable<PlanSyncRow['alsoEdited']>;

/** The entry's notices without `fields` (none left: no notices at all). */
function without(notices: Notices | undefined, fields: string[]): Notices | undefined {
	const left = { ...notices };
	for (const field of fields) delete left[field];
	return Object.keys(left).length > 0 ? left : undefined;
}

/** Saves an entry's new notices and marks the plan as edited, in the caller's transaction. */
async function saveEntry(db: PasserelleDatabase, entry: PlanSyncRow): Promise<void> {
	const next = { ...entry };
	if (!next.alsoEdited) delete next.alsoEdited;
	if (!next.deletedBy) delete next.deletedBy;
	await db.planSync.put(next);
	await db.plans.update(entry.planId, { updatedAt: nowIso() });
}

/** Keeps the value shown for `field`: the other value's notice goes. */
export async function keepShownValue(planId: string, docId: string, field: string): Promise<void> {
	const db = await loadDb();
	await db.transaction('rw', db.planSync, db.plans, async () => {
		const entry = await db.planSync.get([planId, docId]);
		if (!entry?.alsoEdited?.[field]) return;
		await saveEntry(db, { ...entry, alsoEdited: without(entry.alsoEdited, [field]) });
	});
}

/**
 * Takes the other value of `field`. When the record is only valid with the other values that
 * person wrote at the same time (a decision about a task rather than a step), those come too.
 */
export async function takeOtherValue(planId: string, docId: string, field: string): Promise<void> {
	const kind = kindOfDocId(docId);
	if (!kind) return;
	// The schemas load before the transaction (awaiting a module inside it would end it).
	const [{ isValidRecord }, db] = await Promise.all([import('./sync/plan-docs'), loadDb()]);
	const [entry, row] = await Promise.all([
		db.planSync.get([planId, docId]),
		readRow(db, planId, kind, docId)
	]);
	const other = entry?.alsoEdited?.[field];
	if (!entry || !row || !other) return;
	const withOther = (names: string[]) => {
		const fields = sharedFields(kind, row);
		for (const name of names) {
			const value = entry.alsoEdited?.[name]?.value;
			if (value === undefined) delete fields[name];
			else fields[name] = value;
		}
		return fields;
	};
	let taken = [field];
	if (!isValidRecord(kind, withOther(taken))) {
		taken = Object.entries(entry.alsoEdited ?? {})
			.filter(([, notice]) => notice.by === other.by && notice.at === other.at)
			.map(([name]) => name);
		if (!isValidRecord(kind, withOther(taken))) return;
	}
	const fields = withOther(taken);
	await db.transaction('rw', syncTables(db), async () => {
		const current = await readRow(db, planId, kind, docId);
		await writeRow(db, planId, kind, docId, rowOf(kind, fields, current, nowIso()));
		await saveEntry(db, { ...entry, alsoEdited: without(entry.alsoEdited, taken) });
	});
}

/** Keeps a record another member deleted while it was being changed here: the mark goes. */
export async function keepRecord(planId: string, docId: string): Promise<void> {
	const db = await loadDb();
	await db.transaction('rw', db.planSync, db.plans, async () => {
		const entry = await db.planSync.get([planId, docId]);
		if (entry?.deletedBy) await saveEntry(db, { ...entry, deletedBy: undefined });
	});
}

/** Deletes, after all, a record another member deleted: the deletion is sent. */
export async function deleteRecord(planId: string, docId: string): Promise<void> {
	const kind = kindOfDocId(docId);
	if (!kind || kind === 'plan') return;
	const db = await loadDb();
	await db.transaction('rw', syncTables(db), async () => {
		await writeRow(db, planId, kind, docId, undefined);
		await db.plans.update(planId, { updatedAt: nowIso() });
	});
}
