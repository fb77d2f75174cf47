// The forum's record stays what its authors made it, over raw HTTP against the real server: an
// edited or deleted text cannot be read back by its old revision, and is gone from the database's
// files after compaction; a deleted post's id is not written again; the name shown with a post
// comes from its author's account (one per account up to case and accents, the team's names kept
// for the team), never from the post.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReply, makeThread } from '../../src/lib/forum/post-factory';
import {
	adminFetch,
	embeddedOnly,
	send,
	signUpAndLogIn,
	startTestServer,
	type Answer,
	type TestServer
} from '../server/test-helpers';

let server: TestServer;
let alice: string;
let bob: string;
const db = (path: string) => `${server.url}/db${path}`;

beforeAll(async () => {
	server = await startTestServer({ compactAfterMs: 20 });
	alice = await signUpAndLogIn(server.url, 'alice');
	bob = await signUpAndLogIn(server.url, 'bob');
});
afterAll(async () => {
	await server.stop();
});

/** Writes a post as `cookie`'s owner; returns it with its revision. */
async function post<T extends { _id: string }>(doc: T, cookie: string) {
	const answer = await send(db(`/forum/${encodeURIComponent(doc._id)}`), {
		method: 'PUT',
		headers: { cookie },
		body: doc
	});
	expect(answer.status).toBe(201);
	return { ...doc, _rev: String(answer.json?.rev) };
}

describe('old revisions', () => {
	it('are served as the latest, whatever the request names', async () => {
		const first = await post(makeThread('alice', { body: 'Mon numéro : 06 11 22 33 44' }), alice);
		const edited = await post({ ...first, body: 'Numéro retiré.' }, alice);
		const reads: Answer[] = [
			await send(db(`/forum/${first._id}?rev=${first._rev}`)),
			await send(db(`/forum/${first._id}?rev=${first._rev}&latest=false`)),
			await send(
				db(`/forum/${first._id}?open_revs=${encodeURIComponent(JSON.stringify([first._rev]))}`)
			),
			await send(db('/forum/_bulk_get?revs=true'), {
				method: 'POST',
				body: { docs: [{ id: first._id, rev: first._rev }] }
			})
		];
		for (const read of reads) {
			expect(read.text).not.toContain('06 11 22 33 44');
			expect(read.text).toContain('Numéro retiré.');
		}
		expect(edited._rev).not.toBe(first._rev);
	});
});

describe('deleted content', () => {
	const files = embeddedOnly(
		'reads its LevelDB files; on Apache CouchDB the gateway asks for the same compaction'
	);
	it.skipIf(files.skip)(
		files.title('is gone from the database’s files after the compaction that follows the deletion'),
		async () => {
			const secret = 'Code du portail : 4271-B';
			const compactions = () => server.backend.engine?.lastCompaction('forum');
			const thread = await post(makeThread('alice', { body: secret }), alice);
			const edited = await post({ ...thread, body: `${secret} (corrigé)` }, alice);
			// The edit is followed by a compaction (of its own, or one that began before it).
			const afterEdit = compactions()?.count ?? 0;
			await waitUntil(
				async () => (compactions()?.count ?? 0) > afterEdit && compactions()?.endedAt !== undefined
			);
			const before = compactions()?.count ?? 0;
			const deleted = await send(db(`/forum/${thread._id}?rev=${edited._rev}`), {
				method: 'DELETE',
				headers: { cookie: alice }
			});
			expect(deleted.status).toBe(200);
			// The gateway asks for a compaction a moment after the deletion is stored; wait for its end.
			await waitUntil(
				async () => (compactions()?.count ?? 0) > before && compactions()?.endedAt !== undefined
			);
			// The raw files of the database: no trace of either version.
			const folder = join(server.dataDir, 'databases', 'forum');
			for (const file of await readdir(folder)) {
				const bytes = await readFile(join(folder, file));
				expect(bytes.includes(Buffer.from('4271-B')), file).toBe(false);
			}
		}
	);
});

describe('a deleted post’s id', () => {
	it('is not written again, by another member or its author, alone or in a batch', async () => {
		const thread = await post(makeThread('alice'), alice);
		const reply = await post(makeReply('bob', thread._id), bob);
		await send(db(`/forum/${thread._id}?rev=${thread._rev}`), {
			method: 'DELETE',
			headers: { cookie: alice }
		});
		const takeover = { ...makeThread('bob', { body: 'Mon texte, vos réponses' }), _id: thread._id };
		const put = await send(db(`/forum/${thread._id}`), {
			method: 'PUT',
			headers: { cookie: bob },
			body: takeover
		});
		expect(put.status).toBe(403);
		expect(put.json?.reason).toMatch(/was deleted/);
		const other = makeThread('bob');
		const batch = await send(db('/forum/_bulk_docs'), {
			method: 'POST',
			headers: { cookie: bob },
			body: { docs: [takeover, other] }
		});
		expect(batch.status).toBe(201);
		expect(batch.json).toEqual([
			expect.objectContaining({ id: thread._id, error: 'forbidden' }),
			expect.objectContaining({ id: other._id, ok: true })
		]);
		// Replicated with a history of its own (new_edits: false), the same.
		const replicated = await send(db('/forum/_bulk_docs'), {
			method: 'POST',
			headers: { cookie: alice },
			body: {
				new_edits: false,
				docs: [
					{ ...makeThread('alice'), _id: thread._id, _rev: '1-0123456789abcdef0123456789abcdef' }
				]
			}
		});
		expect(replicated.json).toEqual([
			expect.objectContaining({ id: thread._id, error: 'forbidden' })
		]);
		const stored = await send(db(`/forum/${thread._id}`));
		expect(stored.status).toBe(404);
		expect((await send(db(`/forum/${encodeURIComponent(reply._id)}`))).status).toBe(200);
	});
});

describe('the name shown with a post', () => {
	it('is not the post’s: a claimed name is dropped on the way in', async () => {
		const claimed = await post({ ...makeThread('bob'), authorName: 'Modération' }, bob);
		const stored = await send(db(`/forum/${claimed._id}`));
		expect(stored.json?.authorName).toBeUndefined();
	});

	it('is the account’s, published as its profile', async () => {
		const profile = await send(db('/forum/profile:alice'));
		expect(profile.json).toMatchObject({ type: 'profile', name: 'alice', displayName: 'alice' });
		const forged = await send(db('/forum/profile:alice'), {
			method: 'PUT',
			headers: { cookie: bob },
			body: {
				type: 'profile',
				name: 'alice',
				displayName: 'Alice (mod)',
				updatedAt: new Date().toISOString(),
				_rev: profile.json?._rev
			}
		});
		expect(forged.status).toBe(403);
	});

	it('is one account’s only, up to case and accents, and the team’s names are the team’s', async () => {
		const signUp = (name: string, displayName: string) =>
			send(db(`/_users/org.couchdb.user:${name}`), {
				method: 'PUT',
				body: {
					_id: `org.couchdb.user:${name}`,
					name,
					displayName,
					password: 'a-good-password',
					roles: [],
					type: 'user'
				}
			});
		expect((await signUp('elise', 'Élise Martin')).status).toBe(201);
		const twin = await signUp('elise2', 'elise  MARTIN');
		expect(twin.status).toBe(409);
		expect(twin.json?.error).toBe('display_name_taken');
		const team = await signUp('faux-modo', 'La Modération');
		expect(team.status).toBe(403);
		expect(team.json?.error).toBe('display_name_reserved');
		// Nothing half-made: the refused names can be used by nobody else yet, and no account exists.
		expect((await adminFetch(server, '/_users/org.couchdb.user:elise2')).status).toBe(404);
		expect((await signUp('elise3', 'Élise Martin-Durand')).status).toBe(201);
	});

	it('follows a change of display name, and frees the old one', async () => {
		const own = await send(db('/_users/org.couchdb.user:bob'), { headers: { cookie: bob } });
		const renamed = await send(db('/_users/org.couchdb.user:bob'), {
			method: 'PUT',
			headers: { cookie: bob },
			body: { ...own.json, displayName: 'Bob le trésorier' }
		});
		expect(renamed.status).toBe(201);
		expect((await send(db('/forum/profile:bob'))).json?.displayName).toBe('Bob le trésorier');
		const carla = await send(db('/_users/org.couchdb.user:carla'), {
			method: 'PUT',
			body: {
				_id: 'org.couchdb.user:carla',
				name: 'carla',
				displayName: 'BOB',
				password: 'a-good-password',
				roles: [],
				type: 'user'
			}
		});
		expect(carla.status).toBe(201);
	});
});

/** Polls `check` until it holds (the server works by itself; no fixed sleep). */
async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error('timed out waiting');
		await new Promise((done) => setTimeout(done, 20));
	}
}
