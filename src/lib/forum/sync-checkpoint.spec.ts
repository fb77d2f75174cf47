import { describe, expect, it } from 'vitest';
import { PouchDB } from './node-pouchdb';
import type { PouchDatabase } from './pouch-types';
import { CheckpointStore, parseCheckpoint, seqNumber } from './sync-checkpoint';
import { everything } from './sync-scope';

describe('sync checkpoint', () => {
	it('reads today’s format', () => {
		const scope = { categories: ['aide-technique'], windowMonths: 12 };
		expect(
			parseCheckpoint({ pullSeq: '12-g1AAA', scope, load: { afterReply: 'reply:a:b' } })
		).toEqual({ pullSeq: '12-g1AAA', scope, load: { afterReply: 'reply:a:b' } });
	});

	it('reads a checkpoint written before scopes: a finished sync held the whole forum', () => {
		expect(parseCheckpoint({ pullSeq: 40, initialDone: true })).toEqual({
			pullSeq: 40,
			scope: everything,
			load: undefined
		});
		// A first sync under way then: the load starts again, the live pull from where it was.
		expect(parseCheckpoint({ pullSeq: 40, initialDone: false })).toEqual({
			pullSeq: 40,
			scope: undefined,
			load: {}
		});
	});

	it('ignores what it cannot read (the sync starts over rather than failing)', () => {
		expect(parseCheckpoint({ pullSeq: {}, scope: { categories: 'x' }, load: 'x' })).toEqual({
			pullSeq: undefined,
			scope: undefined,
			load: undefined
		});
	});

	it('takes the number of a CouchDB 3 sequence', () => {
		expect(seqNumber('123-g1AAAAFTeJzLYWBg')).toBe(123);
		expect(seqNumber(7)).toBe(7);
		expect(seqNumber(undefined)).toBe(0);
		expect(seqNumber('garbage')).toBe(0);
	});

	it('keeps saving the position after a write failed (storage full for a moment)', async () => {
		const db = new PouchDB(`checkpoint-${Math.random()}`, { adapter: 'memory' });
		let failures = 1;
		const store = new CheckpointStore({
			get: (id) => db.get(id),
			put: (doc) => (failures-- > 0 ? Promise.reject(new Error('QuotaExceededError')) : db.put(doc))
		} satisfies Pick<PouchDatabase, 'get' | 'put'>);
		await store.write({ pullSeq: 1 });
		await store.write({ pullSeq: 2 });
		expect(await store.read()).toMatchObject({ pullSeq: 2 });
		await db.destroy();
	});
});
