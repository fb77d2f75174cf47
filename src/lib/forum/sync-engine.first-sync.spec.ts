// The first sync (a bulk load from `_all_docs`) against the real embedded server: it resumes
// where it was cut, whether the server died or the network dropped one request.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../../../couchdb/server/test-helpers';
import {
	device,
	engineFor,
	forumIds,
	freshServer,
	onCleanup,
	seed,
	serverIds,
	useSyncTestKit,
	waitFor
} from './sync-engine.test-kit';

useSyncTestKit();

describe('first sync', () => {
	it('resumes after the server is killed mid-sync and ends with exactly its documents', async () => {
		const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-kill-'));
		onCleanup(() => rm(dataDir, { recursive: true, force: true }));
		let server = await startServerProcess(dataDir);
		onCleanup(() => server.kill());
		await seed(server, 1_000);
		const dev = device('kill', server.url);
		const engine = engineFor(dev, { initialBatchSize: 100 });
		engine.start();
		await waitFor(() => (engine.status.loaded ?? 0) >= 200, 30_000);
		await server.kill(); // SIGKILL, mid-sync
		await waitFor(() => engine.status.state === 'error');
		expect(engine.status.loaded ?? 0).toBeLessThan(2_000);
		server = await startServerProcess(dataDir, server.port);
		onCleanup(() => server.kill());
		await waitFor(() => engine.status.state === 'uptodate', 30_000);
		const local = await forumIds(dev.local);
		expect(local).toEqual(await serverIds(server));
		expect(new Set(local).size).toBe(2_000);
	}, 60_000);

	it('a load cut among the replies resumes after the last reply it saved', async () => {
		const server = await freshServer();
		await seed(server, 120, 'resume');
		const dev = device('resume', server.url);
		const replyPages: URL[] = [];
		const engine = engineFor(dev, {
			initialBatchSize: 50,
			fetch: async (input, init) => {
				const url = new URL(String(input));
				if (
					url.pathname.endsWith('/_all_docs') &&
					url.searchParams.get('endkey')?.includes('reply:')
				) {
					replyPages.push(url);
					if (replyPages.length === 3) throw new TypeError('network cut');
				}
				return dev.fetch(input, init);
			}
		});
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		expect(await forumIds(dev.local)).toEqual(await serverIds(server));
		const startkeys = replyPages.map((url) => url.searchParams.get('startkey'));
		// The retry asks again for the page that failed, not for the replies from the start.
		expect(startkeys[3]).toBe(startkeys[2]);
		expect(startkeys[3]).not.toBe(JSON.stringify('reply:'));
	});
});
