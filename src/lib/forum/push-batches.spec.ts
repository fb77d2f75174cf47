import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from './outbox';
import { makeThread } from './post-factory';
import { estimatedBytes, pushBatches, pushBatchLimits, type PushItem } from './push-batches';

const entry = (id: string): OutboxEntry => ({
	id,
	queuedAt: '2026-01-01T00:00:00Z',
	state: 'pending'
});
/** A post with `leaves` revisions (a resolved conflict sends its deleted branch too). */
function item(body: string, leaves = 1): PushItem {
	const thread = makeThread('ines', { body });
	return { entry: entry(thread._id), docs: Array.from({ length: leaves }, () => thread) };
}

describe('push batches', () => {
	it('splits a long queue into requests of at most 100 documents, in order', () => {
		const items = Array.from({ length: 230 }, () => item('court'));
		const batches = pushBatches(items);
		expect(batches.map((batch) => batch.docs.length)).toEqual([100, 100, 30]);
		expect(batches.flatMap((batch) => batch.entries)).toEqual(items.map((i) => i.entry));
	});

	it('keeps each request under about 900 kB, counting 3 bytes a character', () => {
		const items = Array.from({ length: 40 }, () => item('é'.repeat(15_000)));
		const batches = pushBatches(items);
		expect(batches.length).toBeGreaterThan(1);
		for (const batch of batches) {
			expect(batch.bytes).toBe(estimatedBytes(batch.docs));
			expect(batch.bytes).toBeLessThanOrEqual(pushBatchLimits.bytes);
		}
	});

	it('never splits a post from its other revisions, and sends one too big for a batch alone', () => {
		const items = [item('a'), item('b', 3), item('c')];
		const batches = pushBatches(items, { docs: 3, bytes: 1_000_000 });
		expect(batches.map((batch) => batch.docs.length)).toEqual([1, 3, 1]);
		const huge = pushBatches([item('x'.repeat(2_000))], { docs: 100, bytes: 10 });
		expect(huge).toHaveLength(1);
	});
});
