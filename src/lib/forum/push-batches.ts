// The outbox goes out in requests the gateway accepts: at most 200 documents and 1 MB per
// `_bulk_docs` (couchdb/gateway/rate-limits.js). A post travels with every leaf revision it has
// (a conflict's resolution deletes the losing branch, which must go too), never split across
// two requests.
import type { OutboxEntry } from './outbox';
import type { PouchDoc } from './pouch-types';

/** One request's size, under the gateway's caps with room to spare. */
export const pushBatchLimits = { docs: 100, bytes: 900_000 };

/** A post waiting to be sent, with the revisions that go with it. */
export interface PushItem {
	entry: OutboxEntry;
	docs: PouchDoc[];
}

export interface PushBatch {
	entries: OutboxEntry[];
	docs: PouchDoc[];
	bytes: number;
}

/**
 * A byte count estimated as 3 per character: UTF-8's worst case for the French the posts are
 * written in.
 */
export function estimatedBytes(docs: PouchDoc[]): number {
	return docs.reduce((sum, doc) => sum + JSON.stringify(doc).length * 3, 0);
}

/** The items in order, in batches within `limits` (an item over them alone goes alone). */
export function pushBatches(items: PushItem[], limits = pushBatchLimits): PushBatch[] {
	const batches: PushBatch[] = [];
	let current: PushBatch = { entries: [], docs: [], bytes: 0 };
	for (const { entry, docs } of items) {
		const bytes = estimatedBytes(docs);
		const full =
			current.docs.length + docs.length > limits.docs || current.bytes + bytes > limits.bytes;
		if (full && current.entries.length > 0) {
			batches.push(current);
			current = { entries: [], docs: [], bytes: 0 };
		}
		current.entries.push(entry);
		current.docs.push(...docs);
		current.bytes += bytes;
	}
	if (current.entries.length > 0) batches.push(current);
	return batches;
}
