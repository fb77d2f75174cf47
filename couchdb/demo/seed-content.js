// Runs in Node, from the provisioning script (`provision({ seedDemo: true })`): on a fresh server
// the demo content (couchdb/demo/content/*.json, the files a person edits) becomes the first
// version of the editorial database, and is published, once: every item with its first history
// entry, the chunks and the manifest the app downloads (src/lib/content/feed-chunks.js). The
// published version is the build's own demo feed, so phones that have it download nothing.
import { readFile, readdir } from 'node:fs/promises';
import { buildChunkedVersion } from '../../src/lib/content/feed-chunks.js';

const contentDir = new URL('./content/', import.meta.url);

/** Same shape as src/lib/forum/ids.ts `timeKey` (base-36 time, then a suffix). */
const timeKey = (/** @type {number} */ time, /** @type {number} */ n) =>
	`${time.toString(36).padStart(9, '0')}-seed${n.toString(36).padStart(4, '0')}`;

/**
 * @param {{ request: (method: string, path: string, body?: unknown, accept?: number[]) =>
 *   Promise<{ status: number, body: any }> }} client an admin client of provision-lib.js
 * @param {{ by: string, now?: Date }} options `by`: the admin's name, written as the author
 * @returns {Promise<{ items: number }>} what was created (0 when the database already had content)
 */
export async function seedContentDemo(client, { by, now = new Date() }) {
	const existing = await client.request('GET', '/editorial/manifest', undefined, [404]);
	const anyItem = await client.request(
		'GET',
		'/editorial/_all_docs?startkey=%22item%3A%22&endkey=%22item%3B%22&limit=1'
	);
	if (existing.status === 200 || anyItem.body.rows.length > 0) return { items: 0 };
	const files = (await readdir(contentDir).catch(() => [])).filter((name) =>
		name.endsWith('.json')
	);
	if (files.length === 0) return { items: 0 };

	/** @type {Record<string, { demo: boolean, items: { id: string }[] }>} */
	const feeds = {};
	for (const file of files.sort()) {
		const feed = JSON.parse(await readFile(new URL(file, contentDir), 'utf8'));
		feeds[feed.kind] = { demo: feed.demo === true, items: feed.items };
	}
	const at = now.toISOString();
	/** @type {Record<string, unknown>[]} */
	const docs = [];
	let n = 0;
	for (const [kind, feed] of Object.entries(feeds)) {
		for (const item of feed.items) {
			const common = { feed: kind, itemId: item.id, item };
			docs.push({
				_id: `item:${kind}:${item.id}`,
				type: 'item',
				...common,
				status: 'published',
				updatedAt: at,
				updatedBy: by
			});
			docs.push({
				_id: `history:${kind}:${item.id}:${timeKey(now.getTime(), n++)}`,
				type: 'history',
				...common,
				action: 'import',
				at,
				by,
				note: 'Contenu de démonstration'
			});
		}
	}
	const { manifest, chunks } = await buildChunkedVersion(feeds, { now });
	for (const chunk of chunks)
		docs.push({ _id: `chunk:${chunk.sha256}`, type: 'chunk', text: chunk.text });
	docs.push({
		_id: `publication:${timeKey(now.getTime(), n++)}`,
		type: 'publication',
		version: manifest.version,
		at,
		by,
		counts: Object.fromEntries(
			Object.entries(feeds).map(([kind, feed]) => [kind, feed.items.length])
		),
		bytes: chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.text), 0)
	});
	for (let i = 0; i < docs.length; i += 500) {
		const result = await client.request('POST', '/editorial/_bulk_docs', {
			docs: docs.slice(i, i + 500)
		});
		const failed = result.body.filter((/** @type {{ error?: string }} */ row) => row.error);
		if (failed.length > 0) throw new Error(`Demo content refused: ${JSON.stringify(failed[0])}`);
	}
	// The manifest last: the version is served only once every chunk it lists is there.
	await client.request('PUT', '/editorial/manifest', {
		type: 'manifest',
		manifest,
		publishedAt: at,
		publishedBy: by
	});
	return { items: Object.values(feeds).reduce((sum, feed) => sum + feed.items.length, 0) };
}
