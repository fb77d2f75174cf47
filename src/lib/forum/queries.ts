// Read-only queries over the local forum database. No views: ids sort by time (ids.ts), so a
// prefix scan of `allDocs` lists threads, and reply ids alone give counts and latest activity.
import {
	forumCategories,
	parseForumDoc,
	profileSchema,
	type ForumCategory,
	type Reply,
	type Thread
} from '$lib/schemas/forum';
import { profileId, replyPrefix, threadIdOfReply, timeOfId } from './ids';
import type { PouchDatabase, PouchDoc } from './pouch-types';

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

/**
 * What this device has read: per thread, the latest activity it had when read, and since when it
 * reads the forum (what was written before it came is not new to it: a first visit shows no
 * « Nouveau » everywhere). Kept in a `_local/` document: it stays on this device.
 */
export interface ReadState {
	markers: Record<string, number>;
	since?: number;
}

/**
 * Whether a thread has activity this reader has not seen: a post by someone else after both the
 * reader's last visit of the thread and their first visit of the forum. The reader's own thread
 * counts by its replies only (their own replies are marked read as they are written).
 */
export function isUnread(
	activity: { author: string; threadTime: number; lastReply: number },
	read: { seen?: number; since?: number },
	reader: string | undefined
): boolean {
	const latest =
		activity.author === reader
			? activity.lastReply
			: Math.max(activity.threadTime, activity.lastReply);
	return latest > Math.max(read.seen ?? 0, read.since ?? 0);
}

/** Every thread with its reply count and latest activity; `reader` is the logged-in user. */
export async function listThreadSummaries(
	db: PouchDatabase,
	read: ReadState = { markers: {} },
	reader?: string
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
		const threadTime = Date.parse(thread.updatedAt);
		const lastReply = info?.last ?? 0;
		summaries.push({
			thread,
			replyCount: info?.count ?? 0,
			lastActivity: Math.max(threadTime, lastReply),
			unread: isUnread(
				{ author: thread.author, threadTime, lastReply },
				{ seen: read.markers[thread._id], since: read.since },
				reader
			)
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

/**
 * The display names of `authors` (login names) from their profiles on this device: author →
 * display name, for those whose profile is here and valid (the others are left out).
 */
export async function loadDisplayNames(
	db: PouchDatabase,
	authors: Iterable<string>
): Promise<Map<string, string>> {
	const names = new Map<string, string>();
	const keys = [...new Set(authors)].map(profileId);
	if (keys.length === 0) return names;
	const rows = await db.allDocs({ keys, include_docs: true });
	for (const row of rows.rows) {
		const profile = profileSchema.safeParse(row.doc);
		if (profile.success) names.set(profile.data.name, profile.data.displayName.trim());
	}
	return names;
}

const readMarkersId = '_local/forum-read';

/** This device's read markers and since when it reads the forum. */
export async function loadReadState(db: PouchDatabase): Promise<ReadState> {
	try {
		const doc = await db.get(readMarkersId);
		const markers = doc.markers;
		return {
			markers: markers && typeof markers === 'object' ? (markers as Record<string, number>) : {},
			...(typeof doc.since === 'number' ? { since: doc.since } : {})
		};
	} catch {
		return { markers: {} };
	}
}

/** Notes when this device started reading the forum, once (kept by later read markers). */
export async function startReadingSince(db: PouchDatabase, now: number): Promise<void> {
	let doc: PouchDoc = { _id: readMarkersId, markers: {} };
	try {
		doc = await db.get(readMarkersId);
	} catch {
		// First visit of the forum on this device.
	}
	if (typeof doc.since === 'number') return;
	await db.put({ ...doc, since: now }).catch(() => undefined); // a lost race: set next start
}

/** Marks a thread read up to `activity` (a `_local/` document: it stays on this device). */
export async function markThreadRead(
	db: PouchDatabase,
	threadId: string,
	activity: number
): Promise<void> {
	let doc: PouchDoc = { _id: readMarkersId };
	try {
		doc = await db.get(readMarkersId);
	} catch {
		// First marker on this device.
	}
	const markers = (doc.markers as Record<string, number> | undefined) ?? {};
	if ((markers[threadId] ?? 0) >= activity) return;
	await db.put({ ...doc, markers: { ...markers, [threadId]: activity } }).catch(() => undefined); // a lost race only means the thread shows as unread once more
}
