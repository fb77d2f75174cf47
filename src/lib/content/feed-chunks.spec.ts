import { describe, expect, it } from 'vitest';
import { generateProviders } from '$lib/directory/provider-factory';
import { buildChunkedVersion, chunkText, cutIntoChunks, sha256OfText } from './feed-chunks.js';

const providers = generateProviders(1_000, 17);

/** The chunk digests of a providers feed. */
async function chunkNames(items: { id: string }[]): Promise<string[]> {
	const { manifest } = await buildChunkedVersion({ providers: { demo: true, items } });
	return manifest.feeds.providers?.chunks.map((chunk) => chunk.sha256) ?? [];
}

const changed = (before: string[], after: string[]) => after.filter((sha) => !before.includes(sha));

describe('content-defined chunks', () => {
	it('cut a feed into chunks of about 64 items, in id order, none over 256', () => {
		const chunks = cutIntoChunks(providers);
		expect(chunks.flat().map((p) => p.id)).toEqual(providers.map((p) => p.id).sort());
		expect(chunks.length).toBeGreaterThan(1_000 / 256);
		expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(256);
	});

	it('are named by the SHA-256 of their text', async () => {
		const { chunks, manifest } = await buildChunkedVersion({
			providers: { demo: true, items: providers }
		});
		for (const chunk of chunks) expect(await sha256OfText(chunk.text)).toBe(chunk.sha256);
		const first = cutIntoChunks(providers)[0] ?? [];
		expect(manifest.feeds.providers?.chunks[0]?.sha256).toBe(await sha256OfText(chunkText(first)));
	});

	it('change one chunk when one item changes, wherever it is', async () => {
		const before = await chunkNames(providers);
		for (const index of [0, 333, 999]) {
			const edited = providers.map((p, i) => (i === index ? { ...p, name: `${p.name} (new)` } : p));
			const after = await chunkNames(edited);
			expect(changed(before, after)).toHaveLength(1);
			expect(after).toHaveLength(before.length);
		}
	});

	it('change at most two chunks when one item is added or withdrawn', async () => {
		const before = await chunkNames(providers);
		const extra = generateProviders(40, 99).map((p) => ({ ...p, id: `${p.id}-extra` }));
		for (const added of extra) {
			expect(changed(before, await chunkNames([...providers, added])).length).toBeLessThanOrEqual(
				2
			);
		}
		for (const index of [1, 500, 998]) {
			const withdrawn = providers.filter((_, i) => i !== index);
			expect(changed(before, await chunkNames(withdrawn)).length).toBeLessThanOrEqual(2);
		}
	});

	it('give the same version for the same content, whatever the items’ order or the date', async () => {
		const a = await buildChunkedVersion(
			{ providers: { demo: true, items: providers } },
			{ now: new Date('2026-01-01T00:00:00Z') }
		);
		const b = await buildChunkedVersion({
			providers: { demo: true, items: [...providers].reverse() }
		});
		expect(b.manifest.version).toBe(a.manifest.version);
		const c = await buildChunkedVersion({ providers: { demo: false, items: providers } });
		expect(c.manifest.version).not.toBe(a.manifest.version);
	});
});
