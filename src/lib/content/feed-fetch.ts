/** Thrown when a content file cannot be had at all: not from the network, not from the cache. */
export class ContentUnreachableError extends Error {
	constructor(readonly url: string) {
		super(`Could not load ${url}`);
	}
}

/**
 * Fetches a content file, fresh from the server when online. The query string makes the request
 * miss the service worker's precache (which matches the bare URL), so a feed published after the
 * app was built is seen; offline, the bare URL is answered from that precache instead.
 * Returns the response body as bytes, or throws ContentUnreachableError; a 404 is returned
 * as `undefined` (the file is missing on the server).
 */
export async function fetchContentFile(
	url: string,
	fetchImpl: typeof fetch,
	freshness: string
): Promise<ArrayBuffer | undefined> {
	for (const candidate of [`${url}?v=${encodeURIComponent(freshness)}`, url]) {
		let response: Response;
		try {
			response = await fetchImpl(candidate, { cache: 'no-cache' });
		} catch {
			continue; // offline or server down: try the cached copy
		}
		if (response.status === 404) return undefined;
		if (response.ok) return response.arrayBuffer();
	}
	throw new ContentUnreachableError(url);
}

/** Hex SHA-256 of some bytes (Web Crypto: in browsers and in Node alike). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
