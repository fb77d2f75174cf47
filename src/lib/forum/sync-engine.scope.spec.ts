// The part of the forum a device keeps (sync-scope.ts), against the real embedded server: the
// bulk load and the live pull keep followed, recently active threads with their replies; a new
// reply brings a dormant thread back; a wider scope downloads what it adds, exactly once.
import { describe, expect, it } from 'vitest';
import type { Thread } from '$lib/schemas/forum';
import { newReplyId, newThreadId } from './ids';
import { makeReply, makeThread } from './post-factory';
import {
	device,
	engineFor,
	forumIds,
	freshServer,
	hasAllOf,
	localIds,
	seedDocs,
	serverIds,
	useSyncTestKit,
	waitFor
} from './sync-engine.test-kit';
import { everything, type SyncScope } from './sync-scope';

useSyncTestKit();

describe('scope: followed categories and a window of recent activity', () => {
	const day = 24 * 3600 * 1000;
	/** A thread (and its replies) dated `daysAgo`, with ids from the same time, as the app makes. */
	function history(category: Thread['category'], daysAgo: number, replyDaysAgo: number[] = []) {
		const at = (days: number) => Date.now() - days * day;
		const iso = (days: number) => new Date(at(days)).toISOString();
		const thread = makeThread('seeder', {
			_id: newThreadId(at(daysAgo)),
			category,
			createdAt: iso(daysAgo),
			updatedAt: iso(daysAgo)
		});
		const replies = replyDaysAgo.map((days) =>
			makeReply('seeder', thread._id, {
				_id: newReplyId(thread._id, at(days)),
				createdAt: iso(days),
				updatedAt: iso(days)
			})
		);
		return { thread, replies, ids: [thread._id, ...replies.map((reply) => reply._id)] };
	}
	const scope: SyncScope = {
		categories: ['aide-technique', 'besoins-a-mutualiser'],
		windowMonths: 12
	};

	it('keeps followed, recently active threads with their replies, then catches up when widened', async () => {
		const server = await freshServer();
		const recent = history('aide-technique', 10, [9, 8]);
		const otherCategory = history('choisir-un-outil', 10, [9]);
		const dormant = history('aide-technique', 800, [799]);
		const revived = history('besoins-a-mutualiser', 700, [699, 5]);
		await seedDocs(
			server,
			[recent, otherCategory, dormant, revived].flatMap((h) => [h.thread, ...h.replies])
		);
		const dev = device('scope', server.url);
		const engine = engineFor(dev, { scope, initialBatchSize: 2 });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		const localIdsNow = () => localIds(dev.local);
		expect(await localIdsNow()).toEqual([...recent.ids, ...revived.ids].sort());

		// Live: a new thread in a category not followed stays on the server; a new reply to a
		// dormant thread brings that thread and all its replies.
		const unfollowedNew = history('choisir-un-outil', 0);
		const wakeUp = makeReply('seeder', dormant.thread._id);
		await seedDocs(server, [unfollowedNew.thread, wakeUp]);
		await waitFor(async () => (await localIdsNow()).includes(dormant.thread._id));
		await waitFor(async () => (await localIdsNow()).length === 9);
		expect(await localIdsNow()).toEqual(
			[...recent.ids, ...revived.ids, ...dormant.ids, wakeUp._id].sort()
		);

		// Following everything downloads what was left out, exactly once.
		engine.setScope(everything);
		await waitFor(() => hasAllOf(dev, server));
		await waitFor(() => engine.status.state === 'uptodate');
		expect(await forumIds(dev.local)).toEqual(await serverIds(server));
	});
});
