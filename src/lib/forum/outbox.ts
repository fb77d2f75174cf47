// The outbox: posts written on this device that the server has not accepted yet. Pure functions
// over a plain record, saved as a `_local/` document of the local PouchDB (never replicated), so
// the outbox survives reloads and offline restarts. An entry leaves the outbox only when the
// server accepted the post or the user discarded it: nothing is dropped silently.
import { z } from '$lib/schemas/zod';

export const outboxEntrySchema = z.object({
	id: z.string(),
	queuedAt: z.string(),
	state: z.enum(['pending', 'rejected']),
	/** The server's reason, for a rejected post; the last transient error, for a pending one. */
	reason: z.string().optional()
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
export const outboxSchema = z.record(z.string(), outboxEntrySchema);
export type Outbox = z.infer<typeof outboxSchema>;

/** One document's answer from the server's `_bulk_docs` (errors only matter). */
export interface PushResult {
	id: string;
	error?: string;
	reason?: string;
}

/** Adds (or re-queues, after an edit of a rejected post) a document to send. */
export function queuePost(outbox: Outbox, id: string, now = new Date()): Outbox {
	return { ...outbox, [id]: { id, queuedAt: now.toISOString(), state: 'pending' } };
}

/** Removes a post the user chose to discard. */
export function dropPost(outbox: Outbox, id: string): Outbox {
	const rest = { ...outbox };
	delete rest[id];
	return rest;
}

/** Entries waiting to be sent (rejected ones wait for the user instead). */
export function pendingEntries(outbox: Outbox): OutboxEntry[] {
	return Object.values(outbox).filter((entry) => entry.state === 'pending');
}

/** Ids of the documents waiting to be sent. */
export function pendingIds(outbox: Outbox): string[] {
	return pendingEntries(outbox).map((entry) => entry.id);
}

/**
 * Applies the server's answer to a push of `sent`:
 * - accepted → leaves the outbox (the server has it: the badge clears);
 * - `forbidden` (validate_doc_update refused it) → rejected, with the server's reason;
 * - `unauthorized` (the session expired) → stays pending, and the user is asked to log in;
 * - anything else → stays pending with the error, and is retried.
 */
export function applyPushResults(
	outbox: Outbox,
	sent: Pick<OutboxEntry, 'id' | 'queuedAt'>[],
	results: PushResult[]
): { outbox: Outbox; sessionExpired: boolean; accepted: string[]; rejected: string[] } {
	const errors = new Map(results.filter((r) => r.error).map((r) => [r.id, r]));
	const next: Outbox = { ...outbox };
	const accepted: string[] = [];
	const rejected: string[] = [];
	let sessionExpired = false;
	for (const { id, queuedAt } of sent) {
		const entry = next[id];
		// Edited or discarded while it was being sent: the newer state wins, sent again later.
		if (!entry || entry.queuedAt !== queuedAt) continue;
		const error = errors.get(id);
		if (!error) {
			delete next[id];
			accepted.push(id);
		} else if (error.error === 'forbidden') {
			next[id] = { ...entry, state: 'rejected', reason: error.reason ?? error.error };
			rejected.push(id);
		} else {
			if (error.error === 'unauthorized') sessionExpired = true;
			next[id] = { ...entry, state: 'pending', reason: error.reason ?? error.error };
		}
	}
	return { outbox: next, sessionExpired, accepted, rejected };
}
