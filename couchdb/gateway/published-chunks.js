// Runs in Node (the gateway). A published content version is stored in the editorial database as
// content-addressed chunks (`chunk:<sha-256 of its text>`, see src/lib/content/feed-chunks.js):
// a chunk whose text does not hash to its name is refused here, before it is stored, since every
// phone checks that digest and would refuse the whole version.
import { createHash } from 'node:crypto';
import { HttpError } from '../http/errors.js';
import { isPlainObject } from '../http/json-body.js';

export const editorialDb = 'editorial';

/**
 * Checks the chunks a write to the editorial database carries.
 * @param {string} routeName @param {unknown} body @param {string | undefined} pathId the
 *   document's id in the path, for a single document's write
 */
export function checkChunks(routeName, body, pathId) {
	const docs =
		routeName === 'bulk write' && isPlainObject(body) && Array.isArray(body.docs)
			? body.docs
			: routeName === 'document write' && isPlainObject(body)
				? [{ ...body, _id: body._id ?? pathId }]
				: [];
	for (const doc of docs) {
		if (!isPlainObject(doc) || typeof doc._id !== 'string' || !doc._id.startsWith('chunk:'))
			continue;
		if (doc._deleted === true) continue;
		const text = typeof doc.text === 'string' ? doc.text : '';
		const digest = createHash('sha256').update(text, 'utf8').digest('hex');
		if (doc._id !== `chunk:${digest}`) {
			throw new HttpError(400, 'bad_request', 'A chunk’s id must be the SHA-256 of its text.');
		}
	}
}
