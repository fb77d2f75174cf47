// Writing posts: always to the local database first (works offline), then into the outbox, from
// which the sync engine sends them. Every document is checked by its zod schema before it is
// written, with the same rules the server applies.
import {
	replySchema,
	threadSchema,
	type ForumDoc,
	type Reply,
	type Thread,
	type ThreadDraft
} from '$lib/schemas/forum';
import { newReplyId, newThreadId } from './ids';
import { dropPost, queuePost } from './outbox';
import type { OutboxStore } from './outbox-store';
import type { PouchDatabase, PouchDoc } from './pouch-types';

export interface Author {
	name: string;
	displayName: string;
}

/**
 * A post as this app writes it: without the name older posts carried (`authorName`). The name
 * shown comes from the author's profile; the server refuses the field from members (and its door
 * drops it), so an edit of an old post leaves it out and both sides keep the same revision.
 */
export function withoutClaimedName<T extends object>(doc: T): T {
	const copy: T & { authorName?: unknown } = { ...doc };
	delete copy.authorName;
	return copy;
}

export interface ForumWriter {
	db: PouchDatabase;
	outbox: OutboxStore;
}

/** Writes a new thread locally and queues it. Throws a ZodError on invalid input. */
export async function createThread(
	{ db, outbox }: ForumWriter,
	author: Author,
	draft: ThreadDraft,
	now = new Date()
): Promise<Thread> {
	const doc = threadSchema.parse({
		_id: newThreadId(now.getTime()),
		type: 'thread',
		category: draft.category,
		title: draft.title.trim(),
		tags: draft.tags,
		body: draft.body,
		author: author.name,
		createdAt: now.toISOString(),
		updatedAt: now.toISOString()
	});
	await db.put(doc);
	await outbox.update((entries) => ({ outbox: queuePost(entries, doc._id, now) }));
	return doc;
}

/** Writes a reply locally and queues it. */
export async function createReply(
	{ db, outbox }: ForumWriter,
	author: Author,
	threadId: string,
	body: string,
	now = new Date()
): Promise<Reply> {
	const doc = replySchema.parse({
		_id: newReplyId(threadId, now.getTime()),
		type: 'reply',
		threadId,
		body,
		author: author.name,
		createdAt: now.toISOString(),
		updatedAt: now.toISOString()
	});
	await db.put(doc);
	await outbox.update((entries) => ({ outbox: queuePost(entries, doc._id, now) }));
	return doc;
}

/** Edits a post (own, or a rejected one being fixed) and queues the new version. */
export async function editPost(
	{ db, outbox }: ForumWriter,
	id: string,
	changes: { title?: string; body?: string; category?: Thread['category']; tags?: string[] },
	now = new Date()
): Promise<ForumDoc> {
	const current = withoutClaimedName((await db.get(id)) as unknown as ForumDoc);
	const next =
		current.type === 'thread'
			? threadSchema.parse({ ...current, ...changes, updatedAt: now.toISOString() })
			: replySchema.parse({
					...current,
					body: changes.body ?? current.body,
					updatedAt: now.toISOString()
				});
	await db.put(next);
	await outbox.update((entries) => ({ outbox: queuePost(entries, id, now) }));
	return next;
}

/**
 * Discards a post from the outbox (the user's choice, after a refusal): a post the server never
 * had is removed from this device; an edit the server refused is replaced by the server's version.
 */
export async function discardPost(
	{ db, outbox }: ForumWriter,
	id: string,
	serverVersion?: () => Promise<PouchDoc | undefined>
): Promise<void> {
	const current = await db.get(id);
	const fromServer = current._rev?.startsWith('1-') ? undefined : await serverVersion?.();
	if (fromServer) {
		await db.put({ ...fromServer, _id: id, _rev: current._rev });
	} else {
		await db.remove(current);
	}
	await outbox.update((entries) => ({ outbox: dropPost(entries, id) }));
}

/** Moderators: hide or show a post (it stays, marked hidden) and queue the change. */
export async function setHidden(
	{ db, outbox }: ForumWriter,
	id: string,
	hidden: boolean,
	now = new Date()
): Promise<void> {
	const current = await db.get(id);
	await db.put({ ...withoutClaimedName(current), hidden });
	await outbox.update((entries) => ({ outbox: queuePost(entries, id, now) }));
}
