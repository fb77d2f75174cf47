// Which records of a shared plan changed on this device since the server last agreed, without
// hooks on every write: a row is dirty when it differs from the version last agreed with the
// server (its base), a row with no sync entry is new, and an entry with no row is a deletion.
// The first time a change is seen, it is stamped with the time (its `editedAt` when sent), so an
// edit made offline at 18:00 and sent at 20:00 still counts as made at 18:00 in a merge.
import type { PlanSyncRow } from '$lib/db/database';
import type { LocalRecord } from './local-records';
import { same, type Fields } from './merge';
import type { RecordKind } from './plan-docs';

/** A change to send: the record's fields (or its deletion), and since when it waits. */
export interface OutgoingChange {
	docId: string;
	kind: RecordKind;
	rev?: string;
	at: string;
	fields?: Fields;
	alsoEdited?: PlanSyncRow['alsoEdited'];
	deletedBy?: PlanSyncRow['deletedBy'];
}

export interface ChangeScan {
	/** What to send, oldest first. */
	changes: OutgoingChange[];
	/** Changes the server refused, not sent again until the record changes. */
	refused: number;
	/** Entries to write (new or newly stamped changes). */
	updates: PlanSyncRow[];
	/** Entries to drop (records gone before the server ever had them). */
	drops: string[];
}

/** Whether the record is as the server last had it (fields and notices alike). */
export function isClean(entry: PlanSyncRow | undefined, fields: Fields | undefined): boolean {
	const base = entry?.base;
	if (!entry || !base || !fields) return false;
	return (
		same(fields, base.fields) &&
		same(entry.alsoEdited, base.alsoEdited) &&
		same(entry.deletedBy, base.deletedBy)
	);
}

/** Compares the plan's rows with their sync entries. */
export function scanChanges(
	planId: string,
	records: ReadonlyMap<string, LocalRecord>,
	entries: ReadonlyMap<string, PlanSyncRow>,
	now: string
): ChangeScan {
	const scan: ChangeScan = { changes: [], refused: 0, updates: [], drops: [] };
	for (const [docId, { kind, fields }] of records) {
		const entry = entries.get(docId);
		if (isClean(entry, fields)) continue;
		let stamped = entry ?? { planId, docId, base: null };
		if (!stamped.pending?.fields || !same(stamped.pending.fields, fields)) {
			stamped = { ...stamped, pending: { fields, at: now } };
			scan.updates.push(stamped);
		}
		if (stamped.refused && same(stamped.refused.fields, fields)) {
			scan.refused += 1;
			continue;
		}
		scan.changes.push({
			docId,
			kind,
			rev: stamped.rev,
			at: stamped.pending?.at ?? now,
			fields,
			...(stamped.alsoEdited ? { alsoEdited: stamped.alsoEdited } : {}),
			...(stamped.deletedBy ? { deletedBy: stamped.deletedBy } : {})
		});
	}
	for (const [docId, entry] of entries) {
		if (records.has(docId) || docId === 'plan') continue;
		// Never agreed with the server (created and removed here, or already deleted there).
		if (!entry.base) {
			scan.drops.push(docId);
			continue;
		}
		let stamped = entry;
		if (!entry.pending?.deleted) {
			stamped = { ...entry, pending: { deleted: true, at: now } };
			scan.updates.push(stamped);
		}
		scan.changes.push({
			docId,
			kind: kindOf(docId),
			rev: entry.rev,
			at: stamped.pending?.at ?? now
		});
	}
	scan.changes.sort((a, b) => a.at.localeCompare(b.at));
	return scan;
}

function kindOf(docId: string): RecordKind {
	return docId.slice(0, docId.indexOf(':')) as RecordKind;
}
