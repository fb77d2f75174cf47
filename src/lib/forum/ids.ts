// Time-sortable document ids. Sorting ids as strings sorts documents by creation time, so
// `allDocs` with a prefix lists threads oldest first, and a thread's replies in order, with no
// view (views are slow to build in the browser). The random suffix keeps ids unique across
// devices writing offline at the same millisecond.

/** Base-36 milliseconds, 9 characters wide: sortable as text until the year 5188. */
export function timeKey(now: number = Date.now(), random: () => number = Math.random): string {
	const time = now.toString(36).padStart(9, '0');
	let suffix = '';
	for (let i = 0; i < 8; i++) suffix += Math.floor(random() * 36).toString(36);
	return `${time}-${suffix}`;
}

/** A new thread id, e.g. `thread:mgx3k2a1b-4k2j9x0a`. */
export function newThreadId(now?: number, random?: () => number): string {
	return `thread:${timeKey(now, random)}`;
}

/** A new reply id: `reply:<thread key>:<reply key>`, so a thread's replies share a prefix. */
export function newReplyId(threadId: string, now?: number, random?: () => number): string {
	return `reply:${threadKeyOf(threadId)}:${timeKey(now, random)}`;
}

/** The time key of a thread id (`thread:abc` → `abc`). */
export function threadKeyOf(threadId: string): string {
	return threadId.slice('thread:'.length);
}

/** The prefix shared by every reply of a thread. */
export function replyPrefix(threadId: string): string {
	return `reply:${threadKeyOf(threadId)}:`;
}

/** The thread a reply id belongs to (`reply:a:b` → `thread:a`), or undefined. */
export function threadIdOfReply(replyId: string): string | undefined {
	const match = /^reply:([^:]+):/.exec(replyId);
	return match ? `thread:${match[1]}` : undefined;
}

/** Creation time encoded in an id (milliseconds), or undefined when the id has none. */
export function timeOfId(id: string): number | undefined {
	const key = id.split(':').at(-1) ?? '';
	const time = Number.parseInt(key.slice(0, 9), 36);
	return Number.isFinite(time) && /^[0-9a-z]{9}-/.test(key) ? time : undefined;
}

/** Profiles (`profile:<login name>`, the names shown with posts) share this prefix. */
export const profilePrefix = 'profile:';

/** The id of an account's public profile. */
export function profileId(name: string): string {
	return `${profilePrefix}${name}`;
}
