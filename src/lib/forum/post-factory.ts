import type { ForumCategory, Reply, Thread } from '$lib/schemas/forum';
import { newReplyId, newThreadId } from './ids';

// Test-data factory for forum posts: valid by default, override what a test is about.

/** A valid thread by `author`. */
export function makeThread(author: string, overrides: Partial<Thread> = {}): Thread {
	const now = new Date().toISOString();
	return {
		_id: newThreadId(),
		type: 'thread',
		category: 'aide-technique' satisfies ForumCategory,
		title: 'Comment partager un agenda ?',
		tags: ['agenda'],
		body: 'Bonjour, comment partager un agenda avec les bénévoles ?',
		author,
		createdAt: now,
		updatedAt: now,
		...overrides
	};
}

/** A valid reply by `author` to `threadId`. */
export function makeReply(author: string, threadId: string, overrides: Partial<Reply> = {}): Reply {
	const now = new Date().toISOString();
	return {
		_id: newReplyId(threadId),
		type: 'reply',
		threadId,
		body: 'Il suffit de cocher l’agenda dans DAVx⁵.',
		author,
		createdAt: now,
		updatedAt: now,
		...overrides
	};
}

/**
 * Documents a forum database may hold from before its rules refused them (written by an admin, or
 * before the validate_doc_update change), one of each kind the client must set aside.
 */
export function makePoisonedDocs(author: string, threadId: string) {
	return {
		/** A valid thread carrying a 5-byte text attachment. */
		attachment: {
			...makeThread(author, { title: 'Sujet avec pièce jointe' }),
			_attachments: { 'note.txt': { content_type: 'text/plain', data: 'aGVsbG8=' } }
		},
		wrongType: { ...makeThread(author, { title: 'Sondage' }), type: 'poll' },
		oversized: makeReply(author, threadId, { body: 'x'.repeat(20_001) }),
		unknownFields: { ...makeThread(author, { title: 'Champ inconnu' }), tracker: 'https://x.test' }
	};
}
