// Runs in the browser (the editors' desk, the content sync) and in Node (the server's first
// content, `npm run publish-content`, the build's demo feed): a published content version cut into
// content-addressed chunks. A feed's items, in id order, are cut where an item's id hashes to a
// multiple of `target` (content-defined, as rsync and restic cut files): a changed item changes
// its own chunk only, and an added or withdrawn one at most its chunk and the next, so a phone
// that has the previous version downloads a few chunks, not the whole feed. Each chunk is named by
// the SHA-256 of its text; the manifest lists them. Plain JavaScript, so Node scripts import it
// as is.

/** Items per chunk on average, and at most four times as many. */
export const chunkTarget = 64;

/**
 * @typedef {{ id: string }} Keyed
 * @typedef {{ sha256: string, count: number, bytes: number }} ChunkEntry
 * @typedef {{ kind: string, demo: boolean, count: number, chunks: ChunkEntry[] }} FeedEntry
 * @typedef {{ schemaVersion: 2, version: string, generatedAt: string,
 *   feeds: Record<string, FeedEntry> }} ChunkedManifest
 * @typedef {{ sha256: string, text: string }} Chunk
 */

/** FNV-1a over the id's UTF-16 code units: the same cut everywhere, fast. @param {string} id */
function idHash(id) {
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		hash ^= id.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * A feed's items in chunks: sorted by id, cut after each item whose id hashes to a multiple of
 * `target`, and after `4 × target` items at most.
 * @template {Keyed} T @param {T[]} items @param {number} [target]
 * @returns {T[][]}
 */
export function cutIntoChunks(items, target = chunkTarget) {
	const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	/** @type {T[][]} */
	const chunks = [];
	/** @type {T[]} */
	let current = [];
	for (const item of sorted) {
		current.push(item);
		if (idHash(item.id) % target === 0 || current.length >= 4 * target) {
			chunks.push(current);
			current = [];
		}
	}
	if (current.length > 0) chunks.push(current);
	return chunks;
}

/** Hex SHA-256 of a text's UTF-8 bytes (Web Crypto: browsers and Node alike). @param {string} text */
export async function sha256OfText(text) {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A chunk's text: its items, as the device reads them. @param {unknown[]} items */
export const chunkText = (items) => JSON.stringify({ items });

/**
 * A content version from each feed's items: the chunks to store (by their digest) and the
 * manifest that lists them. The version is the digest of the chunk lists, so the same content
 * gives the same version.
 * @param {Record<string, { demo: boolean, items: Keyed[] }>} feeds feed kind → its items
 * @param {{ now?: Date, target?: number }} [options]
 * @returns {Promise<{ manifest: ChunkedManifest, chunks: Chunk[] }>}
 */
export async function buildChunkedVersion(feeds, { now = new Date(), target = chunkTarget } = {}) {
	/** @type {Map<string, Chunk>} */
	const chunks = new Map();
	/** @type {Record<string, FeedEntry>} */
	const entries = {};
	const encoder = new TextEncoder();
	for (const [kind, feed] of Object.entries(feeds).sort(([a], [b]) => (a < b ? -1 : 1))) {
		/** @type {ChunkEntry[]} */
		const list = [];
		for (const items of cutIntoChunks(feed.items, target)) {
			const text = chunkText(items);
			const sha256 = await sha256OfText(text);
			chunks.set(sha256, { sha256, text });
			list.push({ sha256, count: items.length, bytes: encoder.encode(text).length });
		}
		entries[kind] = { kind, demo: feed.demo, count: feed.items.length, chunks: list };
	}
	const version = (
		await sha256OfText(
			Object.values(entries)
				.map(
					(entry) => `${entry.kind}:${entry.demo}:${entry.chunks.map((c) => c.sha256).join(',')}`
				)
				.join('\n')
		)
	).slice(0, 16);
	return {
		manifest: { schemaVersion: 2, version, generatedAt: now.toISOString(), feeds: entries },
		chunks: [...chunks.values()]
	};
}
