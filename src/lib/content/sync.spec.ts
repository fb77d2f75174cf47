import 'fake-indexeddb/auto';
import { readdir, readFile } from 'node:fs/promises';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PasserelleDatabase } from '$lib/db/database';
import { generateBigTechTools } from '$lib/alternatives/alternative-factory';
import { generateProviders } from '$lib/directory/provider-factory';
import { generateEmancipations } from '$lib/resources/emancipation-factory';
import { generateResources } from '$lib/resources/resource-factory';
import { buildChunkedVersion } from './feed-chunks.js';
import { syncContent } from './sync';

/** A tiny content server: path under /data → body; what it was asked, in order. */
type Files = Record<string, string>;

interface Server {
	fetch: typeof fetch;
	/** Paths requested (query strings kept). */
	requests: string[];
}

function serve(files: Files, { offline = false } = {}): Server {
	const requests: string[] = [];
	return {
		requests,
		fetch: async (input) => {
			const path = String(input).replace(/^\/data\//, '');
			requests.push(path);
			if (offline) throw new TypeError('Failed to fetch');
			const body = files[path.replace(/\?.*$/, '')];
			return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
		}
	};
}

const chunkRequests = (server: Server) => server.requests.filter((p) => p.startsWith('chunks/'));

interface Content {
	providers: unknown[];
	resources?: unknown[];
	alternatives?: unknown[];
	emancipations?: unknown[];
}

/** A content version as the editors' desk or the build publishes it: manifest and chunks. */
async function publish(
	{
		providers,
		resources = originalResources,
		alternatives = originalTools,
		emancipations = originalEmancipations
	}: Content,
	edit: (manifest: Record<string, unknown>) => void = () => {}
): Promise<{ files: Files; version: string; chunks: string[] }> {
	const feeds = { providers, resources, alternatives, emancipations };
	const { manifest, chunks } = await buildChunkedVersion(
		Object.fromEntries(
			Object.entries(feeds).map(([kind, items]) => [
				kind,
				{ demo: true, items: items as { id: string }[] }
			])
		)
	);
	edit(manifest as unknown as Record<string, unknown>);
	const files: Files = { 'manifest.json': JSON.stringify(manifest) };
	for (const chunk of chunks) files[`chunks/${chunk.sha256}.json`] = chunk.text;
	return { files, version: manifest.version, chunks: chunks.map((chunk) => chunk.sha256) };
}

const sortedIds = (items: readonly unknown[]) =>
	items.map((item) => (item as { id: string }).id).sort();

let db: PasserelleDatabase;
const original = generateProviders(300, 7);
const originalResources = generateResources(6, 7);
const originalTools = generateBigTechTools(3, 7);
const originalEmancipations = generateEmancipations(4, 7);
let first: Awaited<ReturnType<typeof publish>>;

beforeEach(async () => {
	db = new PasserelleDatabase(`sync-test-${Math.random()}`);
	first = await publish({ providers: original });
	const result = await syncContent(db, { fetch: serve(first.files).fetch });
	expect(result).toEqual({ status: 'updated', version: first.version });
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function expectOriginalContentKept() {
	const ids = async (kind: string) => sortedIds(await db.table(kind).toArray());
	expect(await ids('providers')).toEqual(sortedIds(original));
	expect(await ids('resources')).toEqual(sortedIds(originalResources));
	expect(await ids('alternatives')).toEqual(sortedIds(originalTools));
	expect(await ids('emancipations')).toEqual(sortedIds(originalEmancipations));
	for (const [kind, count] of [
		['providers', 300],
		['resources', 6],
		['alternatives', 3],
		['emancipations', 4]
	] as const) {
		expect(await db.contentMeta.get(kind)).toMatchObject({ version: first.version, count });
	}
	expect((await db.contentChunks.toCollection().primaryKeys()).sort()).toEqual(
		[...first.chunks].sort()
	);
}

/** The providers, one of them renamed. */
const withRenamed = (index: number) =>
	original.map((p, i) => (i === index ? { ...p, name: `${p.name} (nouveau nom)` } : p));

describe('content sync', () => {
	it('loads the build’s feed (static/data), exactly as its manifest lists it', async () => {
		const files: Files = { 'manifest.json': await readFile('static/data/manifest.json', 'utf8') };
		for (const name of await readdir('static/data/chunks')) {
			files[`chunks/${name}`] = await readFile(`static/data/chunks/${name}`, 'utf8');
		}
		const manifest = JSON.parse(files['manifest.json'] ?? '');
		const result = await syncContent(db, { fetch: serve(files).fetch });
		expect(result).toEqual({ status: 'updated', version: manifest.version });
		for (const kind of ['providers', 'resources', 'alternatives', 'emancipations'] as const) {
			expect(await db[kind].count()).toBe(manifest.feeds[kind].count);
		}
	});

	it('does nothing when the published version is the one already loaded', async () => {
		await db.providers.clear(); // would be refilled if the sync stored again
		const server = serve(first.files);
		const result = await syncContent(db, { fetch: server.fetch });
		expect(result.status).toBe('unchanged');
		expect(await db.providers.count()).toBe(0);
		expect(server.requests).toHaveLength(1);
	});

	it('downloads only the chunk that changed when one provider changes', async () => {
		const next = await publish({ providers: withRenamed(42) });
		const changed = next.chunks.filter((sha) => !first.chunks.includes(sha));
		expect(changed).toHaveLength(1);
		const server = serve(next.files);
		expect(await syncContent(db, { fetch: server.fetch })).toEqual({
			status: 'updated',
			version: next.version
		});
		expect(chunkRequests(server)).toEqual([`chunks/${changed[0]}.json`]);
		expect(await db.providers.get(original[42]?.id ?? '')).toMatchObject({
			name: `${original[42]?.name} (nouveau nom)`
		});
		expect(await db.providers.count()).toBe(300);
	});

	it('leaves each table holding exactly the new feed: items withdrawn, added, changed', async () => {
		const added = generateProviders(5, 123).map((p) => ({
			...p,
			id: `${p.id}-new`,
			slug: `${p.slug}-new`
		}));
		const providers = [...withRenamed(20).filter((_, i) => i % 50 !== 3), ...added];
		const next = await publish({ providers });
		expect(await syncContent(db, { fetch: serve(next.files).fetch })).toMatchObject({
			status: 'updated'
		});
		const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
		expect(await db.providers.toArray()).toEqual([...providers].sort(byId));
	});

	it('writes again an item missing from its table, though its chunk is held', async () => {
		const lost = original[100];
		if (!lost) throw new Error('No provider 100');
		await db.providers.delete(lost.id);
		const next = await publish({ providers: withRenamed(200) });
		await syncContent(db, { fetch: serve(next.files).fetch });
		expect(await db.providers.get(lost.id)).toEqual(lost);
		expect(await db.providers.count()).toBe(300);
	});

	it('keeps exactly the chunks the new version lists', async () => {
		const next = await publish({ providers: withRenamed(7), emancipations: [] });
		await syncContent(db, { fetch: serve(next.files).fetch });
		expect((await db.contentChunks.toCollection().primaryKeys()).sort()).toEqual(
			[...next.chunks].sort()
		);
		expect(await db.emancipations.count()).toBe(0);
	});

	it('swaps in a new version whole: removed items go, new ones come, in every feed', async () => {
		const next = {
			providers: generateProviders(3, 99),
			resources: generateResources(2, 99),
			alternatives: generateBigTechTools(4, 99),
			emancipations: generateEmancipations(2, 99)
		};
		const published = await publish(next);
		const result = await syncContent(db, { fetch: serve(published.files).fetch });
		expect(result).toEqual({ status: 'updated', version: published.version });
		for (const kind of ['providers', 'resources', 'alternatives', 'emancipations'] as const) {
			expect(sortedIds(await db.table(kind).toArray())).toEqual(sortedIds(next[kind]));
		}
	});

	it('downloads everything on a device whose content came from the former format', async () => {
		// A version 1 manifest's content: rows and versions, no chunk.
		await db.contentChunks.clear();
		await db.contentMeta.toCollection().modify({ version: 'c'.repeat(16) });
		const server = serve(first.files);
		expect(await syncContent(db, { fetch: server.fetch })).toMatchObject({ status: 'updated' });
		expect(chunkRequests(server)).toHaveLength(first.chunks.length);
	});

	it('re-checks the chunks it holds and fetches a damaged one again', async () => {
		const [damaged] = first.chunks;
		await db.contentChunks.update(damaged ?? '', { text: '{"items":[]}' });
		const server = serve(first.files);
		expect(await syncContent(db, { fetch: server.fetch, force: true })).toMatchObject({
			status: 'updated'
		});
		expect(chunkRequests(server)).toEqual([`chunks/${damaged}.json`]);
		await expectOriginalContentKept();
	});

	it('reads a newer publisher’s feed kinds it does not know as nothing, and a missing emancipations feed as empty', async () => {
		const next = await publish({ providers: original }, (manifest) => {
			const feeds = manifest.feeds as Record<string, unknown>;
			feeds.events = { kind: 'events', demo: true, count: 0, chunks: [] };
			delete feeds.emancipations;
			manifest.version = 'e'.repeat(16);
		});
		expect(await syncContent(db, { fetch: serve(next.files).fetch })).toMatchObject({
			status: 'updated'
		});
		expect(await db.emancipations.count()).toBe(0);
		expect(await db.providers.count()).toBe(300);
	});

	it('refuses the whole update when one resource is invalid, naming it: no feed is swapped', async () => {
		const resources = generateResources(3, 42).map((r, i) =>
			i === 1 ? { ...r, type: 'podcast' } : r
		);
		const next = await publish({ providers: withRenamed(3), resources });
		const result = await syncContent(db, { fetch: serve(next.files).fetch });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-invalid' });
		const detail = result.status === 'refused' ? result.detail : '';
		expect(detail).toMatch(/^resources: items\.\d\.type: .* \(item gen-42-2\)$/);
		await expectOriginalContentKept();
	});

	it('refuses an alternatives catalogue that reuses an id across chunks and keeps the content', async () => {
		const [one, two] = generateBigTechTools(2, 42);
		if (!one || !two) throw new Error('Two tools expected');
		const alternatives = [one, { ...two, alternatives: [{ ...one.alternatives[0], id: one.id }] }];
		const next = await publish({ providers: original, alternatives });
		const result = await syncContent(db, { fetch: serve(next.files).fetch });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-invalid' });
		expect(result.status === 'refused' && result.detail).toContain('Duplicate id');
		await expectOriginalContentKept();
	});

	it('refuses a corrupt chunk (digest mismatch) and keeps the content', async () => {
		const next = await publish({ providers: withRenamed(5) });
		const [sha] = next.chunks.filter((chunk) => !first.chunks.includes(chunk));
		const path = `chunks/${sha}.json`;
		next.files[path] = (next.files[path] ?? '').slice(0, 200);
		const server = serve(next.files);
		const result = await syncContent(db, { fetch: server.fetch });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-corrupt' });
		expect(result.status === 'refused' && result.detail).toContain('providers: chunk');
		// Asked once more past every cache before giving up.
		expect(chunkRequests(server)).toEqual([path, `${path}?v=${sha}`]);
		await expectOriginalContentKept();
	});

	it('takes a damaged copy for what it is and fetches the chunk once more past the caches', async () => {
		const next = await publish({ providers: withRenamed(9) });
		const [sha] = next.chunks.filter((chunk) => !first.chunks.includes(chunk));
		const path = `chunks/${sha}.json`;
		const stale: typeof fetch = async (input, init) =>
			String(input).endsWith('.json') && String(input).includes(path)
				? new Response('{"items":[]}')
				: serve(next.files).fetch(input, init);
		const result = await syncContent(db, { fetch: stale });
		expect(result).toMatchObject({ status: 'updated', version: next.version });
	});

	it('refuses a chunk that does not hold the items its manifest lists', async () => {
		const next = await publish({ providers: withRenamed(11) }, (manifest) => {
			const feeds = manifest.feeds as Record<
				string,
				{ count: number; chunks: { count: number }[] }
			>;
			const providers = feeds.providers;
			const chunk = providers?.chunks[0];
			if (!providers || !chunk) throw new Error('No providers chunk');
			chunk.count += 1;
			providers.count += 1;
		});
		const result = await syncContent(db, { fetch: serve(next.files).fetch });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-corrupt' });
		await expectOriginalContentKept();
	});

	it('refuses a chunk missing on the server and keeps the content', async () => {
		const next = await publish({ providers: withRenamed(13) });
		const [sha] = next.chunks.filter((chunk) => !first.chunks.includes(chunk));
		delete next.files[`chunks/${sha}.json`];
		const result = await syncContent(db, { fetch: serve(next.files).fetch });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-missing' });
		await expectOriginalContentKept();
	});

	it('refuses a manifest that is not JSON and keeps the content', async () => {
		const next = await publish({ providers: withRenamed(1) });
		next.files['manifest.json'] = '{"schemaVersion": 2,';
		const result = await syncContent(db, { fetch: serve(next.files).fetch });
		expect(result).toMatchObject({ status: 'refused', problem: 'manifest-invalid' });
		await expectOriginalContentKept();
	});

	it('refuses a manifest whose feeds do not add up and keeps the content', async () => {
		const next = await publish({ providers: withRenamed(1) }, (manifest) => {
			(manifest.feeds as Record<string, { count: number }>).providers!.count = 1;
		});
		const result = await syncContent(db, { fetch: serve(next.files).fetch });
		expect(result).toMatchObject({ status: 'refused', problem: 'manifest-invalid' });
		await expectOriginalContentKept();
	});

	it('refuses a missing manifest and keeps the content', async () => {
		const result = await syncContent(db, { fetch: serve({}).fetch });
		expect(result).toMatchObject({ status: 'refused', problem: 'manifest-missing' });
		await expectOriginalContentKept();
	});

	it('reports an unreachable server without touching the content', async () => {
		const result = await syncContent(db, { fetch: serve({}, { offline: true }).fetch });
		expect(result).toMatchObject({ status: 'refused', problem: 'unreachable' });
		await expectOriginalContentKept();
	});

	it('offline, never replaces the content with the copy cached with the app (possibly older)', async () => {
		const build = await publish({ providers: generateProviders(20, 1) });
		const server = serve(build.files);
		const offline: typeof fetch = async (input, init) => {
			if (String(input).includes('?')) throw new TypeError('Failed to fetch');
			return server.fetch(input, init);
		};
		const result = await syncContent(db, { fetch: offline });
		expect(result).toMatchObject({ status: 'refused', problem: 'unreachable' });
		await expectOriginalContentKept();

		// A first start offline: that copy is all there is, and fills the device.
		const fresh = new PasserelleDatabase(`sync-test-${Math.random()}`);
		try {
			expect(await syncContent(fresh, { fetch: offline })).toMatchObject({ status: 'updated' });
			expect(await fresh.providers.count()).toBe(20);
		} finally {
			fresh.close();
			await Dexie.delete(fresh.name);
		}
	});

	it('reports a server lost halfway through the chunks as unreachable, and keeps the content', async () => {
		const next = await publish({ providers: generateProviders(300, 8) });
		const server = serve(next.files);
		let answered = 0;
		const flaky: typeof fetch = async (input, init) => {
			if (String(input).includes('chunks/') && ++answered > 2) throw new TypeError('offline');
			return server.fetch(input, init);
		};
		const result = await syncContent(db, { fetch: flaky });
		expect(result).toMatchObject({ status: 'refused', problem: 'unreachable' });
		await expectOriginalContentKept();
	});
});
