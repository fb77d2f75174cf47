import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PasserelleDatabase } from '$lib/db/database';
import { generateProviders } from '$lib/directory/provider-factory';
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

function publish(items: unknown[], version = 'a'.repeat(16)): Files {
	const feed = JSON.stringify({ schemaVersion: 1, kind: 'providers', demo: true, items });
	const manifest = {
		schemaVersion: 1,
		version,
		generatedAt: '2026-11-25T10:00:00.000Z',
		feeds: {
			providers: {
				file: 'providers.json',
				sha256: createHash('sha256').update(feed).digest('hex'),
				count: items.length
			}
		}
	};
	return { 'manifest.json': JSON.stringify(manifest), 'providers.json': feed };
}

function without(files: Files, name: string): Files {
	return Object.fromEntries(Object.entries(files).filter(([file]) => file !== name));
}

let db: PasserelleDatabase;
const original = generateProviders(5, 7);

beforeEach(async () => {
	db = new PasserelleDatabase(`sync-test-${Math.random()}`);
	const first = await syncContent(db, { fetch: serve(publish(original)) });
	expect(first).toEqual({ status: 'updated', version: 'a'.repeat(16) });
});

afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

async function expectOriginalContentKept() {
	expect((await db.providers.toArray()).map((p) => p.id).sort()).toEqual(
		original.map((p) => p.id).sort()
	);
	expect(await db.contentMeta.get('providers')).toMatchObject({
		version: 'a'.repeat(16),
		count: 5
	});
}

describe('content sync', () => {
	it('loads the shipped demo feed, exactly as the manifest lists it', async () => {
		const files = {
			'manifest.json': await readFile('static/data/manifest.json', 'utf8'),
			'providers.json': await readFile('static/data/providers.json', 'utf8')
		};
		const manifest = JSON.parse(files['manifest.json']);
		const result = await syncContent(db, { fetch: serve(files) });
		expect(result).toEqual({ status: 'updated', version: manifest.version });
		expect(await db.providers.count()).toBe(manifest.feeds.providers.count);
	});

	it('does nothing when the published version is the one already loaded', async () => {
		await db.providers.clear(); // would be refilled if the sync downloaded again
		const result = await syncContent(db, { fetch: serve(publish(original)) });
		expect(result.status).toBe('unchanged');
		expect(await db.providers.count()).toBe(0);
	});

	it('swaps in a new version whole: removed providers go, new ones come', async () => {
		const next = generateProviders(3, 99);
		const result = await syncContent(db, { fetch: serve(publish(next, 'b'.repeat(16))) });
		expect(result).toEqual({ status: 'updated', version: 'b'.repeat(16) });
		expect((await db.providers.toArray()).map((p) => p.id).sort()).toEqual(
			next.map((p) => p.id).sort()
		);
	});

	it('refuses a manifest that is not JSON and keeps the content', async () => {
		const files = { ...publish(original, 'b'.repeat(16)), 'manifest.json': '{"schemaVersion": 1,' };
		const result = await syncContent(db, { fetch: serve(files) });
		expect(result).toMatchObject({ status: 'refused', problem: 'manifest-invalid' });
		await expectOriginalContentKept();
	});

	it('refuses a missing manifest and keeps the content', async () => {
		const files = without(publish(original, 'b'.repeat(16)), 'manifest.json');
		const result = await syncContent(db, { fetch: serve(files) });
		expect(result).toMatchObject({ status: 'refused', problem: 'manifest-missing' });
		await expectOriginalContentKept();
	});

	it('refuses a truncated feed (digest mismatch) and keeps the content', async () => {
		const files = publish(generateProviders(4, 3), 'b'.repeat(16));
		files['providers.json'] = files['providers.json']!.slice(0, 200);
		const result = await syncContent(db, { fetch: serve(files) });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-corrupt' });
		await expectOriginalContentKept();
	});

	it('refuses a feed with one invalid record, naming it, and keeps the content', async () => {
		const items = generateProviders(4, 3).map((p, i) =>
			i === 2 ? { ...p, location: { ...p.location, postcode: '7500' } } : p
		);
		const result = await syncContent(db, { fetch: serve(publish(items, 'b'.repeat(16))) });
		expect(result).toMatchObject({ status: 'refused', problem: 'feed-invalid' });
		expect(result.status === 'refused' && result.detail).toContain('items.2.location.postcode');
		await expectOriginalContentKept();
	});

	it('refuses a feed missing on the server and keeps the content', async () => {
		const files = without(publish(generateProviders(2, 5), 'b'.repeat(16)), 'providers.json');
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
