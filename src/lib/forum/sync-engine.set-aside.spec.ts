// Server documents this device cannot keep (set-aside.ts), against the real embedded server
// holding poisoned documents written before a rule existed: none of them stops a sync; each is
// named in the set-aside list; a new app version looks again at what an older one refused.
import { describe, expect, it } from 'vitest';
import { insertAsAdmin } from '../../../couchdb/server/test-helpers';
import { makePoisonedDocs, makeReply, makeThread } from './post-factory';
import type { PouchDoc } from './pouch-types';
import { checkServerDoc, type SetAsideList } from './set-aside';
import type { SyncEngineOptions, SyncState } from './sync-engine';
import {
	device,
	engineFor,
	freshServer,
	idsOf,
	localIds,
	seedDocs,
	useSyncTestKit,
	waitFor,
	type Device
} from './sync-engine.test-kit';
import type { SyncScope } from './sync-scope';

useSyncTestKit();

describe('documents this device cannot keep', () => {
	/** A fresh server with two threads (a reply each) and one poisoned document of each kind. */
	async function poisonedServer() {
		const server = await freshServer();
		const threads = [makeThread('seeder'), makeThread('seeder', { title: 'Deuxième sujet' })];
		const good = [...threads, ...threads.map((thread) => makeReply('seeder', thread._id))];
		await seedDocs(server, good);
		const poison = makePoisonedDocs('mallory', threads[0]?._id ?? '');
		await insertAsAdmin(server, 'forum', Object.values(poison), { withoutRules: true });
		return { server, good, poison };
	}

	/** A device's engine, with every set-aside list and sync state it reported. */
	function watchedEngine(dev: Device, options: Partial<SyncEngineOptions> = {}) {
		const lists: SetAsideList[] = [];
		const states: SyncState[] = [];
		const engine = engineFor(dev, {
			onSetAside: (list) => lists.push(list),
			onStatus: (status) => states.push(status.state),
			...options
		});
		const reasons = () =>
			Object.fromEntries((lists.at(-1)?.entries ?? []).map((entry) => [entry.id, entry.reason]));
		return { engine, lists, states, reasons };
	}

	it('the first sync keeps every other document and names each one it set aside', async () => {
		const { server, good, poison } = await poisonedServer();
		const dev = device('poisoned', server.url);
		const { engine, lists, states, reasons } = watchedEngine(dev, { initialBatchSize: 2 });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		expect(states).not.toContain('error');
		expect(await localIds(dev.local)).toEqual(idsOf(good));
		expect(reasons()).toEqual({
			[poison.attachment._id]: 'attachment',
			[poison.wrongType._id]: 'invalid',
			[poison.oversized._id]: 'tooLarge',
			[poison.unknownFields._id]: 'unknownFields'
		});
		expect(lists.at(-1)?.entries.find((e) => e.id === poison.unknownFields._id)?.detail).toMatch(
			/tracker/
		);
	});

	it('a document the local database refuses is set aside, and the rest of its page is written', async () => {
		const { server, good, poison } = await poisonedServer();
		const dev = device('refused', server.url);
		// Checks nothing: the attachment stub reaches PouchDB, which refuses the whole batch.
		const { engine, reasons } = watchedEngine(dev, { checkDocument: () => undefined });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		const { attachment, ...others } = poison;
		expect(await localIds(dev.local)).toEqual(idsOf([...good, ...Object.values(others)]));
		expect(reasons()).toEqual({ [attachment._id]: 'notStored' });
	});

	it('the live pull skips and records what it cannot keep, and goes on', async () => {
		const server = await freshServer();
		const thread = makeThread('seeder');
		await seedDocs(server, [thread]);
		const dev = device('live-poison', server.url);
		const { engine, states, reasons } = watchedEngine(dev);
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		const poison = makePoisonedDocs('mallory', thread._id);
		await insertAsAdmin(server, 'forum', Object.values(poison), { withoutRules: true });
		const after = makeReply('seeder', thread._id, { body: 'Arrivée après les autres.' });
		await seedDocs(server, [after]);
		await waitFor(async () => (await localIds(dev.local)).includes(after._id));
		await waitFor(() => Object.keys(reasons()).length === 4);
		expect(await localIds(dev.local)).toEqual(idsOf([thread, after]));
		expect(reasons()).toEqual({
			[poison.attachment._id]: 'attachment',
			[poison.wrongType._id]: 'invalid',
			[poison.oversized._id]: 'tooLarge',
			[poison.unknownFields._id]: 'unknownFields'
		});
		expect(states).not.toContain('error');
	});

	it('a thread fetched on demand keeps its valid replies and sets aside the rest', async () => {
		const { server, good, poison } = await poisonedServer();
		const dev = device('on-demand', server.url);
		// This device does not follow technical help, where every test thread is.
		const scope: SyncScope = { categories: ['besoins-a-mutualiser'], windowMonths: 12 };
		const { engine, reasons } = watchedEngine(dev, { scope });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		expect(await localIds(dev.local)).toEqual([]);
		const [thread, , reply] = good;
		expect(await engine.fetchThread(thread?._id ?? '')).toBe('fetched');
		expect(await localIds(dev.local)).toEqual(idsOf([thread, reply].flatMap((d) => d ?? [])));
		expect(reasons()).toEqual({ [poison.oversized._id]: 'tooLarge' });
		expect(await engine.fetchThread(poison.attachment._id)).toBe('setAside');
		expect(await engine.fetchThread(makeThread('nobody')._id)).toBe('missing');
		expect(reasons()[poison.attachment._id]).toBe('attachment');
		expect(await localIds(dev.local)).not.toContain(poison.attachment._id);
	});

	it('a new app version fetches again what an older one set aside', async () => {
		const server = await freshServer();
		const refusedByV1 = makeThread('seeder', { title: 'Refusé par la version 1' });
		await seedDocs(server, [makeThread('seeder'), refusedByV1]);
		const dev = device('update', server.url);
		// Version 1 had a stricter rule than today's schema.
		const v1Rule = (doc: PouchDoc) =>
			doc.title === refusedByV1.title
				? { reason: 'invalid' as const, detail: 'title: refused by v1' }
				: checkServerDoc(doc);
		for (const run of [1, 2]) {
			const v1 = watchedEngine(dev, { appVersion: '1', checkDocument: v1Rule });
			v1.engine.start();
			await waitFor(() => v1.engine.status.state === 'uptodate');
			expect(v1.reasons(), `run ${run}`).toEqual({ [refusedByV1._id]: 'invalid' });
			expect(await localIds(dev.local)).not.toContain(refusedByV1._id);
			v1.engine.stop();
		}
		const v2 = watchedEngine(dev, { appVersion: '2' });
		v2.engine.start();
		await waitFor(() => v2.engine.status.state === 'uptodate');
		expect(await localIds(dev.local)).toContain(refusedByV1._id);
		expect(v2.lists.at(-1)).toEqual({ version: '2', entries: [] });
	});
});
