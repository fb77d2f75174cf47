import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight.svelte';

describe('SingleFlight', () => {
	it('ignores a second run while the first is pending, and runs again once it is done', async () => {
		const guard = new SingleFlight();
		let runs = 0;
		let finish = () => {};
		const slow = () =>
			new Promise<void>((resolve) => {
				runs += 1;
				finish = resolve;
			});
		const first = guard.run(slow);
		const second = guard.run(slow);
		expect(guard.busy).toBe(true);
		finish();
		await Promise.all([first, second]);
		expect(runs).toBe(1);
		expect(guard.busy).toBe(false);
		await guard.run(() => {
			runs += 1;
		});
		expect(runs).toBe(2);
	});

	it('is free again after an action that failed', async () => {
		const guard = new SingleFlight();
		await expect(guard.run(() => Promise.reject(new Error('disk full')))).rejects.toThrow(
			'disk full'
		);
		expect(guard.busy).toBe(false);
	});
});
