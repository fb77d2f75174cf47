// A shared plan's records on this device: its rows in the plan's Dexie tables, by document id,
// and the sync metadata beside them (planSync). Used inside the sync's transactions only.
import type { PasserelleDatabase, PlanSyncRow } from '$lib/db/database';
import type { Table } from '$lib/db/dexie-kit';
import type { Fields } from './merge';
import { docIdOf, kindTables, recordKinds, sharedFields, type RecordKind } from './record-kinds';

/** A row of the plan, with its kind and shared fields. */
export interface LocalRecord {
	kind: RecordKind;
	row: Record<string, unknown>;
	fields: Fields;
}

/** The tables a sync transaction touches: the plan's, and the sync metadata. */
export function syncTables(db: PasserelleDatabase): Table[] {
	return [...recordKinds.map((kind) => db.table(kindTables[kind])), db.planShares, db.planSync];
}

/** Every row of plan `planId`, by document id. */
export async function readLocalRecords(
	db: PasserelleDatabase,
	planId: string
): Promise<Map<string, LocalRecord>> {
	const records = new Map<string, LocalRecord>();
	const add = (kind: RecordKind, row: Record<string, unknown>) => {
		const fields = sharedFields(kind, row);
		records.set(docIdOf(kind, fields), { kind, row, fields });
	};
	const plan = await db.plans.get(planId);
	if (plan) add('plan', plan);
	for (const kind of recordKinds.filter((k) => k !== 'plan')) {
		const rows = (await db
			.table(kindTables[kind])
			.where('planId')
			.equals(planId)
			.toArray()) as Record<string, unknown>[];
		for (const row of rows) add(kind, row);
	}
	return records;
}

/** The sync metadata of plan `planId`, by document id. */
export async function readSyncEntries(
	db: PasserelleDatabase,
	planId: string
): Promise<Map<string, PlanSyncRow>> {
	const entries = await db.planSync.where('planId').equals(planId).toArray();
	return new Map(entries.map((entry) => [entry.docId, entry]));
}

/** The row a record's fields make, keeping the plan row's device-only fields. */
export function rowOf(
	kind: RecordKind,
	fields: Fields,
	current: Record<string, unknown> | undefined,
	now: string
): Record<string, unknown> {
	if (kind !== 'plan') return { ...fields };
	const row: Record<string, unknown> = { ...fields, updatedAt: current?.updatedAt ?? now };
	if (current?.deletedAt !== undefined) row.deletedAt = current.deletedAt;
	return row;
}

/** The Dexie key of a record's row. */
export function rowKey(planId: string, kind: RecordKind, docId: string): string | string[] {
	if (kind === 'plan') return planId;
	if (kind === 'step') return [planId, docId.slice('step:'.length)];
	return docId.slice(kind.length + 1);
}

/** The row of a record on this device, if any. */
export async function readRow(
	db: PasserelleDatabase,
	planId: string,
	kind: RecordKind,
	docId: string
): Promise<Record<string, unknown> | undefined> {
	const row = (await db.table(kindTables[kind]).get(rowKey(planId, kind, docId))) as
		Record<string, unknown> | undefined;
	// Ids are unique across plans; a row of another plan with this id is not this record.
	return row && (kind === 'plan' || row.planId === planId) ? row : undefined;
}

/** The rows of many records at once (one bulk read per table), in the order asked. */
export async function readRows(
	db: PasserelleDatabase,
	planId: string,
	records: readonly { kind: RecordKind; docId: string }[]
): Promise<(Record<string, unknown> | undefined)[]> {
	const rows: (Record<string, unknown> | undefined)[] = new Array(records.length);
	for (const kind of recordKinds) {
		const indexes = records.flatMap((record, index) => (record.kind === kind ? [index] : []));
		if (indexes.length === 0) continue;
		const keys = indexes.map((index) => rowKey(planId, kind, records[index]?.docId ?? ''));
		const found = (await db.table(kindTables[kind]).bulkGet(keys)) as (
			Record<string, unknown> | undefined
		)[];
		indexes.forEach((index, i) => {
			const row = found[i];
			// Ids are unique across plans; a row of another plan with this id is not this record.
			rows[index] = row && (kind === 'plan' || row.planId === planId) ? row : undefined;
		});
	}
	return rows;
}

/** Writes (or, with `undefined`, deletes) the row of a record. */
export async function writeRow(
	db: PasserelleDatabase,
	planId: string,
	kind: RecordKind,
	docId: string,
	row: Record<string, unknown> | undefined
): Promise<void> {
	const table = db.table(kindTables[kind]);
	if (row) {
		await table.put(row);
		return;
	}
	// The plan's own record is never deleted by the sync: removing a plan from this device or
	// from the server are actions of their own (plans.ts, sharing.ts).
	if (kind === 'plan') return;
	const existing = await readRow(db, planId, kind, docId);
	if (existing) await table.delete(rowKey(planId, kind, docId));
}
