import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { contentManifestSchema } from '$lib/schemas/content-manifest';
import { computeManifest } from '../../../scripts/build-content-manifest.js';

describe('shipped content manifest', () => {
	it('is valid and matches the feed files (run `node scripts/build-content-manifest.js`)', async () => {
		const shipped = contentManifestSchema.parse(
			JSON.parse(await readFile('static/data/manifest.json', 'utf8'))
		);
		const expected = await computeManifest();
		expect({ version: shipped.version, feeds: shipped.feeds }).toEqual({
			version: expected.version,
			feeds: expected.feeds
		});
	});
});
