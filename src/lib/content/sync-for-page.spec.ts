import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PasserelleDatabase } from '$lib/db/database';
import { handedOverIndex, isHandedOver, offerHandoff } from '$lib/directory/handoff';
import { buildSearchIndex, searchIndexFromData } from '$lib/directory/search-index';
import type { SyncWorkerMessage } from './sync-protocol';
import { syncForPage } from './sync-for-page';

/** The shipped content, served as the app's server does (query strings ignored). */
function serveShipped(overrides: Record<string, string> = {}): typeof fetch {
	return async (input) => {
		const name = String(input)
			.replace(/^\/data\//, '')
			.replace(/\?.*$/, '');
		const body = overrides[name] ?? (await readFile(`static/data/${name}`, 'utf8'));
		return new Response(body);
	};
}

let db: PasserelleDatabase;
const realFetch = globalThis.fetch;
beforeEach(() => {
	db = new PasserelleDatabase(`sync-for-page-${Math.random()}`);
});
afterEach(async () => {
	globalThis.fetch = realFetch;
	db.close();
	await Dexie.delete(db.name);
});

/** One request as the worker serves it; the messages it posted, in order. */
async function request(force = false): Promise<SyncWorkerMessage[]> {
	const messages: SyncWorkerMessage[] = [];
	await syncForPage(db, { force }, (message) => messages.push(structuredClone(message)));
	return messages;
}

describe('the content worker', () => {
	it('hands the page the directory it stored, indexed, before saying the sync is over', async () => {
		globalThis.fetch = serveShipped();
		const messages = await request();
		expect(messages.map((message) => message.kind)).toEqual(['directory', 'result']);
		expect(messages[1]).toMatchObject({ kind: 'result', result: { status: 'updated' } });
		const [first] = messages;
		if (first?.kind !== 'directory') throw new Error('No directory handed over');

		offerHandoff(first.handoff);
		const rows = await db.providers.toArray();
		if (!isHandedOver(rows)) throw new Error('The stored providers are not the ones checked');
		const prepared = handedOverIndex(rows);
		if (!prepared) throw new Error('No index for the stored providers');
		const index = searchIndexFromData(rows, prepared);
		const built = buildSearchIndex(rows);
		for (const query of [{ text: 'nextcloud' }, { text: 'breta', sort: 'name' as const }]) {
			expect(index.search(query)).toEqual(built.search(query));
		}
	});

	it('reports an unchanged version and a refusal alone, with no directory', async () => {
		globalThis.fetch = serveShipped();
		await request();
		expect(await request()).toEqual([
			{ kind: 'result', result: { status: 'unchanged', version: expect.any(String) } }
		]);

		globalThis.fetch = serveShipped({ 'manifest.json': '{"schemaVersion": 1, "vers' });
		expect(await request(true)).toEqual([
			{
				kind: 'result',
				result: { status: 'refused', problem: 'manifest-invalid', detail: 'not valid JSON' }
			}
		]);
	});

	it('reports a storage failure as the page does, instead of dying', async () => {
		globalThis.fetch = serveShipped();
		db.close();
		await Dexie.delete(db.name);
		db = new PasserelleDatabase(db.name, { autoOpen: false });
		const [message, ...rest] = await request();
		expect(rest).toEqual([]);
		expect(message).toMatchObject({ kind: 'result', result: { problem: 'storage-failed' } });
	});
});
