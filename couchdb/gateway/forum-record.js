// Runs in Node (the gateway). The forum's record stays what its authors made it:
// - the name shown with a post comes from the author's account (display-names.js), so a post's own
//   `authorName`, which anyone could set, is dropped on the way in;
// - the id of a deleted thread or reply is never used again by a member: whoever wrote there would
//   have the deleted post's replies hang under their text (Apache CouchDB gives a validation
//   function no trace of a deleted document, so this is checked here, as the admin, before the
//   write goes on);
// - what was deleted or replaced is gone from the server soon after: the database is compacted a
//   little after such writes, so no old revision keeps a deleted text (its readers are served the
//   latest revision anyway, see document-routes.js).

/**
 * @typedef {Record<string, unknown> & { _id: string }} WrittenDoc
 * @typedef {{ id: string, rev?: string, error: string, reason: string }} DocError
 */

/** A post as stored: without the name it claims. @param {WrittenDoc} doc */
export function withoutClaimedName(doc) {
	if (!('authorName' in doc)) return doc;
	const { authorName, ...rest } = doc;
	void authorName;
	return /** @type {WrittenDoc} */ (rest);
}

/** Whether a write replaces or deletes something (so compaction has work). @param {WrittenDoc} doc */
export function replacesContent(doc) {
	if (doc._deleted === true) return true;
	const generation = Number.parseInt(String(doc._rev ?? '0'), 10);
	return typeof doc._rev === 'string' && (generation > 1 || !('_revisions' in doc));
}

/**
 * @param {{ admin: import('./admin-client.js').AdminClient, compactAfterMs?: number }} deps
 */
export function createForumRecord({ admin, compactAfterMs = 30_000 }) {
	/** @type {Map<string, { timer: ReturnType<typeof setTimeout>, firstAt: number }>} */
	const pending = new Map();

	return {
		/**
		 * The documents of a write that would bring a deleted post's id back, with the refusal
		 * each gets. Deletions pass (deleting again changes nothing).
		 * @param {string} db @param {WrittenDoc[]} docs
		 * @returns {Promise<Map<string, DocError>>}
		 */
		async revivals(db, docs) {
			const ids = [...new Set(docs.filter((doc) => doc._deleted !== true).map((doc) => doc._id))];
			/** @type {Map<string, DocError>} */
			const refused = new Map();
			if (ids.length === 0) return refused;
			const { status, body } = await admin.request('POST', `/${encodeURIComponent(db)}/_all_docs`, {
				keys: ids
			});
			if (status !== 200 || !Array.isArray(body?.rows)) {
				throw new Error(`looking up deleted posts failed: HTTP ${status}`);
			}
			for (const row of body.rows) {
				if (row?.value?.deleted !== true || typeof row.id !== 'string') continue;
				refused.set(row.id, {
					id: row.id,
					error: 'forbidden',
					reason: 'This post was deleted; its place cannot be written again.'
				});
			}
			return refused;
		},

		/**
		 * Compacts `db` a little after the last write that replaced or deleted something (called
		 * once that write is stored). Writes in a row push it back, up to ten times the delay.
		 * @param {string} db
		 */
		compactSoon(db) {
			const waiting = pending.get(db);
			const firstAt = waiting?.firstAt ?? Date.now();
			if (waiting) clearTimeout(waiting.timer);
			const left = Math.max(
				0,
				Math.min(compactAfterMs, firstAt + 10 * compactAfterMs - Date.now())
			);
			const timer = setTimeout(() => {
				pending.delete(db);
				admin
					.request('POST', `/${encodeURIComponent(db)}/_compact`, {})
					.then(({ status }) => {
						if (status >= 300) console.error(`[gateway] compacting ${db}: HTTP ${status}`);
					})
					.catch((error) => console.error(`[gateway] compacting ${db}: ${error}`));
			}, left);
			timer.unref?.();
			pending.set(db, { timer, firstAt });
		},

		/** Stops the pending compactions (the server stops). */
		close() {
			for (const { timer } of pending.values()) clearTimeout(timer);
			pending.clear();
		}
	};
}
