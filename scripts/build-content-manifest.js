// Writes static/data/manifest.json from the feed files beside it: each file's SHA-256 and item
// count, and a content version derived from all of them. Run after editing any feed:
//   node scripts/build-content-manifest.js
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const dataDir = new URL('../static/data/', import.meta.url);
/** Feed kind → file, in a fixed order so the version is stable. */
export const feedFiles = {
	providers: 'providers.json',
	resources: 'resources.json',
	alternatives: 'alternatives.json'
};

/** @param {URL} dir */
export async function computeManifest(dir = dataDir) {
	/** @type {Record<string, { file: string, sha256: string, count: number }>} */
	const feeds = {};
	const version = createHash('sha256');
	for (const [kind, file] of Object.entries(feedFiles)) {
		const bytes = await readFile(new URL(file, dir));
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		const count = JSON.parse(bytes.toString('utf8')).items.length;
		feeds[kind] = { file, sha256, count };
		version.update(`${kind}:${sha256}\n`);
	}
	return { schemaVersion: 1, version: version.digest('hex').slice(0, 16), feeds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const manifest = { ...(await computeManifest()), generatedAt: new Date().toISOString() };
	const ordered = {
		schemaVersion: manifest.schemaVersion,
		version: manifest.version,
		generatedAt: manifest.generatedAt,
		feeds: manifest.feeds
	};
	await writeFile(new URL('manifest.json', dataDir), JSON.stringify(ordered, null, '\t') + '\n');
	console.log(`static/data/manifest.json: content version ${manifest.version}`);
}
