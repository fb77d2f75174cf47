// The merge rules of a shared plan, as pure functions. Every record of a plan is one CouchDB
// document; two phones that changed the same record offline are reconciled field by field
// against the last version both had (the base), so that no edit is lost:
// - a field changed on one side only takes that side's value;
// - a field changed on both sides to different values keeps the later edit (then the larger
//   editor name, so every device picks the same winner), and the other value is kept in
//   `alsoEdited`, shown beside the field with a one-tap choice;
// - a record deleted on one side and changed on the other is kept, marked `deletedBy`, shown
//   with the choice to delete it for good or keep it; a record deleted on one side and
//   untouched on the other stays deleted (it never comes back, PouchDB #6666).
// The result depends only on the three versions, so whichever device merges, all agree.

/** A record's fields as stored in Dexie (the document minus its sync metadata). */
export type Fields = Record<string, unknown>;

/** The value the other side wrote for a field, kept when its edit lost. */
export interface OtherValue {
	value: unknown;
	by: string;
	at: string;
}

/** One side of a merge: the record's fields and who changed it last, when. */
export interface Version {
	fields: Fields;
	editedBy: string;
	editedAt: string;
	alsoEdited?: Record<string, OtherValue>;
	deletedBy?: { by: string; at: string };
}

/** One side deleted the record: who, when. */
export interface Tombstone {
	deleted: true;
	editedBy: string;
	editedAt: string;
}

export type MergeResult = { kind: 'deleted' } | { kind: 'kept'; version: Version };

function isTombstone(side: Version | Tombstone): side is Tombstone {
	return 'deleted' in side;
}

/** JSON-equal (records hold JSON values only). */
export function same(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a).filter((key) => (a as Fields)[key] !== undefined);
	const keysB = Object.keys(b).filter((key) => (b as Fields)[key] !== undefined);
	if (keysA.length !== keysB.length) return false;
	return keysA.every((key) => same((a as Fields)[key], (b as Fields)[key]));
}

/** Whether `a` is the later edit (then the larger name on a tie): the same answer everywhere. */
function wins(a: Version, b: Version): boolean {
	if (a.editedAt !== b.editedAt) return a.editedAt > b.editedAt;
	return a.editedBy >= b.editedBy;
}

/**
 * Merges the local and the remote version of a record against their base (`undefined` for a
 * record created on one side only).
 */
export function mergeRecord(
	base: Version | undefined,
	local: Version | Tombstone,
	remote: Version | Tombstone
): MergeResult {
	if (isTombstone(local) && isTombstone(remote)) return { kind: 'deleted' };
	if (isTombstone(local) || isTombstone(remote)) {
		const [alive, gone] = isTombstone(local)
			? [remote as Version, local]
			: [local, remote as Tombstone];
		// Deleted on one side, untouched since the base on the other: it stays deleted.
		if (base && same(alive.fields, base.fields) && same(alive.alsoEdited, base.alsoEdited)) {
			return { kind: 'deleted' };
		}
		// Changed on the other side: kept, and shown as deleted by the person who deleted it.
		return {
			kind: 'kept',
			version: { ...alive, deletedBy: { by: gone.editedBy, at: gone.editedAt } }
		};
	}
	const fields: Fields = {};
	const alsoEdited: Record<string, OtherValue> = {};
	const names = new Set([
		...Object.keys(base?.fields ?? {}),
		...Object.keys(local.fields),
		...Object.keys(remote.fields)
	]);
	for (const name of names) {
		const was = base?.fields[name];
		const mine = local.fields[name];
		const theirs = remote.fields[name];
		let value: unknown;
		if (same(mine, theirs)) value = mine;
		else if (base && same(mine, was)) value = theirs;
		else if (base && same(theirs, was)) value = mine;
		else {
			const [winner, loser, loserValue] = wins(local, remote)
				? [mine, remote, theirs]
				: [theirs, local, mine];
			value = winner;
			alsoEdited[name] = { value: loserValue, by: loser.editedBy, at: loser.editedAt };
		}
		if (value !== undefined) fields[name] = value;
	}
	// The notices themselves merge like fields: a choice made on one side removes its notice.
	const notices = mergeNotices(base?.alsoEdited, local.alsoEdited, remote.alsoEdited);
	for (const [name, other] of Object.entries(notices)) {
		if (!alsoEdited[name] && !same(other.value, fields[name])) alsoEdited[name] = other;
	}
	const latest = wins(local, remote) ? local : remote;
	const deletedBy = mergeDeletedBy(base, local, remote);
	return {
		kind: 'kept',
		version: {
			fields,
			editedBy: latest.editedBy,
			editedAt: latest.editedAt,
			...(Object.keys(alsoEdited).length > 0 ? { alsoEdited } : {}),
			...(deletedBy ? { deletedBy } : {})
		}
	};
}

function mergeNotices(
	base: Record<string, OtherValue> | undefined,
	local: Record<string, OtherValue> | undefined,
	remote: Record<string, OtherValue> | undefined
): Record<string, OtherValue> {
	const merged: Record<string, OtherValue> = {};
	const names = new Set([...Object.keys(local ?? {}), ...Object.keys(remote ?? {})]);
	for (const name of names) {
		const was = base?.[name];
		const mine = local?.[name];
		const theirs = remote?.[name];
		// Removed on one side (a choice was made) and unchanged on the other: removed.
		if (was && ((!mine && same(theirs, was)) || (!theirs && same(mine, was)))) continue;
		const kept = mine && theirs ? (mine.at >= theirs.at ? mine : theirs) : (mine ?? theirs);
		if (kept) merged[name] = kept;
	}
	return merged;
}

function mergeDeletedBy(
	base: Version | undefined,
	local: Version,
	remote: Version
): Version['deletedBy'] {
	const was = base?.deletedBy;
	// "Keep it" on one side clears the mark; otherwise a mark on either side stays.
	if (was && (!local.deletedBy || !remote.deletedBy)) return undefined;
	return local.deletedBy ?? remote.deletedBy;
}
