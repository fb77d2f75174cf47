// Where the live pull starts: from the engine's checkpoint (`since`), never from the server's
// first change. PouchDB ignores `since` with `checkpoint: false` (#6916, #9032); this test
// watches every `_changes` request the replicator sends.
import { describe, expect, it } from 'vitest';
import { makeThread } from './post-factory';
import {
	device,
	engineFor,
	forumIds,
	localIds,
	seed,
	seedDocs,
	serverIds,
	useServer,
	useSyncTestKit,
	waitFor
} from './sync-engine.test-kit';

useSyncTestKit();

/** The `since` of every `_changes` request among `urls`. */
function changesSince(urls: string[]): number[] {
	return urls
		.filter((url) => url.includes('/_changes'))
		.map((url) => Number.parseInt(new URL(url).searchParams.get('since') ?? '0', 10));
}

describe('live pull: since', () => {
	const sharedServer = useServer();

	it('never rereads the server’s changes from the start, after the first sync or a restart', async () => {
		const server = sharedServer();
		await seed(server, 50, 'history');
		const dev = device('since', server.url);
		const first = engineFor(dev);
		first.start();
		await waitFor(() => first.status.state === 'uptodate');
		const seqAfterFirstSync = (await (await fetch(`${server.url}/db/forum`)).json()) as {
			update_seq: number;
		};
		// The first sync loads documents in bulk; its live pull starts where that load began.
		expect(changesSince(dev.pullRequests).length).toBeGreaterThan(0);
		expect(Math.min(...changesSince(dev.pullRequests))).toBeGreaterThan(0);
		first.stop();
		dev.pullRequests.length = 0;
		await seed(server, 1, 'while-away');
		const second = engineFor(dev);
		second.start();
		await waitFor(() => second.status.state === 'uptodate');
		expect(Math.min(...changesSince(dev.pullRequests))).toBeGreaterThanOrEqual(
			seqAfterFirstSync.update_seq
		);
		expect(await forumIds(dev.local)).toEqual(await serverIds(server));
	});

	it('resumes from a checkpoint written before scopes existed, without a bulk load', async () => {
		const server = sharedServer();
		await seed(server, 5, 'before-scopes');
		const { update_seq } = (await (await fetch(`${server.url}/db/forum`)).json()) as {
			update_seq: number;
		};
		const dev = device('legacy', server.url);
		// This device held the whole forum up to `update_seq` (its documents are not needed here).
		await dev.local.put({ _id: '_local/forum-sync', pullSeq: update_seq, initialDone: true });
		const bulkPages: string[] = [];
		const engine = engineFor(dev, {
			fetch: (input, init) => {
				if (String(input).includes('/_all_docs?') && !init?.method) bulkPages.push(String(input));
				return dev.fetch(input, init);
			}
		});
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		const after = makeThread('after-scopes');
		await seedDocs(server, [after]);
		await waitFor(async () => (await localIds(dev.local)).includes(after._id));
		expect(await localIds(dev.local)).toEqual([after._id]);
		// No post is loaded again; only the profiles, once (that device's live pull had left them out).
		const postPages = bulkPages.filter((url) => !decodeURIComponent(url).includes('"profile:"'));
		expect(postPages).toEqual([]);
		expect(Math.min(...changesSince(dev.pullRequests))).toBeGreaterThanOrEqual(update_seq);
	});
});
