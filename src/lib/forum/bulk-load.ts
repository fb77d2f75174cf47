// The forum's bulk load: the first sync of a device, and the catch-up after its user follows
// another category or widens the activity window. Documents come from the server's `_all_docs`
// in large pages (about twice as fast as `_changes` on CouchDB-API servers), the next page
// downloading while the previous one is written, threads first, then replies:
// - threads: kept when in a followed category and active within the window; the others of a
//   followed category are "dormant";
// - replies: kept with their thread; a recent reply to a dormant thread makes it active again,
//   so that thread and all its replies are fetched too.
// The position is saved after each page of replies; a resumed load reads the threads again
// (that is how it knows which are kept) and continues after the last saved reply.
// Profiles (the names shown with posts) are not part of any scope: every device keeps all of them
// (`loadProfiles`, run once per device by the engine), so a name shows offline on any post.
import { profilePrefix, replyPrefix, threadIdOfReply } from './ids';
import type { PouchDoc } from './pouch-types';
import { activityOf, cutoffOf, follows, type SyncScope } from './sync-scope';

export interface IdRange {
	start: string;
	end: string;
}

export interface BulkLoadIo {
	/** Up to `limit` documents with ids in `range`, in id order, after the id `after`. */
	page(range: IdRange, after: string | undefined, limit: number): Promise<PouchDoc[]>;
	/** The server's current version of these documents (missing ones left out). */
	byIds(ids: string[]): Promise<PouchDoc[]>;
	/** Writes server revisions as they are; returns how many were kept (see set-aside.ts). */
	write(docs: PouchDoc[]): Promise<number>;
	/** Remembers that replies up to this id are written. */
	saveProgress(afterReply: string): Promise<void>;
	/** False once the load was cancelled (the sync restarted or stopped). */
	isCurrent(): boolean;
	onLoaded(count: number): void;
}

const end = '\ufff0';
const threadRange: IdRange = { start: 'thread:', end: `thread:${end}` };
const replyRange: IdRange = { start: 'reply:', end: `reply:${end}` };
const profileRange: IdRange = { start: profilePrefix, end: `${profilePrefix}${end}` };

/**
 * Downloads every account's profile, whatever the scope; returns false when it was cancelled.
 * Small documents (a name each): one page of `batchSize` holds thousands of accounts.
 */
export async function loadProfiles(
	io: Pick<BulkLoadIo, 'page' | 'write' | 'isCurrent'>,
	batchSize: number
): Promise<boolean> {
	for await (const docs of pages(io, profileRange, undefined, batchSize)) {
		if (!io.isCurrent()) return false;
		if (docs.length > 0) await io.write(docs);
	}
	return io.isCurrent();
}

/** Runs the load; returns false when it was cancelled before the end. */
export async function bulkLoad(
	io: BulkLoadIo,
	scope: SyncScope,
	options: { batchSize: number; afterReply?: string; now?: number }
): Promise<boolean> {
	const cutoff = cutoffOf(scope, options.now);
	const isActive = (doc: PouchDoc) => cutoff === undefined || activityOf(doc) >= cutoff;
	const kept = new Set<string>();
	const dormant = new Set<string>();
	let loaded = 0;
	const written = async (docs: PouchDoc[]) => {
		if (docs.length > 0) loaded += await io.write(docs);
		io.onLoaded(loaded);
	};

	for await (const docs of pages(io, threadRange, undefined, options.batchSize)) {
		if (!io.isCurrent()) return false;
		const keep: PouchDoc[] = [];
		for (const doc of docs) {
			if (!follows(scope, doc.category)) continue;
			if (isActive(doc)) {
				kept.add(doc._id);
				keep.push(doc);
			} else {
				dormant.add(doc._id);
			}
		}
		await written(keep);
	}

	for await (const docs of pages(io, replyRange, options.afterReply, options.batchSize)) {
		if (!io.isCurrent()) return false;
		const keep = new Map<string, PouchDoc>();
		const revived: string[] = [];
		for (const doc of docs) {
			const threadId = threadIdOfReply(doc._id);
			if (!threadId) continue;
			if (dormant.has(threadId) && isActive(doc)) {
				dormant.delete(threadId);
				kept.add(threadId);
				revived.push(threadId);
			}
			if (kept.has(threadId)) keep.set(doc._id, doc);
		}
		for (const doc of await fetchThreads(io, revived)) keep.set(doc._id, doc);
		await written([...keep.values()]);
		const last = docs.at(-1)?._id;
		if (last !== undefined) await io.saveProgress(last);
	}
	return io.isCurrent();
}

export type ServerReader = Pick<BulkLoadIo, 'page' | 'byIds'>;

/** Threads with every reply they have (the earlier replies were skipped while they were dormant). */
export async function fetchThreads(io: ServerReader, threadIds: string[]): Promise<PouchDoc[]> {
	if (threadIds.length === 0) return [];
	const [threads, ...replies] = await Promise.all([
		io.byIds(threadIds),
		...threadIds.map((id) => {
			const prefix = replyPrefix(id);
			return io.page({ start: prefix, end: `${prefix}${end}` }, undefined, 10_000);
		})
	]);
	return [...threads, ...replies.flat()];
}

/** Pages of a range, the next one requested before the current one is handed over. */
async function* pages(
	io: Pick<BulkLoadIo, 'page'>,
	range: IdRange,
	after: string | undefined,
	limit: number
): AsyncGenerator<PouchDoc[]> {
	let next = io.page(range, after, limit);
	for (;;) {
		const docs = await next;
		const isLast = docs.length < limit;
		if (!isLast) {
			next = io.page(range, docs.at(-1)?._id, limit);
			// If the consumer stops early, this request's failure must not go unhandled.
			next.catch(() => undefined);
		}
		yield docs;
		if (isLast) return;
	}
}
