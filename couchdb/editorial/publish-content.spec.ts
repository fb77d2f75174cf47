// `npm run publish-content`: the version the editors published, written as the static files a web
// server serves at /data (chunks first, the manifest last, the previous version's chunks kept one
// publication more), read from the editorial database over the CouchDB API.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient } from '../gateway/admin-client.js';
import { publishContent } from '../publish-content.js';
import { insertAsAdmin, startTestServer, type TestServer } from '../server/test-helpers';

let server: TestServer;
let out: string;
let admin: ReturnType<typeof createAdminClient>;

const chunk = (items: object[]) => {
	const text = JSON.stringify({ items });
	return { text, sha256: createHash('sha256').update(text).digest('hex') };
};

/** Publishes a version made of these chunks, as an editor's « Publier » leaves it. */
async function publish(version: string, chunks: { text: string; sha256: string }[]) {
	const manifest = {
		schemaVersion: 2,
		version,
		generatedAt: new Date().toISOString(),
		feeds: {
			providers: {
				kind: 'providers',
				demo: false,
				count: chunks.length,
				chunks: chunks.map(({ sha256, text }) => ({ sha256, count: 1, bytes: text.length }))
			}
		}
	};
	const current = await admin.request('GET', '/editorial/manifest');
	// Chunks are content-addressed: one already stored is not written again.
	const missing = [];
	for (const entry of chunks) {
		if ((await admin.request('GET', `/editorial/chunk:${entry.sha256}`)).status === 404) {
			missing.push(entry);
		}
	}
	await insertAsAdmin(server, 'editorial', [
		...missing.map(({ sha256, text }) => ({ _id: `chunk:${sha256}`, type: 'chunk', text })),
		{
			_id: 'manifest',
			...(current.status === 200 ? { _rev: current.body._rev } : {}),
			type: 'manifest',
			manifest,
			publishedAt: new Date().toISOString(),
			publishedBy: 'admin'
		}
	]);
}

beforeAll(async () => {
	server = await startTestServer();
	out = await mkdtemp(join(tmpdir(), 'passerelle-published-'));
	admin = createAdminClient({
		baseUrl: server.adminUrl,
		...server.admin,
		headers: server.backend.headers
	});
});
afterAll(async () => {
	await server.stop();
	await rm(out, { recursive: true, force: true });
});

describe('publish-content', () => {
	const a = chunk([{ id: 'a' }]);
	const b = chunk([{ id: 'b' }]);
	const c = chunk([{ id: 'c' }]);

	it('says when nothing is published yet', async () => {
		await expect(publishContent({ out, admin })).rejects.toThrow(/Nothing is published yet/);
	});

	it('writes the chunks and the manifest, then nothing more when run again', async () => {
		await publish('1111111111111111', [a, b]);
		expect(await publishContent({ out, admin })).toMatchObject({ written: 2, removed: 0 });
		expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).version).toBe(
			'1111111111111111'
		);
		expect(await readFile(join(out, 'chunks', `${a.sha256}.json`), 'utf8')).toBe(a.text);
		expect(await publishContent({ out, admin })).toMatchObject({ written: 0, removed: 0 });
	});

	it('keeps the previous version’s chunks one publication more', async () => {
		await publish('2222222222222222', [b, c]);
		expect(await publishContent({ out, admin })).toMatchObject({ written: 1, removed: 0 });
		await publish('3333333333333333', [c]);
		await publishContent({ out, admin });
		const files = (await readdir(join(out, 'chunks'))).sort();
		expect(files).toEqual([`${b.sha256}.json`, `${c.sha256}.json`].sort());
	});

	it('replaces nothing when a chunk does not match its digest', async () => {
		const forged = { text: JSON.stringify({ items: [{ id: 'x' }] }), sha256: 'f'.repeat(64) };
		await publish('4444444444444444', [forged]);
		await expect(publishContent({ out, admin })).rejects.toThrow(/does not match its digest/);
		expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).version).toBe(
			'3333333333333333'
		);
	});
});
