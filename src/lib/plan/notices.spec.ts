import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The plan's domain functions use the app's database, which only exists "in the browser".
vi.mock('$app/environment', () => ({ browser: true }));

const { getDb, loadDb } = await import('$lib/db');
await loadDb();
const { deleteRecord, keepRecord, keepShownValue, takeOtherValue } = await import('./notices');
const { makePlanBundle } = await import('./plan-factory');
const { putBundleRows, planTables } = await import('./plan-store');

const bundle = makePlanBundle({ planId: 'p1', meetings: 1 });
const at = '2026-03-12T18:00:00.000Z';
const item = bundle.items[0];
const decision = bundle.decisions.find((row) => row.stepId);
if (!item || !decision) throw new Error('test data');
const by = (value: unknown) => ({ value, by: 'karim', at });

beforeEach(async () => {
	const db = getDb();
	await Promise.all(db.tables.map((table) => table.clear()));
	await db.transaction('rw', planTables(db), () => putBundleRows(db, bundle));
});

async function entry(docId: string, extra: object) {
	await getDb().planSync.put({ planId: 'p1', docId, rev: '2-a', base: null, ...extra });
}

describe('choices on a merge notice', () => {
	it('keeping the value shown drops that notice only, the row unchanged', async () => {
		await entry(`item:${item.id}`, { alsoEdited: { text: by('Autre'), owner: by('Karim') } });
		await keepShownValue('p1', `item:${item.id}`, 'text');
		expect((await getDb().planSync.get(['p1', `item:${item.id}`]))?.alsoEdited).toEqual({
			owner: by('Karim')
		});
		expect((await getDb().planItems.get(item.id))?.text).toBe(item.text);
	});

	it('taking the other value writes it and drops the notice', async () => {
		await entry(`item:${item.id}`, { alsoEdited: { text: by('Écrire à la mairie') } });
		await takeOtherValue('p1', `item:${item.id}`, 'text');
		expect((await getDb().planItems.get(item.id))?.text).toBe('Écrire à la mairie');
		expect((await getDb().planSync.get(['p1', `item:${item.id}`]))?.alsoEdited).toBeUndefined();
	});

	it('takes the other side’s linked values together when one alone breaks the record', async () => {
		// The other phone moved the decision from a step to a task: both fields travel together.
		await entry(`decision:${decision.id}`, {
			alsoEdited: { itemId: by(item.id), stepId: by(undefined) }
		});
		await takeOtherValue('p1', `decision:${decision.id}`, 'itemId');
		const row = await getDb().planDecisions.get(decision.id);
		expect(row?.itemId).toBe(item.id);
		expect(row).not.toHaveProperty('stepId');
		expect(
			(await getDb().planSync.get(['p1', `decision:${decision.id}`]))?.alsoEdited
		).toBeUndefined();
	});

	it('keeps a record deleted elsewhere, or deletes it after all', async () => {
		const mark = { deletedBy: { by: 'karim', at } };
		await entry(`item:${item.id}`, mark);
		await keepRecord('p1', `item:${item.id}`);
		expect((await getDb().planSync.get(['p1', `item:${item.id}`]))?.deletedBy).toBeUndefined();
		expect(await getDb().planItems.get(item.id)).toBeDefined();
		await entry(`item:${item.id}`, mark);
		await deleteRecord('p1', `item:${item.id}`);
		expect(await getDb().planItems.get(item.id)).toBeUndefined();
	});
});
