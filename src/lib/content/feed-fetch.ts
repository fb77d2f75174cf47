/** Thrown when a content file cannot be had at all: not from the network, not from the cache. */
export class ContentUnreachableError extends Error {
	constructor(readonly url: string) {
		super(`Could not load ${url}`);
	}
}

/**
 * The service worker's cache of chunks fetched after the build (vite.config.ts, runtimeCaching):
 * a chunk found damaged is removed from it, so a later sync does not read it again.
 */
export const chunkCacheName = 'content-chunks';

/** A content file's bytes; `isFresh`: from the server, not the copy cached with the app. */
export interface FetchedFile {
	bytes: ArrayBuffer;
	isFresh: boolean;
}

/**
 * Fetches the content manifest, fresh from the server when online. The query string makes the
 * request miss the service worker's precache (which matches the bare URL), so a version published
 * after the app was built is seen; offline, the bare URL is answered from that precache instead
 * (the build's version: possibly older than what editors published since).
 * Returns the body, or throws ContentUnreachableError; a 404 is returned as `undefined` (the file
 * is missing on the server).
 */
export async function fetchContentFile(
	url: string,
	fetchImpl: typeof fetch,
	freshness: string
): Promise<FetchedFile | undefined> {
	const candidates = [`${url}?v=${encodeURIComponent(freshness)}`, url];
	for (const [index, candidate] of candidates.entries()) {
		let response: Response;
		try {
			response = await fetchImpl(candidate, { cache: 'no-cache' });
		} catch {
			continue; // offline or server down: try the cached copy
		}
		if (response.status === 404) return undefined;
		if (response.ok) return { bytes: await response.arrayBuffer(), isFresh: index === 0 };
	}
	throw new ContentUnreachableError(url);
}

export type FetchedChunk = { text: string } | { problem: 'missing' | 'corrupt' };

/**
 * Fetches the chunk named `sha256` and checks its digest. A chunk never changes under its name,
 * so the bare URL goes first: the service worker's precache (the build's chunks) or its runtime
 * cache (chunks published later) answers it offline. A copy that does not match its name (cut
 * short, damaged in a cache) is evicted and fetched once more past every cache; still wrong, it
 * is `corrupt`. A 404 is `missing`; no answer at all throws ContentUnreachableError.
 */
export async function fetchChunk(
	baseUrl: string,
	sha256: string,
	fetchImpl: typeof fetch
): Promise<FetchedChunk> {
	const url = `${baseUrl}/chunks/${sha256}.json`;
	const attempts: [string, RequestInit][] = [
		[url, {}],
		[`${url}?v=${sha256}`, { cache: 'no-store' }]
	];
	for (const [index, [candidate, init]] of attempts.entries()) {
		let response: Response;
		try {
			response = await fetchImpl(candidate, init);
		} catch {
			if (index === 0) continue; // a cache may still be reachable past the service worker
			throw new ContentUnreachableError(url);
		}
		if (response.status === 404) return { problem: 'missing' };
		if (!response.ok) throw new ContentUnreachableError(url);
		const bytes = await response.arrayBuffer();
		if ((await sha256Hex(bytes)) === sha256) return { text: new TextDecoder().decode(bytes) };
		if (index === 0) await evictCachedChunk(url);
	}
	return { problem: 'corrupt' };
}

/** Removes a damaged copy of a chunk from the service worker's cache (where there is one). */
async function evictCachedChunk(url: string): Promise<void> {
	try {
		const cache = await globalThis.caches?.open(chunkCacheName);
		await cache?.delete(new URL(url, globalThis.location?.href).href);
	} catch {
		// No cache storage here (Node, some private modes): nothing to evict.
	}
}

/** Hex SHA-256 of some bytes (Web Crypto: in browsers and in Node alike). */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
