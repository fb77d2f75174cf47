import type { PasserelleDatabase } from '$lib/db/database';
import { prepareHandoff } from '$lib/directory/handoff-prepare';
import type { SyncRequest, SyncWorkerMessage } from './sync-protocol';
import { syncContent, type ContentSyncResult } from './sync';
import { syncFailure } from './sync-failure';

/**
 * What the content worker does with one request: the sync, with the directory's search index
 * prepared from the new providers on the way, each reported to the page through `post`.
 */
export async function syncForPage(
	db: PasserelleDatabase,
	{ force }: SyncRequest,
	post: (message: SyncWorkerMessage) => void
): Promise<void> {
	let result: ContentSyncResult;
	try {
		result = await syncContent(db, {
			force,
			onValidated: (feeds) => {
				let handoff;
				try {
					handoff = prepareHandoff(feeds.providers);
				} catch {
					return; // the page then indexes the directory itself: the content still goes in
				}
				post({ kind: 'directory', handoff });
			}
		});
	} catch (error) {
		result = syncFailure(error);
	}
	post({ kind: 'result', result });
}
