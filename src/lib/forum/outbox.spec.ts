import { describe, expect, it } from 'vitest';
import { applyPushResults, dropPost, pendingIds, queuePost, type Outbox } from './outbox';

const at = new Date('2026-03-01T10:00:00Z');

describe('outbox', () => {
	it('keeps a queued post pending until the server answers', () => {
		const outbox = queuePost({}, 'thread:a', at);
		expect(pendingIds(outbox)).toEqual(['thread:a']);
	});

	it('clears accepted posts, keeps refused ones with the server’s reason', () => {
		let outbox: Outbox = queuePost(queuePost({}, 'thread:a', at), 'thread:b', at);
		const result = applyPushResults(outbox, Object.values(outbox), [
			{ id: 'thread:b', error: 'forbidden', reason: 'unknown category' }
		]);
		outbox = result.outbox;
		expect(result.accepted).toEqual(['thread:a']);
		expect(outbox['thread:a']).toBeUndefined();
		expect(outbox['thread:b']).toMatchObject({ state: 'rejected', reason: 'unknown category' });
		expect(pendingIds(outbox)).toEqual([]);
	});

	it('keeps posts pending and asks to log in when the session expired', () => {
		const outbox = queuePost({}, 'reply:a:b', at);
		const result = applyPushResults(outbox, Object.values(outbox), [
			{ id: 'reply:a:b', error: 'unauthorized', reason: 'log in to write on the forum' }
		]);
		expect(result.sessionExpired).toBe(true);
		expect(pendingIds(result.outbox)).toEqual(['reply:a:b']);
	});

	it('keeps a post edited while it was being sent, to send the new version', () => {
		const sent = Object.values(queuePost({}, 'thread:a', at));
		const edited = queuePost({}, 'thread:a', new Date('2026-03-01T10:00:05Z'));
		const result = applyPushResults(edited, sent, []);
		expect(pendingIds(result.outbox)).toEqual(['thread:a']);
	});

	it('re-queues an edited rejected post and drops a discarded one', () => {
		const rejected: Outbox = {
			'thread:a': { id: 'thread:a', queuedAt: at.toISOString(), state: 'rejected', reason: 'x' }
		};
		expect(queuePost(rejected, 'thread:a', at)['thread:a']?.state).toBe('pending');
		expect(dropPost(rejected, 'thread:a')).toEqual({});
	});
});
