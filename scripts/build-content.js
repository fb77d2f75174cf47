// Writes the build's content feed from the demo data files: static/data/manifest.json (a content
// version, schemaVersion 2) and static/data/chunks/<sha-256>.json, cut by
// src/lib/content/feed-chunks.js exactly as the editors' desk publishes a version. Each data file
// is checked with its feed's zod schema first (a mistake must never ship); chunk files the version
// no longer lists are removed, and files whose content did not change are left as they are (the
// manifest keeps its date while the version is the same), so running it twice changes nothing.
// Run after editing couchdb/demo/content/*.json (`npm start` runs it before a build):
//   node scripts/build-content.js
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildChunkedVersion } from '../src/lib/content/feed-chunks.js';

const root = new URL('..', import.meta.url);
export const contentDir = new URL('couchdb/demo/content/', root);
export const dataDir = new URL('static/data/', root);

/** The feed kinds, in the order the app lists them (src/lib/schemas/content-feeds.ts). */
export const feedKinds = ['providers', 'resources', 'alternatives', 'emancipations'];

/**
 * @typedef {{ schemaVersion: 1, kind: string, demo: boolean, items: { id: string }[] }} FeedFile
 * @typedef {import('../src/lib/content/feed-chunks.js').ChunkedManifest} ChunkedManifest
 * @typedef {import('../src/lib/content/feed-chunks.js').Chunk} Chunk
 */

/** Every data file, by kind. @param {URL} [dir] @returns {Promise<Record<string, FeedFile>>} */
export async function readContentFiles(dir = contentDir) {
	/** @type {Record<string, FeedFile>} */
	const feeds = {};
	for (const kind of feedKinds) {
		feeds[kind] = JSON.parse(await readFile(new URL(`${kind}.json`, dir), 'utf8'));
	}
	return feeds;
}

/**
 * Checks every feed with the app's own zod schema (loaded through Vite, as the app compiles it).
 * Throws with the first problems of each feed, naming the item.
 * @param {Record<string, FeedFile>} feeds
 */
export async function checkContentFiles(feeds) {
	const { runnerImport } = await import('vite');
	const { module } = await runnerImport('/src/lib/schemas/content-feeds.ts', {
		root: fileURLToPath(root),
		configFile: false,
		logLevel: 'silent',
		resolve: { alias: { $lib: fileURLToPath(new URL('src/lib', root)) } }
	});
	/** @type {Record<string, { safeParse: (value: unknown) => any }>} */
	const schemas = module.feedSchemas;
	const problems = feedKinds.flatMap((kind) => {
		const parsed = schemas[kind]?.safeParse(feeds[kind]);
		if (parsed?.success) return [];
		return (parsed?.error.issues ?? [{ path: [], message: 'no schema' }])
			.slice(0, 5)
			.map((/** @type {{ path: (string | number)[], message: string }} */ issue) => {
				const [first, index] = issue.path;
				const item = first === 'items' ? feeds[kind]?.items[Number(index)] : undefined;
				return `${kind}.json: ${issue.path.join('.')}: ${issue.message}${item ? ` (item ${item.id})` : ''}`;
			});
	});
	if (problems.length > 0) throw new Error(`Invalid content:\n${problems.join('\n')}`);
}

/**
 * The build's content version: its manifest and chunks. The date of `previous` is kept while the
 * version is the same, so an unchanged feed gives byte-identical files.
 * @param {Record<string, FeedFile>} feeds @param {{ previous?: ChunkedManifest, now?: Date }} [options]
 * @returns {Promise<{ manifest: ChunkedManifest, chunks: Chunk[] }>}
 */
export async function buildContent(feeds, { previous, now = new Date() } = {}) {
	/** @type {Record<string, { demo: boolean, items: { id: string }[] }>} */
	const input = {};
	for (const kind of feedKinds) {
		const feed = feeds[kind];
		if (!feed) throw new Error(`No ${kind} feed`);
		input[kind] = { demo: feed.demo, items: feed.items };
	}
	const built = await buildChunkedVersion(input, { now });
	const generatedAt =
		previous?.version === built.manifest.version
			? previous.generatedAt
			: built.manifest.generatedAt;
	// The app lists feeds in its own order (the version does not depend on it).
	const ordered = Object.fromEntries(feedKinds.map((kind) => [kind, built.manifest.feeds[kind]]));
	return {
		manifest: { ...built.manifest, generatedAt, feeds: /** @type {any} */ (ordered) },
		chunks: built.chunks
	};
}

/** The manifest file's text. @param {ChunkedManifest} manifest */
export const manifestText = (manifest) => JSON.stringify(manifest, null, '\t') + '\n';

/** @param {URL} file */
async function readIfAny(/** @type {URL} */ file) {
	try {
		return await readFile(file, 'utf8');
	} catch {
		return undefined;
	}
}

/** The manifest already in `dir`, if any. @param {URL} [dir] */
export async function readBuiltManifest(dir = dataDir) {
	const text = await readIfAny(new URL('manifest.json', dir));
	return text === undefined ? undefined : /** @type {ChunkedManifest} */ (JSON.parse(text));
}

/**
 * Writes a version into `dir`: its chunks and manifest; anything else in `dir` (chunks of earlier
 * versions, the feed files of the former format) is removed. Returns what changed.
 * @param {{ manifest: ChunkedManifest, chunks: Chunk[] }} version @param {URL} [dir]
 */
export async function writeContent({ manifest, chunks }, dir = dataDir) {
	const chunksDir = new URL('chunks/', dir);
	await mkdir(chunksDir, { recursive: true });
	const wanted = new Set(chunks.map((chunk) => `${chunk.sha256}.json`));
	let written = 0;
	let removed = 0;
	for (const chunk of chunks) {
		const file = new URL(`${chunk.sha256}.json`, chunksDir);
		if ((await readIfAny(file)) === chunk.text) continue;
		await writeFile(file, chunk.text);
		written++;
	}
	for (const name of await readdir(chunksDir)) {
		if (wanted.has(name)) continue;
		await rm(new URL(name, chunksDir));
		removed++;
	}
	for (const name of await readdir(dir)) {
		if (name === 'chunks' || name === 'manifest.json') continue;
		await rm(new URL(name, dir), { recursive: true });
		removed++;
	}
	const manifestFile = new URL('manifest.json', dir);
	if ((await readIfAny(manifestFile)) !== manifestText(manifest)) {
		await writeFile(manifestFile, manifestText(manifest));
		written++;
	}
	return { written, removed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const feeds = await readContentFiles();
	await checkContentFiles(feeds);
	const version = await buildContent(feeds, { previous: await readBuiltManifest() });
	const { written, removed } = await writeContent(version);
	const counts = feedKinds.map((kind) => `${version.manifest.feeds[kind]?.count} ${kind}`);
	console.log(
		`static/data: content version ${version.manifest.version} (${counts.join(', ')}; ` +
			`${version.chunks.length} chunks), ${written} files written, ${removed} removed`
	);
}
