// Bringing the server's version of one record onto this device, inside the caller's
// transaction: applied as it is when the local record is as the server last had it, merged field
// by field (merge.ts) when it changed here too. Used by the pull, and by the push when the server
// answers « conflict ».
import type { PasserelleDatabase, PlanSyncRow } from '$lib/db/database';
import { isClean } from './dirty';
import { readRow, rowOf, writeRow } from './local-records';
import { mergeRecord, same, type MergeResult, type Tombstone, type Version } from './merge';
import { isValidRecord, quietFields, sharedFields, type RecordKind } from './plan-docs';

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

/** Applies the server's state of record `docId` here. Call inside a sync transaction. */
export async function applyRemote(
	db: PasserelleDatabase,
	planId: string,
	kind: RecordKind,
	docId: string,
	remote: RemoteState,
	context: LocalContext
): Promise<ApplyOutcome> {
	const entry = await db.planSync.get([planId, docId]);
	// This device's own write coming back, or a version it already has.
	if (entry?.rev === remote.rev) return 'unchanged';
	const current = await readRow(db, planId, kind, docId);
	const fields = current ? sharedFields(kind, current) : undefined;
	const nothingHere = !current && !entry?.base;
	if (nothingHere || isClean(entry, fields)) {
		if (remote.tombstone) {
			await writeRow(db, planId, kind, docId, undefined);
			await db.planSync.delete([planId, docId]);
			return current ? 'deleted' : 'unchanged';
		}
		await writeRow(
			db,
			planId,
			kind,
			docId,
			rowOf(kind, remote.version.fields, current, context.now)
		);
		await db.planSync.put(agreed(planId, docId, remote.rev, remote.version));
		return 'applied';
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
		await writeRow(db, planId, kind, docId, undefined);
		await db.planSync.delete([planId, docId]);
		return 'deleted';
	}
	const merged = result.version;
	await writeRow(db, planId, kind, docId, rowOf(kind, merged.fields, current, context.now));
	const next: PlanSyncRow = {
		planId,
		docId,
		rev: remote.rev,
		base: remote.version ?? null,
		...notices(merged)
	};
	// What the merge made differs from the server's: it is sent, dated as its latest edit.
	if (!isClean(next, merged.fields)) next.pending = { fields: merged.fields, at: merged.editedAt };
	await db.planSync.put(next);
	return 'merged';
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
