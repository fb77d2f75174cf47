import { describe, expect, it } from 'vitest';
import { syncFailure } from './sync-failure';

describe('content sync failure', () => {
	it('reports code that could not be downloaded as the network’s fault, not full storage', () => {
		for (const message of [
			'Failed to fetch dynamically imported module: http://localhost/_app/immutable/chunks/a.js',
			'error loading dynamically imported module',
			'Importing a module script failed.'
		]) {
			expect(syncFailure(new TypeError(message))).toMatchObject({ problem: 'unreachable' });
		}
	});

	it('reports other failures as storage failures, with the browser’s words', () => {
		const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		expect(syncFailure(error)).toEqual({
			status: 'refused',
			problem: 'storage-failed',
			detail: 'The quota has been exceeded.'
		});
	});
});
