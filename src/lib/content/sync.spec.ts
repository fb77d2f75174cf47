import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PasserelleDatabase } from '$lib/db/database';
import { generateBigTechTools } from '$lib/alternatives/alternative-factory';
import { generateProviders } from '$lib/directory/provider-factory';
import { generateResources } from '$lib/resources/resource-factory';
import { syncContent } from './sync';

/** A tiny content server: file name → body (string), or a network failure. */
type Files = Record<string, string>;

function serve(files: Files, { offline = false } = {}): typeof fetch {
	return async (input) => {
		if (offline) throw new TypeError('Failed to fetch');
		const name = String(input)
			.replace(/^\/data\//, '')
			.replace(/\?.*$/, '');
		const body = files[name];
		return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
	};
}

interface Content {
	providers: unknown[];
	resources?: unknown[];
	alternatives?: unknown[];
}

const feedFiles = {
	providers: 'providers.json',
	resources: 'resources.json',
	alternatives: 'alternatives.json'
} as const;

/** Every feed file and the manifest listing them, as the content build would publish them. */
function publish(
	{ providers, resources = originalResources, alternatives = originalTools }: Content,
	version = 'a'.repeat(16)
): Files {
	const items = { providers, resources, alternatives };
	const files: Files = {};
	const feeds: Record<string, { file: string; sha256: string; count: number }> = {};
	for (const [kind, file] of Object.entries(feedFiles)) {
		const list = items[kind as keyof typeof items];
		const body = JSON.stringify({ schemaVersion: 1, kind, demo: true, items: list });
		files[file] = body;
		feeds[kind] = {
			file,
			sha256: createHash('sha256').update(body).digest('hex'),
			count: list.length
		};
	}
	const manifest = { schemaVersion: 1, version, generatedAt: '2026-11-25T10:00:00.000Z', feeds };
	return { ...files, 'manifest.json': JSON.stringify(manifest) };
}

function without(files: Files, name: string): Files {
	return Object.fromEntries(Object.entries(files).filter(([file]) => file !== name));
}

let db: PasserelleDatabase;
const original = generateProviders(5, 7);
const originalResources = generateResources(6, 7);
const originalTools = generateBigTechTools(3, 7);

beforeEach(async () => {
	db = new PasserelleDatabase(`sync-test-${Math.random()}`);
	const first = await syncContent(db, { fetch: serve(publish({ providers: original })) });
	expect(first).toEqual({ status: 'updated', version: 'a'.repeat(16) });
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function expectOriginalContentKept() {
	const ids = async (kind: string) =>
		(await db.table<{ id: string }>(kind).toArray()).map((row) => row.id).sort();
	expect(await ids('providers')).toEqual(original.map((p) => p.id).sort());
	expect(await ids('resources')).toEqual(originalResources.map((r) => r.id).sort());
	expect(await ids('alternatives')).toEqual(originalTools.map((t) => t.id).sort());
	for (const [kind, count] of [
		['providers', 5],
		['resources', 6],
		['alternatives', 3]
	] as const) {
		expect(await db.contentMeta.get(kind)).toMatchObject({ version: 'a'.repeat(16), count });
	}
}

describe('content sync', () => {
	it('loads the shipped demo feeds, exactly as the manifest lists them', async () => {
		const files: Files = { 'manifest.json': await readFile('static/data/manifest.json', 'utf8') };
		for (const file of Object.values(feedFiles)) {
			files[file] = await readFile(`static/data/${file}`, 'utf8');
		}
		const manifest = JSON.parse(files['manifest.json']!);
		const result = await syncContent(db, { fetch: serve(files) });
		expect(result).toEqual({ status: 'updated', version: manifest.version });
		expect(await db.providers.count()).toBe(manifest.feeds.providers.count);
		expect(await db.resources.count()).toBe(manifest.feeds.resources.count);
		expect(await db.alternatives.count()).toBe(manifest.feeds.alternatives.count);
	});

	it('does nothing when the published version is the one already loaded', async () => {
		await db.providers.clear(); // would be refilled if the sync downloaded again
		const result = await syncContent(db, { fetch: serve(publish({ providers: original })) });
		expect(result.status).toBe('unchanged');
		expect(await db.providers.count()).toBe(0);
	});

	it('swaps in a new version whole: removed items go, new ones come, in every feed', async () => {
		const next = {
			providers: generateProviders(3, 99),
			resources: generateResources(2, 99),
			alternatives: generateBigTechTools(4, 99)
		};
		const result = await syncContent(db, { fetch: serve(publish(next, 'b'.repeat(16))) });
		expect(result).toEqual({ status: 'updated', version: 'b'.repeat(16) });
		for (const kind of ['providers', 'resources', 'alternatives'] as const) {
			const stored = (await db.table(kind).toArray()).map((row: { id: string }) => row.id);
			expect(stored.sort()).toEqual(next[kind].map((item) => item.id).sort());
		}
	});

	it('refuses the whole update when one resource is invalid: no feed is swapped', async () => {
		const resources = generateResources(3, 42).map((r, i) =>
			i === 1 ? { ...r, type: 'podcast' } : r
		);
		const next = { providers: generateProviders(3, 99), resources };
		const result = await syncContent(db, { fetch: serve(publish(next, 'b'.repeat(16))) });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-invalid' });
		expect(result.status === 'refused' && result.detail).toContain('resources.json: items.1.type');
		await expectOriginalContentKept();
	});

	it('refuses an alternatives catalogue that reuses an id and keeps the content', async () => {
		const [first, second] = generateBigTechTools(2, 42);
		const alternatives = [first!, { ...second!, id: first!.id }];
		const next = { providers: original, alternatives };
		const result = await syncContent(db, { fetch: serve(publish(next, 'b'.repeat(16))) });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-invalid' });
		expect(result.status === 'refused' && result.detail).toContain('Duplicate id');
		await expectOriginalContentKept();
	});

	it('refuses a missing resources feed and keeps the content', async () => {
		const files = without(publish({ providers: original }, 'b'.repeat(16)), 'resources.json');
		const result = await syncContent(db, { fetch: serve(files) });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-missing' });
		await expectOriginalContentKept();
	});

	it('refuses a manifest that is not JSON and keeps the content', async () => {
		const files = {
			...publish({ providers: original }, 'b'.repeat(16)),
			'manifest.json': '{"schemaVersion": 1,'
		};
		const result = await syncContent(db, { fetch: serve(files) });
		expect(result).toMatchObject({ status: 'refused', problem: 'manifest-invalid' });
		await expectOriginalContentKept();
	});

	it('refuses a missing manifest and keeps the content', async () => {
		const files = without(publish({ providers: original }, 'b'.repeat(16)), 'manifest.json');
		const result = await syncContent(db, { fetch: serve(files) });
		expect(result).toMatchObject({ status: 'refused', problem: 'manifest-missing' });
		await expectOriginalContentKept();
	});

	it('refuses a truncated feed (digest mismatch) and keeps the content', async () => {
		const files = publish({ providers: generateProviders(4, 3) }, 'b'.repeat(16));
		files['providers.json'] = files['providers.json']!.slice(0, 200);
		const result = await syncContent(db, { fetch: serve(files) });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-corrupt' });
		await expectOriginalContentKept();
	});

	it('refuses a feed with one invalid record, naming it, and keeps the content', async () => {
		const items = generateProviders(4, 3).map((p, i) =>
			i === 2 ? { ...p, location: { ...p.location, postcode: '7500' } } : p
		);
		const result = await syncContent(db, {
			fetch: serve(publish({ providers: items }, 'b'.repeat(16)))
		});
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-invalid' });
		expect(result.status === 'refused' && result.detail).toContain('items.2.location.postcode');
		await expectOriginalContentKept();
	});

	it('refuses a feed missing on the server and keeps the content', async () => {
		const files = without(
			publish({ providers: generateProviders(2, 5) }, 'b'.repeat(16)),
			'providers.json'
		);
		const result = await syncContent(db, { fetch: serve(files) });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-missing' });
		await expectOriginalContentKept();
	});

	it('reports an unreachable server without touching the content', async () => {
		const result = await syncContent(db, { fetch: serve({}, { offline: true }) });
		expect(result).toMatchObject({ status: 'refused', problem: 'unreachable' });
		await expectOriginalContentKept();
	});
});
