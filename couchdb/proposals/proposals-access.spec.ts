// The living content's server side over raw HTTP, as a stranger, an ordinary member, a moderator
// and an editor: proposals are their author's and the editors' only; the editorial content and
// what is published are the editors'; a published version is served at /data; the role is given
// by the admin's command. Bursts included.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRoleCommand } from '../roles.js';
import {
	couchdbUnderTest,
	countStatuses,
	databaseCaller,
	fireTogether,
	relaxedLimits,
	send,
	signUpAndLogIn,
	startTestServer,
	type Answer,
	type TestServer
} from '../server/test-helpers';

let server: TestServer;
const cookies = { alice: '', bob: '', morgane: '', edith: '' };
const db = (path: string) => `${server.url}/db${path}`;
let counter = 0;

/** A valid proposal by `author` (a provider's listing, structurally). */
function proposal(author: string, overrides: Record<string, unknown> = {}) {
	const at = new Date().toISOString();
	return {
		_id: `proposal:${Date.now().toString(36).padStart(9, '0')}-p${(counter++).toString(36).padStart(4, '0')}`,
		type: 'proposal',
		kind: 'provider',
		author,
		createdAt: at,
		updatedAt: at,
		item: { id: `atelier-${counter}`, name: 'Atelier numérique libre' },
		status: 'submitted',
		...overrides
	};
}

const submit = (cookie: string, docs: object[]) =>
	send(db('/_passerelle/proposals'), {
		method: 'POST',
		headers: cookie ? { cookie } : {},
		body: { docs }
	});

/** Gives `name` a role with the admin's command, then logs them in again. */
async function grant(role: string, name: string) {
	const env = couchdbUnderTest
		? {
				COUCHDB_URL: `${couchdbUnderTest.url.replace('://', `://${couchdbUnderTest.admin.name}:${couchdbUnderTest.admin.password}@`)}`
			}
		: { DATA_DIR: server.dataDir };
	expect(await runRoleCommand(['add', role, name], env)).toBe(`${name}: ${role}`);
}

beforeAll(async () => {
	// Accounts read again at every request: the roles given below are seen at once.
	server = await startTestServer({
		limits: { ...relaxedLimits, writesPer10Minutes: 40 },
		userCacheMs: 0
	});
	for (const name of ['alice', 'bob', 'morgane', 'edith'] as const) {
		cookies[name] = await signUpAndLogIn(server.url, name);
	}
	await grant('moderator', 'morgane');
	await grant('editor', 'edith');
});
afterAll(async () => {
	await server.stop();
});

describe('the role command', () => {
	it('gives and shows a role, refuses others and unknown accounts', async () => {
		const env = couchdbUnderTest ? { COUCHDB_URL: 'x' } : { DATA_DIR: server.dataDir };
		if (!couchdbUnderTest) {
			expect(await runRoleCommand(['show', 'edith'], env)).toBe('edith: editor');
			await expect(runRoleCommand(['add', '_admin', 'alice'], env)).rejects.toThrow(
				/must be one of/
			);
			await expect(runRoleCommand(['add', 'editor', 'nobody'], env)).rejects.toThrow(/no account/);
		}
	});
});

describe('proposals', () => {
	it('are sent by their author only, and read back by them with their state', async () => {
		expect((await submit('', [proposal('alice')])).status).toBe(401);
		const forged = await submit(cookies.bob, [proposal('alice')]);
		expect(forged.status).toBe(403);
		const own = proposal('alice');
		const sent = await submit(cookies.alice, [own]);
		expect(sent.status).toBe(201);
		expect(sent.json).toEqual([expect.objectContaining({ id: own._id, ok: true })]);
		const mine = await send(db('/_passerelle/proposals'), { headers: { cookie: cookies.alice } });
		expect((mine.json?.proposals as { _id: string }[]).map((p) => p._id)).toContain(own._id);
		const bobs = await send(db('/_passerelle/proposals'), { headers: { cookie: cookies.bob } });
		expect(bobs.json?.proposals).toEqual([]);
	});

	it('are read by editors only: not by a stranger, a member or a moderator', async () => {
		const reads: [string, string][] = [
			['stranger', ''],
			['member', cookies.bob],
			['moderator', cookies.morgane]
		];
		for (const path of [
			'/proposals/_all_docs?include_docs=true',
			'/proposals/_changes',
			'/proposals'
		]) {
			for (const [who, cookie] of reads) {
				const answer = await send(db(path), { headers: cookie ? { cookie } : {} });
				expect(answer.status, `${who} ${path}`).toBe(cookie ? 403 : 401);
				expect(answer.text).not.toContain('proposal:');
			}
			expect((await send(db(path), { headers: { cookie: cookies.edith } })).status, path).toBe(200);
		}
	});

	it('are answered by editors only; an answered one no longer changes', async () => {
		const own = proposal('alice');
		const sent = await submit(cookies.alice, [own]);
		const rev = (sent.json as unknown as { rev: string }[])[0]?.rev;
		const selfAccepted = await submit(cookies.alice, [{ ...own, _rev: rev, status: 'accepted' }]);
		expect(selfAccepted.json).toEqual([expect.objectContaining({ error: 'forbidden' })]);
		const review = { by: 'edith', at: new Date().toISOString(), message: 'Merci, c’est publié.' };
		const accepted = await send(db(`/proposals/${own._id}`), {
			method: 'PUT',
			headers: { cookie: cookies.edith },
			body: { ...own, _rev: rev, status: 'accepted', review }
		});
		expect(accepted.status).toBe(201);
		const again = await submit(cookies.alice, [
			{ ...own, _rev: accepted.json?.rev, item: { id: 'x' } }
		]);
		expect(again.json).toEqual([
			expect.objectContaining({ reason: 'this proposal is answered: it cannot change any more' })
		]);
		const mine = await send(db('/_passerelle/proposals'), { headers: { cookie: cookies.alice } });
		const seen = (mine.json?.proposals as { _id: string; status: string; review?: object }[]).find(
			(p) => p._id === own._id
		);
		expect(seen).toMatchObject({ status: 'accepted', review });
	});

	it('on the database alone, refuse a member without the gateway’s proposer role', async () => {
		const answer = await send(`${server.adminUrl}/proposals/_bulk_docs`, {
			method: 'POST',
			headers: await databaseCaller(server, 'alice'),
			body: { docs: [proposal('alice')] }
		});
		expect(answer.status).toBe(403);
	});

	it('count against the address’s write budget when sent together', async () => {
		const answers = await fireTogether(60, () => submit(cookies.bob, [proposal('bob')]));
		const counts = countStatuses(answers);
		expect(counts[201]).toBeLessThanOrEqual(40);
		expect(counts[429]).toBeGreaterThanOrEqual(20);
	});
});

describe('the editorial content and what is published', () => {
	const chunkText = JSON.stringify({ items: [{ id: 'atelier-libre', name: 'Atelier libre' }] });
	const sha = createHash('sha256').update(chunkText).digest('hex');

	it('is written by editors only', async () => {
		const item = {
			_id: 'item:providers:atelier-libre',
			type: 'item',
			feed: 'providers',
			itemId: 'atelier-libre',
			status: 'published',
			item: { id: 'atelier-libre' },
			updatedAt: new Date().toISOString()
		};
		const attempts: [string, string, number][] = [
			['stranger', '', 401],
			['member', cookies.bob, 403],
			['moderator', cookies.morgane, 403]
		];
		for (const [who, cookie, status] of attempts) {
			const answer = await send(db(`/editorial/${item._id}`), {
				method: 'PUT',
				headers: cookie ? { cookie } : {},
				body: { ...item, updatedBy: who }
			});
			expect(answer.status, who).toBe(status);
			const read = await send(db('/editorial/_all_docs'), { headers: cookie ? { cookie } : {} });
			expect(read.status, who).toBe(status);
		}
		const byEditor = await send(db(`/editorial/${item._id}`), {
			method: 'PUT',
			headers: { cookie: cookies.edith },
			body: { ...item, updatedBy: 'edith' }
		});
		expect(byEditor.status).toBe(201);
		const forgedName = await send(db('/editorial/item:providers:other'), {
			method: 'PUT',
			headers: { cookie: cookies.edith },
			body: { ...item, _id: 'item:providers:other', itemId: 'other', updatedBy: 'alice' }
		});
		expect(forgedName.status).toBe(403);
	});

	it('refuses a chunk whose text does not hash to its name, and serves a published version at /data', async () => {
		const wrong = await send(db(`/editorial/chunk:${'0'.repeat(64)}`), {
			method: 'PUT',
			headers: { cookie: cookies.edith },
			body: { type: 'chunk', text: chunkText }
		});
		expect(wrong.status).toBe(400);
		const before = await send(`${server.url}/data/manifest.json`);
		const manifest = {
			schemaVersion: 2,
			version: 'aaaabbbbccccdddd',
			generatedAt: new Date().toISOString(),
			feeds: {
				providers: {
					kind: 'providers',
					demo: false,
					count: 1,
					chunks: [{ sha256: sha, count: 1, bytes: chunkText.length }]
				}
			}
		};
		const written: Answer = await send(db('/editorial/_bulk_docs'), {
			method: 'POST',
			headers: { cookie: cookies.edith },
			body: {
				docs: [
					{ _id: `chunk:${sha}`, type: 'chunk', text: chunkText },
					{
						_id: 'manifest',
						type: 'manifest',
						manifest,
						publishedAt: new Date().toISOString(),
						publishedBy: 'edith'
					}
				]
			}
		});
		expect(written.status).toBe(201);
		expect(written.text).not.toContain('error');
		expect(before.json?.version).not.toBe('aaaabbbbccccdddd');
		const served = await waitForManifest('aaaabbbbccccdddd');
		expect(served.headers.get('cache-control')).toBe('no-cache');
		const chunk = await send(`${server.url}/data/chunks/${sha}.json`);
		expect(chunk.text).toBe(chunkText);
		expect(chunk.headers.get('cache-control')).toContain('immutable');
		// Not published: the build's own files answer (here, none: 404).
		expect((await send(`${server.url}/data/chunks/${'1'.repeat(64)}.json`)).status).toBe(404);
	});
});

/** The served manifest once it is the given version (the server keeps it 2 seconds). */
async function waitForManifest(version: string): Promise<Answer> {
	const deadline = Date.now() + 10_000;
	for (;;) {
		const answer = await send(`${server.url}/data/manifest.json`);
		if (answer.json?.version === version || Date.now() > deadline) return answer;
		await new Promise((done) => setTimeout(done, 100));
	}
}
