// Receiving a shared plan's changes: the server's `_changes` feed since this device's
// checkpoint, in batches of 500 documents. Each batch is applied and its checkpoint saved in one
// transaction, so a download cut halfway resumes where it stopped and never fetches twice what
// it has. Documents this version of the app cannot read are left aside (a newer app's records).
import { applyRemoteBatch, type LocalContext, type RemoteRecord } from './apply-remote';
import { syncTables } from './local-records';
import { kindOfDocId, parsePlanDoc, tombstoneOf } from './plan-docs';
import type { Change } from './plan-server';
import type { SyncContext } from './push';

export const pullBatchSize = 500;

export interface PullOutcome {
	/** Records changed on this device. */
	received: number;
	/** Whether the feed has nothing more for now. */
	caughtUp: boolean;
	/** Documents left aside (unreadable by this version of the app). */
	setAside: number;
}

/** Fetches and applies one batch of changes; `waitMs` waits that long for one (live). */
export async function pullOnce(
	context: SyncContext,
	options: { waitMs?: number; signal?: AbortSignal } = {}
): Promise<PullOutcome> {
	const { db, planId } = context;
	const share = await db.planShares.get(planId);
	if (share?.state !== 'active') return { received: 0, caughtUp: true, setAside: 0 };
	const answer = await context.server.changes(planId, share.lastSeq, {
		limit: pullBatchSize,
		...options
	});
	const outcome: PullOutcome = {
		received: 0,
		caughtUp: answer.results.length < pullBatchSize,
		setAside: 0
	};
	const local: LocalContext = { user: context.user, now: context.now() };
	const records: RemoteRecord[] = [];
	let latest = '';
	for (const change of answer.results) {
		const record = remoteRecord(context.planId, change);
		if (record === undefined) outcome.setAside += 1;
		else if (record) {
			records.push(record);
			const at = change.doc?.editedAt;
			if (typeof at === 'string' && at > latest) latest = at;
		}
	}
	await db.transaction('rw', syncTables(db), async () => {
		// Left or removed meanwhile: this batch is not for this device any more.
		const current = await db.planShares.get(planId);
		if (current?.state !== 'active' || current.lastSeq !== share.lastSeq) return;
		const outcomes = await applyRemoteBatch(db, planId, records, local);
		outcome.received = outcomes.filter((result) => result !== 'unchanged').length;
		await db.planShares.update(planId, { lastSeq: answer.last_seq });
		// The plan list shows when a plan was last changed, here or by another member.
		const plan = await db.plans.get(planId);
		if (plan && latest > plan.updatedAt) await db.plans.update(planId, { updatedAt: latest });
	});
	return outcome;
}

/** Pulls until the feed has nothing more. */
export async function pullAll(context: SyncContext): Promise<PullOutcome> {
	const total: PullOutcome = { received: 0, caughtUp: false, setAside: 0 };
	while (!total.caughtUp) {
		const batch = await pullOnce(context);
		total.received += batch.received;
		total.setAside += batch.setAside;
		total.caughtUp = batch.caughtUp;
	}
	return total;
}

/** A change as a record to apply (false: not a record, undefined: unreadable, left aside). */
function remoteRecord(planId: string, change: Change): RemoteRecord | false | undefined {
	if (change.id.startsWith('_design/')) return false;
	const doc = change.doc;
	const kind = kindOfDocId(change.id);
	const rev = change.changes[0]?.rev ?? doc?._rev;
	if (!kind || !doc || !rev) return undefined;
	if (change.deleted || doc._deleted) {
		return { kind, docId: change.id, remote: { rev, tombstone: tombstoneOf(doc) } };
	}
	const parsed = parsePlanDoc(planId, doc);
	if (!parsed.ok) return undefined;
	return { kind, docId: change.id, remote: { rev: doc._rev ?? rev, version: parsed.doc.version } };
}
