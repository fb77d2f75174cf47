import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';

vi.mock('$app/environment', () => ({ browser: true }));

const { getDb, loadDb } = await import('./index');

describe('the database loads on first use', () => {
	it('refuses a query before it is loaded, with a message that says what to do', () => {
		expect(() => getDb()).toThrow('await loadDb() first');
	});

	it('opens one database, shared by every caller', async () => {
		const [first, second] = await Promise.all([loadDb(), loadDb()]);
		expect(second).toBe(first);
		expect(getDb()).toBe(first);
		await first.settings.put({ key: 'probe', value: true, updatedAt: '2026-12-01T00:00:00Z' });
		expect((await getDb().settings.get('probe'))?.value).toBe(true);
	});
});
