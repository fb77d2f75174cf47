#!/usr/bin/env node
// Runs in Node: `npm run publish-content -- --out /var/www/passerelle/data`, for a deployment
// whose web server serves the app's static files itself (Apache CouchDB behind the gateways, the
// app from nginx or a CDN): writes the content version the editors last published (the editorial
// database's `manifest` and its chunks) as the files the app downloads, `manifest.json` and
// `chunks/<sha256>.json`. It reads the database over the CouchDB API as the admin (COUCHDB_URL,
// or the embedded database of DATA_DIR), checks every chunk's digest, writes the chunks first and
// the manifest last (a phone never sees a manifest whose chunks are missing), and removes the
// chunks neither this version nor the previous one lists (a phone downloading the previous one
// finishes). Run it after each « Publier », by hand or from cron; running it again changes nothing.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createAdminClient } from './gateway/admin-client.js';
import { adminAccess } from './roles.js';

/**
 * @param {{ out: string, admin: import('./gateway/admin-client.js').AdminClient,
 *   log?: (line: string) => void }} options
 * @returns {Promise<{ version: string, written: number, kept: number, removed: number }>}
 */
export async function publishContent({ out, admin, log = () => {} }) {
	const { status, body } = await admin.request('GET', '/editorial/manifest');
	if (status === 404) throw new Error('Nothing is published yet: editors publish from /edition.');
	if (status !== 200) throw new Error(`Reading the published version failed (HTTP ${status}).`);
	const manifest = body.manifest;
	/** @type {string[]} */
	const wanted = Object.values(manifest.feeds).flatMap((feed) =>
		/** @type {{ chunks: { sha256: string }[] }} */ (feed).chunks.map((chunk) => chunk.sha256)
	);
	const chunksDir = join(out, 'chunks');
	await mkdir(chunksDir, { recursive: true });
	const present = new Set((await readdir(chunksDir)).map((name) => name.replace(/\.json$/, '')));
	let written = 0;
	for (const sha of wanted) {
		if (present.has(sha)) continue;
		const chunk = await admin.request('GET', `/editorial/${encodeURIComponent(`chunk:${sha}`)}`);
		if (chunk.status !== 200 || typeof chunk.body.text !== 'string') {
			throw new Error(
				`The published version lists chunk ${sha}, which the database does not hold.`
			);
		}
		const digest = createHash('sha256').update(chunk.body.text, 'utf8').digest('hex');
		if (digest !== sha)
			throw new Error(`Chunk ${sha} does not match its digest: nothing replaced.`);
		await writeAtomically(join(chunksDir, `${sha}.json`), chunk.body.text);
		written++;
	}
	// The previous version's chunks stay until the next publication: a phone may be mid-way.
	const previous = await readFile(join(out, 'manifest.json'), 'utf8').then(
		(text) => JSON.parse(text),
		() => undefined
	);
	const keep = new Set([...wanted, ...chunksOf(previous)]);
	await writeAtomically(join(out, 'manifest.json'), JSON.stringify(manifest));
	let removed = 0;
	for (const name of await readdir(chunksDir)) {
		if (keep.has(name.replace(/\.json$/, ''))) continue;
		await rm(join(chunksDir, name), { force: true });
		removed++;
	}
	log(`Content version ${manifest.version}: ${written} chunks written, ${removed} removed`);
	return { version: manifest.version, written, kept: wanted.length - written, removed };
}

/** The chunk digests a manifest lists (none for an older format). @param {any} manifest */
function chunksOf(manifest) {
	if (manifest?.schemaVersion !== 2) return [];
	return Object.values(manifest.feeds).flatMap((/** @type {any} */ feed) =>
		feed.chunks.map((/** @type {{ sha256: string }} */ chunk) => chunk.sha256)
	);
}

/** Writes a file whole or not at all (a temporary file, then renamed). @param {string} path @param {string} text */
async function writeAtomically(path, text) {
	const temporary = `${path}.${process.pid}.tmp`;
	await writeFile(temporary, text);
	await rename(temporary, path);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const at = process.argv.indexOf('--out');
	const out = at >= 0 ? process.argv[at + 1] : undefined;
	if (!out) {
		console.error('Usage: npm run publish-content -- --out <the folder served as /data>');
		process.exit(2);
	}
	try {
		const admin = createAdminClient(await adminAccess(process.env));
		await publishContent({ out: resolve(out), admin, log: (line) => console.log(line) });
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
