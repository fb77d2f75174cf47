import { describe, expect, it } from 'vitest';
import { classifyFailure, HttpFailure } from './sync-failure';

describe('classifyFailure', () => {
	const httpFailure = (status: number, body: object | string) =>
		HttpFailure.of(
			new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })
		);

	it('sorts what browsers and servers report into what the user is told', async () => {
		const failed = new TypeError('Failed to fetch');
		expect(classifyFailure(failed, false)).toEqual({
			kind: 'offline',
			detail: 'TypeError: Failed to fetch'
		});
		expect(classifyFailure(failed, true).kind).toBe('unreachable');
		// A proxy's HTML error page: PouchDB fails to parse it, with no status.
		expect(classifyFailure(new SyntaxError('Unexpected token <'), true).kind).toBe('unreachable');
		expect(classifyFailure(await httpFailure(502, '<html>Bad gateway</html>'), true)).toEqual({
			kind: 'unreachable',
			detail: 'HTTP 502'
		});
		expect(classifyFailure(await httpFailure(500, { error: 'oops' }), true).kind).toBe('server');
		expect(classifyFailure({ status: 401, name: 'unauthorized' }, true).kind).toBe('session');
		expect(
			classifyFailure(await httpFailure(403, { error: 'forbidden', reason: 'no _temp_view' }), true)
		).toEqual({ kind: 'refused', detail: 'HTTP 403: forbidden: no _temp_view' });
	});
});
