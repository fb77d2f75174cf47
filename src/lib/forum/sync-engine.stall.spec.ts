// The watchdog, through a test proxy that misbehaves as a dead mobile connection does: a
// long-poll that never answers (PouchDB #8462, #9063), then a server that answers nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProxy, type TestProxy } from '../../../couchdb/server/test-proxy';
import {
	device,
	engineFor,
	hasAllOf,
	seed,
	useServer,
	useSyncTestKit,
	waitFor
} from './sync-engine.test-kit';

useSyncTestKit();

describe('live pull: stall watchdog', () => {
	const sharedServer = useServer();
	let proxy: TestProxy;
	beforeAll(async () => {
		proxy = await startTestProxy(sharedServer().url);
	});
	afterAll(async () => {
		await proxy.close();
	});

	it('detects a hanging long-poll and restarts within the stall timeout', async () => {
		const server = sharedServer();
		const dev = device('stall', proxy.url);
		const engine = engineFor(dev, { stallTimeoutMs: 1_500 });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		await waitFor(() => proxy.openLongPolls > 0); // the live pull waits for the next change
		proxy.freezeChanges = true;
		await seed(server, 1, 'late');
		await waitFor(() => proxy.swallowed > 0);
		proxy.freezeChanges = false; // new requests work again; the open one stays dead
		// The swallowed answer never arrives: only a restart by the watchdog brings the new document
		// (the default stall timeout, 45 s, would outlast waitFor's 15 s).
		await waitFor(() => hasAllOf(dev, server));
		expect(engine.stallRestarts).toBeGreaterThanOrEqual(1);
	});

	it('reports an error when the server stops answering, and recovers', async () => {
		const server = sharedServer();
		const dev = device('hang', proxy.url);
		const engine = engineFor(dev, { stallTimeoutMs: 1_500, probeTimeoutMs: 500 });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		proxy.hangAll = true;
		await waitFor(() => engine.status.state === 'error');
		// Said as what happened, not as the browser's error (the detail is kept for /compte).
		expect(engine.status.failure).toMatchObject({ kind: 'unreachable', detail: /Timeout/ });
		proxy.hangAll = false;
		await seed(server, 1, 'after');
		await waitFor(() => hasAllOf(dev, server));
		await waitFor(() => engine.status.state === 'uptodate');
	});
});
