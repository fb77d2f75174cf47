// The names shown with posts come from the accounts' profiles (`profile:<name>`, written by the
// server), against the real embedded server: every device keeps every profile whatever part of
// the forum it follows, a new name arrives through the live pull, and a device that synced before
// profiles existed downloads them once.
import { describe, expect, it } from 'vitest';
import { jsonHeaders, logIn } from '../../../couchdb/server/test-helpers';
import { makeReply, makeThread } from './post-factory';
import { loadDisplayNames } from './queries';
import {
	device,
	engineFor,
	freshServer,
	localIds,
	seedDocs,
	useSyncTestKit,
	waitFor
} from './sync-engine.test-kit';
import { everything } from './sync-scope';

useSyncTestKit();

/** Signs `name` up with a display name, as the sign-up form does; returns a session cookie. */
async function signUp(url: string, name: string, displayName: string): Promise<string> {
	const password = `pass-${name}-2026`;
	const response = await fetch(`${url}/db/_users/org.couchdb.user:${name}`, {
		method: 'PUT',
		headers: jsonHeaders,
		body: JSON.stringify({ name, password, roles: [], type: 'user', displayName })
	});
	expect(response.status).toBe(201);
	return logIn(url, name, password);
}

/** Changes the account's display name, as the settings page does. */
async function rename(url: string, name: string, cookie: string, displayName: string) {
	const path = `${url}/db/_users/org.couchdb.user:${name}`;
	const own = await fetch(path, { headers: { ...jsonHeaders, cookie } }).then((r) => r.json());
	const response = await fetch(path, {
		method: 'PUT',
		headers: { ...jsonHeaders, cookie },
		body: JSON.stringify({ ...own, displayName })
	});
	expect(response.status).toBe(201);
}

const profileRequests = (urls: string[]) =>
	urls.filter((url) => decodeURIComponent(url).includes('"profile:"'));
const threadRequests = (urls: string[]) =>
	urls.filter((url) => decodeURIComponent(url).includes('"thread:"'));

describe('profiles: the names shown with posts', () => {
	it('are all kept, whatever the scope, and a new name arrives through the live pull', async () => {
		const server = await freshServer();
		const alice = await signUp(server.url, 'alice', 'Alice · Ciné-club');
		await signUp(server.url, 'bob', 'Bob');
		const elsewhere = makeThread('alice', { category: 'choisir-un-outil' });
		await seedDocs(server, [elsewhere, makeReply('bob', elsewhere._id)]);
		const dev = device('names', server.url);
		const engine = engineFor(dev, { scope: { categories: ['aide-technique'], windowMonths: 1 } });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		// Alice's thread is in a category this device does not follow; her name is here anyway.
		expect(await localIds(dev.local)).toEqual(['profile:alice', 'profile:bob']);
		const names = await loadDisplayNames(dev.local, ['alice', 'bob', 'nobody']);
		expect(Object.fromEntries(names)).toEqual({ alice: 'Alice · Ciné-club', bob: 'Bob' });

		await rename(server.url, 'alice', alice, 'Alice · Ciné-club du Vercors');
		await waitFor(
			async () =>
				(await loadDisplayNames(dev.local, ['alice'])).get('alice') ===
				'Alice · Ciné-club du Vercors'
		);
		await signUp(server.url, 'chloe', 'Chloé');
		await waitFor(async () => (await loadDisplayNames(dev.local, ['chloe'])).has('chloe'));
	});

	it('are downloaded once by a device that synced before profiles existed', async () => {
		const server = await freshServer();
		await signUp(server.url, 'alice', 'Alice');
		await seedDocs(server, [makeThread('alice')]);
		const dev = device('before-profiles', server.url);
		const requests: string[] = [];
		const fetchLogged: typeof fetch = (input, init) => {
			requests.push(String(input));
			return dev.fetch(input, init);
		};
		// That device's checkpoint: the whole forum held, its live pull past the profile, whose
		// change its filter of then had left out (and no thread, as if they had been read before).
		const { update_seq } = (await fetch(`${server.url}/db/forum`).then((r) => r.json())) as {
			update_seq: number;
		};
		await dev.local.put({ _id: '_local/forum-sync', pullSeq: update_seq, scope: everything });
		const engine = engineFor(dev, { fetch: fetchLogged });
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		expect(await localIds(dev.local)).toEqual(['profile:alice']);
		expect(profileRequests(requests)).toHaveLength(1);
		// The forum itself is not downloaded again: the device held it already.
		expect(threadRequests(requests)).toEqual([]);

		engine.stop();
		requests.length = 0;
		const again = engineFor(dev, { fetch: fetchLogged });
		again.start();
		await waitFor(() => again.status.state === 'uptodate');
		expect(profileRequests(requests)).toEqual([]);
		expect(await dev.local.get('_local/forum-sync')).toMatchObject({ profiles: true });
	});
});
