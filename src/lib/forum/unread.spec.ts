import { describe, expect, it } from 'vitest';
import { newReplyId, newThreadId } from './ids';
import { PouchDB } from './node-pouchdb';
import { makeReply, makeThread } from './post-factory';
import {
	isUnread,
	listThreadSummaries,
	loadReadState,
	markThreadRead,
	startReadingSince
} from './queries';

const day = 24 * 60 * 60 * 1000;
const start = Date.parse('2026-11-01T10:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();

/** A forum as a device receives it: two old threads, then one written after it came. */
async function forumWithHistory() {
	const db = new PouchDB(`unread-${Math.random()}`);
	const old = makeThread('sacha', {
		_id: newThreadId(start - 3 * day),
		updatedAt: at(start - 3 * day)
	});
	const mine = makeThread('camille', {
		_id: newThreadId(start - 2 * day),
		updatedAt: at(start - 2 * day)
	});
	const oldReply = makeReply('sacha', mine._id, { _id: newReplyId(mine._id, start - day) });
	await db.bulkDocs([old, mine, oldReply]);
	return { db, old, mine };
}

describe('« Nouveau » on the thread list', () => {
	it('marks nothing new on a first visit, the reader’s own threads included', async () => {
		const { db } = await forumWithHistory();
		await startReadingSince(db, start);
		const summaries = await listThreadSummaries(db, await loadReadState(db), 'camille');
		expect(summaries.map((summary) => summary.unread)).toEqual([false, false]);
	});

	it('marks what others write afterwards, until the thread is read', async () => {
		const { db, old, mine } = await forumWithHistory();
		await startReadingSince(db, start);
		await db.bulkDocs([
			makeReply('dominique', old._id, { _id: newReplyId(old._id, start + day) }),
			makeReply('dominique', mine._id, { _id: newReplyId(mine._id, start + day) })
		]);
		const unread = async () =>
			(await listThreadSummaries(db, await loadReadState(db), 'camille')).map((s) => s.unread);
		expect(await unread()).toEqual([true, true]);
		await markThreadRead(db, old._id, start + day);
		expect(await unread()).toEqual([false, true]);
		// Reading keeps the date the device came: it is set once, later starts leave it.
		await startReadingSince(db, start + 10 * day);
		expect((await loadReadState(db)).since).toBe(start);
	});

	it('counts the reader’s own thread by its replies only', () => {
		const read = { since: start };
		const ownThread = { author: 'camille', threadTime: start + day, lastReply: 0 };
		expect(isUnread(ownThread, read, 'camille')).toBe(false);
		expect(isUnread(ownThread, read, 'sacha')).toBe(true);
		expect(isUnread({ ...ownThread, lastReply: start + 2 * day }, read, 'camille')).toBe(true);
	});
});
