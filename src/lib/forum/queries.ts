// Read-only queries over the local forum database. No views: ids sort by time (ids.ts), so a
// prefix scan of `allDocs` lists threads, and reply ids alone give counts and latest activity.
import {
	forumCategories,
	parseForumDoc,
	type ForumCategory,
	type Reply,
	type Thread
} from '$lib/schemas/forum';
import { replyPrefix, threadIdOfReply, timeOfId } from './ids';
import type { PouchDatabase } from './pouch-types';

export interface ThreadSummary {
	thread: Thread;
	replyCount: number;
	/** Latest of the thread's own date and its newest reply (ms). */
	lastActivity: number;
	unread: boolean;
}

export interface CategorySummary {
	category: ForumCategory;
	threadCount: number;
	replyCount: number;
	lastActivity?: number;
}

export interface ThreadWithReplies {
	thread: Thread;
	replies: Reply[];
	hasConflict: boolean;
}

const end = '\ufff0';

/** Every thread with its reply count and latest activity. */
export async function listThreadSummaries(
	db: PouchDatabase,
	readMarkers: Record<string, number> = {}
): Promise<ThreadSummary[]> {
	const [threadRows, replyRows] = await Promise.all([
		db.allDocs({ startkey: 'thread:', endkey: `thread:${end}`, include_docs: true }),
		db.allDocs({ startkey: 'reply:', endkey: `reply:${end}` })
	]);
	const replies = new Map<string, { count: number; last: number }>();
	for (const row of replyRows.rows) {
		const threadId = threadIdOfReply(row.id);
		if (!threadId) continue;
		const entry = replies.get(threadId) ?? { count: 0, last: 0 };
		entry.count++;
		entry.last = Math.max(entry.last, timeOfId(row.id) ?? 0);
		replies.set(threadId, entry);
	}
	const summaries: ThreadSummary[] = [];
	for (const row of threadRows.rows) {
		const thread = parseForumDoc(row.doc);
		if (thread?.type !== 'thread') continue;
		const info = replies.get(thread._id);
		const lastActivity = Math.max(Date.parse(thread.updatedAt), info?.last ?? 0);
		const seen = readMarkers[thread._id];
		summaries.push({
			thread,
			replyCount: info?.count ?? 0,
			lastActivity,
			unread: seen === undefined || lastActivity > seen
		});
	}
	return summaries;
}

/** The four categories with their counts and latest activity, in their fixed order. */
export function summariseCategories(threads: ThreadSummary[]): CategorySummary[] {
	return forumCategories.map((category) => {
		const inCategory = threads.filter((summary) => summary.thread.category === category);
		return {
			category,
			threadCount: inCategory.length,
			replyCount: inCategory.reduce((sum, summary) => sum + summary.replyCount, 0),
			lastActivity: inCategory.length
				? Math.max(...inCategory.map((summary) => summary.lastActivity))
				: undefined
		};
	});
}

/** A category's threads, newest activity first. */
export function threadsOfCategory(
	threads: ThreadSummary[],
	category: ForumCategory
): ThreadSummary[] {
	return threads
		.filter((summary) => summary.thread.category === category)
		.sort((a, b) => b.lastActivity - a.lastActivity);
}

/** A thread and its replies in order, or undefined when it is not on this device. */
export async function getThread(
	db: PouchDatabase,
	threadId: string
): Promise<ThreadWithReplies | undefined> {
	let raw;
	try {
		raw = await db.get(threadId, { conflicts: true });
	} catch {
		return undefined;
	}
	const thread = parseForumDoc(raw);
	if (thread?.type !== 'thread') return undefined;
	const prefix = replyPrefix(threadId);
	const rows = await db.allDocs({
		startkey: prefix,
		endkey: `${prefix}${end}`,
		include_docs: true,
		conflicts: true
	});
	const replies = rows.rows
		.map((row) => parseForumDoc(row.doc))
		.filter((doc): doc is Reply => doc?.type === 'reply');
	const hasConflict =
		(thread._conflicts?.length ?? 0) > 0 || replies.some((r) => (r._conflicts?.length ?? 0) > 0);
	return { thread, replies, hasConflict };
}

const readMarkersId = '_local/forum-read';

/** When each thread was last read on this device (ms of its latest activity then). */
export async function loadReadMarkers(db: PouchDatabase): Promise<Record<string, number>> {
	try {
		const doc = await db.get(readMarkersId);
		const markers = doc.markers;
		return markers && typeof markers === 'object' ? (markers as Record<string, number>) : {};
	} catch {
		return {};
	}
}

/** Marks a thread read up to `activity` (a `_local/` document: it stays on this device). */
export async function markThreadRead(
	db: PouchDatabase,
	threadId: string,
	activity: number
): Promise<void> {
	let rev: string | undefined;
	let markers: Record<string, number> = {};
	try {
		const doc = await db.get(readMarkersId);
		rev = doc._rev;
		markers = (doc.markers as Record<string, number>) ?? {};
	} catch {
		// First marker on this device.
	}
	if ((markers[threadId] ?? 0) >= activity) return;
	await db
		.put({
			_id: readMarkersId,
			...(rev ? { _rev: rev } : {}),
			markers: { ...markers, [threadId]: activity }
		})
		.catch(() => undefined); // a lost race only means the thread shows as unread once more
}
