// Runs in a dedicated worker, started by ./run-sync.ts for each content sync: fetching and
// checking the feeds (digests, zod schemas), storing them in IndexedDB and indexing the directory,
// all off the page's main thread. The page's live queries still see the write: Dexie broadcasts
// every commit to the origin's other windows and workers (BroadcastChannel).
import { PasserelleDatabase } from '$lib/db/database';
import type { SyncRequest, SyncWorkerMessage } from './sync-protocol';
import { syncForPage } from './sync-for-page';

let db: PasserelleDatabase | undefined;

self.addEventListener('message', (event: MessageEvent<SyncRequest>) => {
	db ??= new PasserelleDatabase();
	void syncForPage(db, event.data, (message: SyncWorkerMessage) => self.postMessage(message));
});
