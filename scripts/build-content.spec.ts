import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { contentManifestSchema } from '$lib/schemas/content-manifest';
import {
	buildContent,
	dataDir,
	manifestText,
	readBuiltManifest,
	readContentFiles,
	writeContent
} from './build-content.js';

describe('the build’s content feed (static/data)', () => {
	it('is exactly what `node scripts/build-content.js` writes from couchdb/demo/content', async () => {
		const shipped = await readBuiltManifest();
		const expected = await buildContent(await readContentFiles(), { previous: shipped });
		expect(contentManifestSchema.safeParse(shipped).success).toBe(true);
		expect(shipped).toEqual(expected.manifest);
		expect(await readFile(new URL('manifest.json', dataDir), 'utf8')).toBe(
			manifestText(expected.manifest)
		);
		expect((await readdir(dataDir)).sort()).toEqual(['chunks', 'manifest.json']);
		const chunksDir = new URL('chunks/', dataDir);
		expect((await readdir(chunksDir)).sort()).toEqual(
			expected.chunks.map((chunk) => `${chunk.sha256}.json`).sort()
		);
		for (const chunk of expected.chunks) {
			expect(await readFile(new URL(`${chunk.sha256}.json`, chunksDir), 'utf8')).toBe(chunk.text);
		}
	});
});

describe('writing a content version', () => {
	let dir: string | undefined;
	afterEach(async () => {
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('removes chunks the version no longer lists and the former feed files; twice changes nothing', async () => {
		dir = await mkdtemp(join(tmpdir(), 'passerelle-content-'));
		const target = pathToFileURL(`${dir}/`);
		await mkdir(join(dir, 'chunks'));
		await writeFile(join(dir, 'providers.json'), '{}');
		await writeFile(join(dir, 'chunks', `${'0'.repeat(64)}.json`), '{"items":[]}');
		const feeds = await readContentFiles();
		const version = await buildContent(feeds, { now: new Date('2026-12-01T00:00:00Z') });

		expect(await writeContent(version, target)).toEqual({
			written: version.chunks.length + 1,
			removed: 2
		});
		expect((await readdir(dir)).sort()).toEqual(['chunks', 'manifest.json']);
		expect((await readdir(join(dir, 'chunks'))).length).toBe(version.chunks.length);

		const again = await buildContent(feeds, { previous: await readBuiltManifest(target) });
		expect(again.manifest.generatedAt).toBe('2026-12-01T00:00:00.000Z');
		expect(await writeContent(again, target)).toEqual({ written: 0, removed: 0 });
	});
});
