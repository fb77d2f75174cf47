// The watchdog's decision, with the clock passed in (no waiting): the default stall timeout
// is 45 s; the engine-level test is sync-engine.stall.spec.ts.
import { describe, expect, it } from 'vitest';
import { StallWatch } from './stall-watch';

const timeout = 45_000;

describe('stall watch', () => {
	it('never restarts a pull that has processed what the server has', () => {
		const watch = new StallWatch(timeout);
		watch.caughtUpTo(10);
		expect(watch.isStalled(10, 0)).toBe(false);
		expect(watch.isStalled(8, timeout * 10)).toBe(false);
	});

	it('restarts a silent pull once the server has been ahead for the whole timeout, once', () => {
		const watch = new StallWatch(timeout);
		watch.active(0);
		watch.caughtUpTo(10);
		expect(watch.isStalled(11, 1_000)).toBe(false); // behind since 1 s
		expect(watch.isStalled(11, 1_000 + timeout - 1)).toBe(false);
		expect(watch.isStalled(11, 1_000 + timeout)).toBe(true);
		// The restart starts a new count.
		expect(watch.isStalled(11, 1_000 + timeout + 1)).toBe(false);
	});

	it('waits while the pull shows signs of life, and forgets a lag it caught up', () => {
		const watch = new StallWatch(timeout);
		watch.caughtUpTo(10);
		expect(watch.isStalled(11, 0)).toBe(false);
		watch.active(timeout - 1); // a batch arrived just before the deadline
		expect(watch.isStalled(11, timeout)).toBe(false);
		expect(watch.isStalled(11, 2 * timeout - 1)).toBe(true);
		watch.caughtUpTo(11);
		expect(watch.isStalled(12, 3 * timeout)).toBe(false); // behind again from now on
		watch.upToDate();
		expect(watch.isStalled(12, 4 * timeout - 1)).toBe(false);
	});
});
