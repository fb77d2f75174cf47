import { describe, expect, it } from 'vitest';
import { newReplyId, newThreadId, replyPrefix, threadIdOfReply, timeOfId } from './ids';

describe('forum ids', () => {
	it('sort by creation time as plain strings', () => {
		const times = [5, 1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000];
		const ids = times.map((time) => newThreadId(time));
		expect([...ids].reverse().sort()).toEqual(ids);
	});

	it('differ for two posts written at the same millisecond', () => {
		expect(newThreadId(1000)).not.toBe(newThreadId(1000));
	});

	it('give replies their thread’s prefix and round-trip the thread id and time', () => {
		const thread = newThreadId(1_700_000_000_000);
		const reply = newReplyId(thread, 1_700_000_500_000);
		expect(reply.startsWith(replyPrefix(thread))).toBe(true);
		expect(threadIdOfReply(reply)).toBe(thread);
		expect(timeOfId(reply)).toBe(1_700_000_500_000);
		expect(timeOfId(thread)).toBe(1_700_000_000_000);
		expect(timeOfId('_design/forum')).toBeUndefined();
	});
});
