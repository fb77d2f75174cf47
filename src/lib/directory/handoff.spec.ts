import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PasserelleDatabase } from '$lib/db/database';
import { handedOverIndex, isHandedOver, offerHandoff } from './handoff';
import { prepareHandoff } from './handoff-prepare';
import { generateProviders, makeProvider } from './provider-factory';
import { buildSearchIndex, searchIndexFromData, type SearchQuery } from './search-index';

let db: PasserelleDatabase | undefined;
afterEach(async () => {
	db?.close();
	if (db) await Dexie.delete(db.name);
});

/** Rows `isHandedOver` accepts, typed as providers (fails the test otherwise). */
function accepted(rows: Awaited<ReturnType<typeof storeAndRead>>) {
	if (!isHandedOver(rows)) throw new Error('The rows read back were not accepted');
	return rows;
}

/** The providers as the page reads them back from IndexedDB. */
async function storeAndRead(providers: ReturnType<typeof generateProviders>) {
	db = new PasserelleDatabase(`handoff-test-${Math.random()}`);
	await db.providers.bulkAdd(structuredClone(providers));
	return db.providers.toArray();
}

const queries: SearchQuery[] = [
	{},
	{ text: 'nextclod' },
	{ text: 'asso', sort: 'name' },
	{ filters: { regions: ['bretagne', 'occitanie'] }, sort: 'region' },
	{ filters: { supportKinds: ['training'] }, sort: 'region', nearRegion: 'bretagne' }
];

describe('directory handoff', () => {
	it('accepts the rows IndexedDB gives back, in its key order, and their index answers alike', async () => {
		// Ids whose order differs between code units and French collation: IndexedDB's is the former.
		const odd = ['Zeta', 'alpha', 'b-10', 'b-2', 'é-coop', 'e-coop'].map((id) =>
			makeProvider({ id, slug: id.toLowerCase().replace('é', 'e2') })
		);
		const providers = [...generateProviders(40, 3), ...odd];
		offerHandoff(structuredClone(prepareHandoff(providers)));
		const rows = accepted(await storeAndRead(providers));

		const prepared = handedOverIndex(rows);
		if (!prepared) throw new Error('No index handed over');
		const fromWorker = searchIndexFromData(rows, prepared);
		const built = buildSearchIndex(rows);
		for (const query of queries) expect(fromWorker.search(query)).toEqual(built.search(query));
	});

	it('refuses rows that differ in any way from what was checked', async () => {
		const providers = generateProviders(10, 4);
		offerHandoff(prepareHandoff(providers));
		const rows = await storeAndRead(providers);
		const changed = rows.map((row, i) =>
			i === 3 ? { ...row, name: `${String(row.name)} ` } : row
		);
		expect(isHandedOver(changed)).toBe(false);
		expect(isHandedOver(rows.slice(1))).toBe(false);
		expect(isHandedOver(rows)).toBe(true);
	});

	it('hands over an index only for the very list it accepted', async () => {
		const providers = generateProviders(5, 5);
		offerHandoff(prepareHandoff(providers));
		const rows = accepted(await storeAndRead(providers));
		expect(handedOverIndex(rows)).toBeDefined();
		expect(handedOverIndex([...rows])).toBeUndefined();
	});
});
