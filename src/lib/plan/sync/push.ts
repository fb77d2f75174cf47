// Sending a shared plan's changes: `_bulk_docs` with each record's last known revision, in
// batches the gateway accepts (at most 100 documents and about 900 kB each; it caps a request at
// 200 documents and 1 MB). A record someone else changed meanwhile comes back « conflict »: its
// server version is read, merged with this device's field by field, and the merge is sent again.
import type { PasserelleDatabase, PlanSyncRow } from '$lib/db/database';
import {
	agreed,
	applyRemoteBatch,
	type LocalContext,
	type RemoteRecord,
	type RemoteState
} from './apply-remote';
import { scanChanges, type OutgoingChange } from './dirty';
import { readLocalRecords, readRows, readSyncEntries, syncTables } from './local-records';
import { same, type Version } from './merge';
import {
	parsePlanDoc,
	sharedFields,
	toDoc,
	toTombstoneDoc,
	tombstoneOf,
	type PlanDoc
} from './plan-docs';
import type { PlanServer, WriteResult } from './plan-server';

export const pushLimits = { docs: 100, bytes: 900_000, rounds: 10 };

export interface SyncContext {
	db: PasserelleDatabase;
	server: PlanServer;
	planId: string;
	/** The logged-in account (every document says who wrote it). */
	user: string;
	now: () => string;
}

export interface PushOutcome {
	sent: number;
	conflicts: number;
	refused: number;
	/** Changes still waiting (made during the push, or left after the last round). */
	left: number;
}

/**
 * Looks for this device's changes (stamping new ones with the time) in one transaction; returns
 * them with how many the server refused earlier.
 */
export async function collectChanges(
	db: PasserelleDatabase,
	planId: string,
	now: string
): Promise<{ changes: OutgoingChange[]; refused: number }> {
	return db.transaction('rw', syncTables(db), async () => {
		const [records, entries] = await Promise.all([
			readLocalRecords(db, planId),
			readSyncEntries(db, planId)
		]);
		const scan = scanChanges(planId, records, entries, now);
		if (scan.updates.length > 0) await db.planSync.bulkPut(scan.updates);
		if (scan.drops.length > 0) await db.planSync.bulkDelete(scan.drops.map((id) => [planId, id]));
		return { changes: scan.changes, refused: scan.refused };
	});
}

/** A change as the document to write. */
function docOf(change: OutgoingChange, user: string): { doc: PlanDoc; version?: Version } {
	if (!change.fields) {
		return { doc: toTombstoneDoc(change.docId, change.rev ?? '', user, change.at) };
	}
	const version: Version = {
		fields: change.fields,
		editedBy: user,
		editedAt: change.at,
		...(change.alsoEdited ? { alsoEdited: change.alsoEdited } : {}),
		...(change.deletedBy ? { deletedBy: change.deletedBy } : {})
	};
	return { doc: toDoc(change.kind, version, change.rev), version };
}

/** Splits documents into requests of at most `docs` documents and about `bytes` bytes. */
export function batches<T>(items: T[], size: (item: T) => number, limits = pushLimits): T[][] {
	const result: T[][] = [];
	let current: T[] = [];
	let bytes = 0;
	for (const item of items) {
		const itemBytes = size(item);
		if (current.length > 0 && (current.length >= limits.docs || bytes + itemBytes > limits.bytes)) {
			result.push(current);
			current = [];
			bytes = 0;
		}
		current.push(item);
		bytes += itemBytes;
	}
	if (current.length > 0) result.push(current);
	return result;
}

const encoder = new TextEncoder();
const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length + 1;

/** Sends every change of this device until none is left (or only refused ones). */
export async function pushChanges(context: SyncContext): Promise<PushOutcome> {
	const outcome: PushOutcome = { sent: 0, conflicts: 0, refused: 0, left: 0 };
	for (let round = 0; round < pushLimits.rounds; round++) {
		const { changes, refused } = await collectChanges(context.db, context.planId, context.now());
		outcome.refused = refused;
		outcome.left = changes.length;
		if (changes.length === 0) return outcome;
		let conflicts = 0;
		const prepared = changes.map((change) => ({ change, ...docOf(change, context.user) }));
		for (const batch of batches(prepared, (item) => jsonBytes(item.doc))) {
			const results = await context.server.bulkWrite(
				context.planId,
				batch.map((item) => item.doc)
			);
			const remote = await readConflicting(context, results);
			conflicts += await recordResults(context, batch, results, remote);
			outcome.sent += results.filter((result) => result.ok).length;
		}
		outcome.conflicts += conflicts;
		// Merged records go out in the next round; nothing conflicting means all went.
		if (conflicts === 0) {
			const after = await collectChanges(context.db, context.planId, context.now());
			return { ...outcome, refused: after.refused, left: after.changes.length };
		}
	}
	return outcome;
}

/** The server's current state of each record the write conflicted on. */
async function readConflicting(
	context: SyncContext,
	results: WriteResult[]
): Promise<Map<string, RemoteState | null>> {
	const ids = results.filter((result) => result.error === 'conflict').map((result) => result.id);
	const states = new Map<string, RemoteState | null>();
	if (ids.length === 0) return states;
	for (const row of await context.server.currentDocs(context.planId, ids)) {
		if (!row.rev) continue;
		if (row.deleted) {
			// A deletion's body says who deleted the record; `_all_docs` does not give it.
			const doc = await context.server.docAt(context.planId, row.id, row.rev);
			states.set(row.id, { rev: row.rev, tombstone: tombstoneOf(doc) });
			continue;
		}
		const parsed = row.doc ? parsePlanDoc(context.planId, row.doc) : undefined;
		states.set(row.id, parsed?.ok ? { rev: row.rev, version: parsed.doc.version } : null);
	}
	return states;
}

/** Records what the server said of each document, in one transaction; returns the conflicts. */
async function recordResults(
	context: SyncContext,
	batch: { change: OutgoingChange; doc: PlanDoc; version?: Version }[],
	results: WriteResult[],
	remote: Map<string, RemoteState | null>
): Promise<number> {
	const { db, planId } = context;
	const local: LocalContext = { user: context.user, now: context.now() };
	const byId = new Map(results.map((result) => [result.id, result]));
	const conflicting: RemoteRecord[] = [];
	await db.transaction('rw', syncTables(db), async () => {
		const [entries, rows] = await Promise.all([
			db.planSync.bulkGet(batch.map(({ change }): [string, string] => [planId, change.docId])),
			readRows(
				db,
				planId,
				batch.map(({ change }) => change)
			)
		]);
		const updates: PlanSyncRow[] = [];
		batch.forEach(({ change, version }, index) => {
			const result = byId.get(change.docId);
			const entry = entries[index];
			const state = remote.get(change.docId);
			if (result?.ok && result.rev) {
				updates.push(sentEntry(context, change, result.rev, version, entry, rows[index]));
			} else if (result?.error === 'conflict') {
				if (state) conflicting.push({ kind: change.kind, docId: change.docId, remote: state });
			} else if (result && entry) {
				// Refused (the rules, or a reader): kept here, not sent again until it changes.
				const reason = [result.error, result.reason].filter(Boolean).join(': ');
				updates.push({ ...entry, refused: { reason, fields: change.fields } });
			}
		});
		if (updates.length > 0) await db.planSync.bulkPut(updates);
		if (conflicting.length > 0) await applyRemoteBatch(db, planId, conflicting, local);
	});
	return conflicting.length;
}

/** The sync entry of a record the server accepted. */
function sentEntry(
	context: SyncContext,
	change: OutgoingChange,
	rev: string,
	version: Version | undefined,
	entry: PlanSyncRow | undefined,
	row: Record<string, unknown> | undefined
): PlanSyncRow {
	const next: PlanSyncRow = version
		? agreed(context.planId, change.docId, rev, version)
		: // Deleted on the server; a row back here meanwhile (an undo) is sent again over it.
			{ planId: context.planId, docId: change.docId, rev, base: null };
	const current = row ? sharedFields(change.kind, row) : undefined;
	// Changed again while the request was out: still waiting, with the time of that change.
	if (entry?.pending && current && !same(current, change.fields)) next.pending = entry.pending;
	if (entry?.alsoEdited && !same(entry.alsoEdited, version?.alsoEdited)) {
		next.alsoEdited = entry.alsoEdited;
	}
	return next;
}
