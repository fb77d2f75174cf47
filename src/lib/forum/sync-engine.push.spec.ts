// The push of the outbox against the real embedded server: posts written offline go out once
// online, in requests the gateway accepts; a refused post stays with the server's reason; a
// failed push is retried on its own; a gone session keeps the posts until the next log-in.
import { describe, expect, it } from 'vitest';
import { signUpAndLogIn } from '../../../couchdb/server/test-helpers';
import { pendingIds } from './outbox';
import { makeThread } from './post-factory';
import { createReply, discardPost, editPost } from './posts';
import {
	device,
	engineFor,
	useServer,
	useSyncTestKit,
	waitFor,
	writeThread
} from './sync-engine.test-kit';

useSyncTestKit();

describe('outbox: push', () => {
	const sharedServer = useServer();

	it('sends a post written offline once online, then clears it', async () => {
		const server = sharedServer();
		let online = false;
		const cookie = await signUpAndLogIn(server.url, 'ines');
		const dev = device('ines', server.url, { cookie });
		const engine = engineFor(dev, { isOnline: () => online });
		engine.start();
		expect(engine.status.state).toBe('offline');
		const thread = await writeThread(
			dev,
			engine,
			{ name: 'ines', displayName: 'Inès' },
			{ category: 'choisir-un-outil', title: 'Écrit dans le train', body: 'Sans réseau.' }
		);
		expect(pendingIds(await engine.outbox.load())).toEqual([thread._id]);
		online = true;
		engine.goOnline();
		await waitFor(async () => pendingIds(await engine.outbox.load()).length === 0);
		const stored = await fetch(`${server.url}/db/forum/${thread._id}`).then((r) => r.json());
		expect(stored).toMatchObject({ title: 'Écrit dans le train', author: 'ines' });
	});

	it('sends a long offline queue in requests the gateway accepts (≤ 100 posts each)', async () => {
		const server = sharedServer();
		let online = false;
		const cookie = await signUpAndLogIn(server.url, 'lucie');
		const dev = device('lucie', server.url, { cookie });
		const sizes: number[] = [];
		const engine = engineFor(dev, {
			isOnline: () => online,
			fetch: async (input, init) => {
				if (String(input).endsWith('/_bulk_docs')) {
					sizes.push((JSON.parse(String(init?.body)) as { docs: unknown[] }).docs.length);
				}
				return dev.fetch(input, init);
			}
		});
		engine.start();
		const author = { name: 'lucie', displayName: 'Lucie' };
		for (let i = 0; i < 230; i++) {
			await writeThread(dev, engine, author, {
				title: `Question ${i} écrite hors ligne`,
				body: 'x'.repeat(i % 10 === 0 ? 15_000 : 200)
			});
		}
		online = true;
		engine.goOnline();
		await waitFor(async () => pendingIds(await engine.outbox.load()).length === 0, 60_000);
		expect(sizes.length).toBeGreaterThanOrEqual(3);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
		expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(230);
	});

	it('keeps a refused post with the server’s reason, editable and discardable', async () => {
		const server = sharedServer();
		const cookie = await signUpAndLogIn(server.url, 'jules');
		const dev = device('jules', server.url, { cookie });
		const outcomes: { sessionExpired: boolean }[] = [];
		const engine = engineFor(dev, {
			onOutbox: (_o, sessionExpired) => outcomes.push({ sessionExpired })
		});
		const writer = { db: dev.local, outbox: engine.outbox };
		// Written under another account on this shared device: the server refuses the author.
		const forged = await createReply(
			writer,
			{ name: 'karim', displayName: 'Karim' },
			makeThread('x')._id,
			'Bonjour'
		);
		await engine.push();
		const entry = (await engine.outbox.load())[forged._id];
		expect(entry).toMatchObject({ state: 'rejected', reason: 'author must be the logged-in user' });
		expect((await dev.local.get(forged._id)).body).toBe('Bonjour'); // nothing lost
		await engine.push(); // a rejected post is not resent on its own
		expect((await engine.outbox.load())[forged._id]?.state).toBe('rejected');
		await editPost(writer, forged._id, { body: 'Bonjour, corrigé' });
		expect((await engine.outbox.load())[forged._id]?.state).toBe('pending');
		await discardPost(writer, forged._id);
		expect(await engine.outbox.load()).toEqual({});
		await expect(dev.local.get(forged._id)).rejects.toMatchObject({ status: 404 });
		expect(outcomes.every((o) => !o.sessionExpired)).toBe(true);
	});

	it('a push that fails (network, then a proxy’s 502) is tried again on its own and says why', async () => {
		const server = sharedServer();
		const cookie = await signUpAndLogIn(server.url, 'rose');
		const dev = device('rose', server.url, { cookie });
		const failures: string[] = [];
		let pushes = 0;
		const engine = engineFor(dev, {
			fetch: async (input, init) => {
				if (String(input).endsWith('/_bulk_docs') && ++pushes <= 2) {
					if (pushes === 1) throw new TypeError('Failed to fetch');
					return new Response('<html>Bad gateway</html>', { status: 502 });
				}
				return dev.fetch(input, init);
			},
			onStatus: ({ pushFailure }) => {
				if (pushFailure && failures.at(-1) !== pushFailure.detail)
					failures.push(pushFailure.detail);
			}
		});
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		const thread = await writeThread(
			dev,
			engine,
			{ name: 'rose', displayName: 'Rose' },
			{ title: 'Réseau capricieux', body: 'Parti ?' }
		);
		void engine.push(); // as the app does after a write; nothing else is called after this
		await waitFor(async () => pendingIds(await engine.outbox.load()).length === 0);
		expect(pushes).toBe(3);
		expect(failures).toEqual(['TypeError: Failed to fetch', 'HTTP 502']);
		expect(engine.status.pushFailure).toBeUndefined();
		const stored = await fetch(`${server.url}/db/forum/${thread._id}`);
		expect(stored.status).toBe(200);
	});

	it('keeps posts queued when the session expired, and sends them after logging in again', async () => {
		const server = sharedServer();
		const cookie = await signUpAndLogIn(server.url, 'lou');
		const session = { cookie: 'AuthSession=expired' };
		const dev = device('lou', server.url, session);
		let expired = false;
		const engine = engineFor(dev, {
			onOutbox: (_o, sessionExpired) => (expired ||= sessionExpired)
		});
		const thread = await writeThread(
			dev,
			engine,
			{ name: 'lou', displayName: 'Lou' },
			{ title: 'Session expirée', body: 'Toujours là ?' }
		);
		await engine.push();
		expect(expired).toBe(true);
		// The gateway refuses a write without a session before the database sees it.
		expect(engine.status.pushFailure).toEqual({
			kind: 'session',
			detail: expect.stringMatching(/log in to write/i)
		});
		expect(pendingIds(await engine.outbox.load())).toEqual([thread._id]);
		session.cookie = cookie; // logged in again
		await engine.push();
		expect(await engine.outbox.load()).toEqual({});
		expect(engine.status.pushFailure).toBeUndefined();
	});
});
