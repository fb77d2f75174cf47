// Runs in Node (the gateway). Splits a /db URL into decoded path segments and its query, refusing
// anything ambiguous (an encoded slash is kept inside its segment: `_design%2Fforum` is the id
// `_design/forum`, never a path). The database gets a path re-encoded from these segments, so it
// sees exactly what the gateway checked.
import { HttpError } from '../http/errors.js';

/**
 * @param {string} url the request URL after the `/db` mount point (`req.url` in the router)
 * @returns {{ segments: string[], params: URLSearchParams }}
 */
export function parseTarget(url) {
	if (url.length > 8_192) throw new HttpError(414, 'bad_request', 'The URL is too long.');
	const [rawPath = '', ...rest] = url.split('?');
	const rawQuery = rest.join('?');
	const parts = rawPath.replace(/^\//, '').split('/');
	if (parts.at(-1) === '') parts.pop(); // `/db/forum/` is `/db/forum`
	const segments = parts.map((part) => {
		if (part === '') throw new HttpError(400, 'bad_request', 'The path has an empty segment.');
		let segment;
		try {
			segment = decodeURIComponent(part);
		} catch {
			throw new HttpError(400, 'bad_request', 'The path is not correctly encoded.');
		}
		// `.` and `..` (even encoded) mean "here" and "up" to any layer that normalises paths.
		if (segment === '.' || segment === '..') {
			throw new HttpError(400, 'bad_request', 'The path has a dot segment.');
		}
		return segment;
	});
	return { segments, params: new URLSearchParams(rawQuery) };
}

/** The path to forward for these segments. @param {string[]} segments */
export function encodePath(segments) {
	return `/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
}
