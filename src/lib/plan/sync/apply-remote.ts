// Bringing the server's version of one record onto this device, inside the caller's
// transaction: applied as it is when the local record is as the server last had it, merged field
// by field (merge.ts) when it changed here too. Used by the pull, and by the push when the server
// answers « conflict ».
import type { PasserelleDatabase, PlanSyncRow } from '$lib/db/database';
import { isClean } from './dirty';
import { readRows, rowKey, rowOf } from './local-records';
import { mergeRecord, same, type MergeResult, type Tombstone, type Version } from './merge';
import {
	isValidRecord,
	kindTables,
	quietFields,
	recordKinds,
	sharedFields,
	type RecordKind
} from './plan-docs';

/** The server's current state of a record: a version, or its deletion. */
export type RemoteState =
	| { rev: string; version: Version; tombstone?: undefined }
	| { rev: string; tombstone: Tombstone; version?: undefined };

export type ApplyOutcome = 'unchanged' | 'applied' | 'merged' | 'deleted';

/** Who this device is and when it is, for the versions it builds. */
export interface LocalContext {
	user: string;
	now: string;
}

/**
 * The merge rules for one kind of record: merge.ts's, then bookkeeping fields (a task's
 * `updatedAt`, the plan's meeting in progress) keep the later edit without a notice, and a merge
 * whose fields break a rule spanning several of them (a decision about a step *and* a task) keeps
 * the later edit's record whole, the other side's differing values shown as notices.
 */
export function mergeVersions(
	kind: RecordKind,
	base: Version | undefined,
	local: Version | Tombstone,
	remote: Version | Tombstone
): MergeResult {
	const result = mergeRecord(base, local, remote);
	if (result.kind === 'deleted') return result;
	let version = result.version;
	if (!isValidRecord(kind, version.fields) && !('deleted' in local) && !('deleted' in remote)) {
		const [winner, loser] = laterFirst(local, remote);
		const alsoEdited: NonNullable<Version['alsoEdited']> = {};
		for (const name of new Set([...Object.keys(winner.fields), ...Object.keys(loser.fields)])) {
			if (!same(winner.fields[name], loser.fields[name])) {
				alsoEdited[name] = { value: loser.fields[name], by: loser.editedBy, at: loser.editedAt };
			}
		}
		version = { ...version, fields: winner.fields, alsoEdited };
	}
	const kept = { ...version.alsoEdited };
	for (const name of quietFields[kind] ?? []) delete kept[name];
	version = { ...version };
	delete version.alsoEdited;
	if (Object.keys(kept).length > 0) version.alsoEdited = kept;
	return { kind: 'kept', version };
}

/** The later edit first (then the larger name: the same order on every device). */
function laterFirst(a: Version, b: Version): [Version, Version] {
	if (a.editedAt !== b.editedAt) return a.editedAt > b.editedAt ? [a, b] : [b, a];
	return a.editedBy >= b.editedBy ? [a, b] : [b, a];
}

/** One record's server state to apply here. */
export interface RemoteRecord {
	kind: RecordKind;
	docId: string;
	remote: RemoteState;
}

/** What applying a server state does here: the row to write (null: delete) and the entry. */
interface Resolution {
	outcome: ApplyOutcome;
	row?: Record<string, unknown> | null;
	entry?: PlanSyncRow | null;
}

/**
 * The server's state of a record against this device's: taken as it is when the record is as the
 * server last had it (or not here at all), merged field by field when it changed here too.
 */
export function resolveRemote(
	planId: string,
	{ kind, docId, remote }: RemoteRecord,
	entry: PlanSyncRow | undefined,
	current: Record<string, unknown> | undefined,
	context: LocalContext
): Resolution {
	// This device's own write coming back, or a version it already has.
	if (entry?.rev === remote.rev) return { outcome: 'unchanged' };
	const fields = current ? sharedFields(kind, current) : undefined;
	const nothingHere = !current && !entry?.base;
	if (nothingHere || isClean(entry, fields)) {
		if (remote.tombstone) {
			return {
				outcome: current ? 'deleted' : 'unchanged',
				row: current ? null : undefined,
				entry: entry ? null : undefined
			};
		}
		return {
			outcome: 'applied',
			row: rowOf(kind, remote.version.fields, current, context.now),
			entry: agreed(planId, docId, remote.rev, remote.version)
		};
	}
	const local: Version | Tombstone =
		current && fields
			? {
					fields,
					editedBy: context.user,
					editedAt: entry?.pending?.at ?? context.now,
					...notices(entry)
				}
			: { deleted: true, editedBy: context.user, editedAt: entry?.pending?.at ?? context.now };
	const result = mergeVersions(
		kind,
		entry?.base ?? undefined,
		local,
		remote.version ?? remote.tombstone
	);
	if (result.kind === 'deleted') {
		return { outcome: 'deleted', row: current ? null : undefined, entry: null };
	}
	const merged = result.version;
	const next: PlanSyncRow = {
		planId,
		docId,
		rev: remote.rev,
		base: remote.version ?? null,
		...notices(merged)
	};
	// What the merge made differs from the server's: it is sent, dated as its latest edit.
	if (!isClean(next, merged.fields)) next.pending = { fields: merged.fields, at: merged.editedAt };
	return { outcome: 'merged', row: rowOf(kind, merged.fields, current, context.now), entry: next };
}

/**
 * Applies the server's state of many records here, with one bulk read and one bulk write per
 * table (a first download is hundreds of records). Call inside a sync transaction.
 */
export async function applyRemoteBatch(
	db: PasserelleDatabase,
	planId: string,
	records: readonly RemoteRecord[],
	context: LocalContext
): Promise<ApplyOutcome[]> {
	const [entries, rows] = await Promise.all([
		db.planSync.bulkGet(records.map(({ docId }): [string, string] => [planId, docId])),
		readRows(db, planId, records)
	]);
	// A record twice in one batch: the second sees what the first did.
	const seen = new Map<
		string,
		{ entry: PlanSyncRow | undefined; row: Record<string, unknown> | undefined }
	>();
	const writes = new Map<string, { kind: RecordKind; row: Record<string, unknown> | null }>();
	const entryWrites = new Map<string, PlanSyncRow | null>();
	const outcomes = records.map((record, index) => {
		const before = seen.get(record.docId) ?? { entry: entries[index], row: rows[index] };
		const resolution = resolveRemote(planId, record, before.entry, before.row, context);
		const after = { ...before };
		if (resolution.row !== undefined) {
			writes.set(record.docId, { kind: record.kind, row: resolution.row });
			after.row = resolution.row ?? undefined;
		}
		if (resolution.entry !== undefined) {
			entryWrites.set(record.docId, resolution.entry);
			after.entry = resolution.entry ?? undefined;
		}
		seen.set(record.docId, after);
		return resolution.outcome;
	});
	await writeRows(db, planId, writes);
	const puts = [...entryWrites.values()].filter((entry) => entry !== null);
	const drops = [...entryWrites].filter(([, entry]) => entry === null).map(([docId]) => docId);
	if (puts.length > 0) await db.planSync.bulkPut(puts);
	if (drops.length > 0)
		await db.planSync.bulkDelete(drops.map((docId): [string, string] => [planId, docId]));
	return outcomes;
}

/** Writes rows (null: deletes them), one bulk call per table. */
async function writeRows(
	db: PasserelleDatabase,
	planId: string,
	writes: Map<string, { kind: RecordKind; row: Record<string, unknown> | null }>
): Promise<void> {
	for (const kind of recordKinds) {
		const ofKind = [...writes].filter(([, write]) => write.kind === kind);
		if (ofKind.length === 0) continue;
		const table = db.table(kindTables[kind]);
		const puts = ofKind.flatMap(([, write]) => (write.row ? [write.row] : []));
		// The plan's own record is never deleted by the sync (plans.ts, sharing.ts do that).
		const drops =
			kind === 'plan'
				? []
				: ofKind.filter(([, write]) => !write.row).map(([docId]) => rowKey(planId, kind, docId));
		if (puts.length > 0) await table.bulkPut(puts);
		if (drops.length > 0) await table.bulkDelete(drops);
	}
}

/** The sync entry of a record as the server has it. */
export function agreed(planId: string, docId: string, rev: string, version: Version): PlanSyncRow {
	return { planId, docId, rev, base: version, ...notices(version) };
}

function notices(from: Pick<Version, 'alsoEdited' | 'deletedBy'> | undefined) {
	return {
		...(from?.alsoEdited && Object.keys(from.alsoEdited).length > 0
			? { alsoEdited: from.alsoEdited }
			: {}),
		...(from?.deletedBy ? { deletedBy: from.deletedBy } : {})
	};
}
