import { offerHandoff } from '$lib/directory/handoff';
import type { ContentSyncResult } from './sync';
import type { SyncRequest, SyncWorkerMessage } from './sync-protocol';

/**
 * Runs one content sync in a worker (./sync.worker.ts), so that a first visit's import does not
 * block the page; on this thread when no worker can start (no Worker, blocked, its file missing).
 */
export async function runContentSync(force: boolean): Promise<ContentSyncResult> {
	return (await syncInWorker(force)) ?? syncHere(force);
}

/** The worker's result, or undefined when it could not start or died before answering. */
function syncInWorker(force: boolean): Promise<ContentSyncResult | undefined> {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return Promise.resolve(undefined);
	}
	return new Promise((resolve) => {
		const finish = (result: ContentSyncResult | undefined) => {
			worker.terminate();
			resolve(result);
		};
		worker.addEventListener('message', ({ data }: MessageEvent<SyncWorkerMessage>) => {
			if (data.kind === 'directory') offerHandoff(data.handoff);
			else finish(data.result);
		});
		// The file could not load or run: the sync is safe to run again here (all or nothing).
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			finish(undefined);
		});
		worker.addEventListener('messageerror', () => finish(undefined));
		worker.postMessage({ force } satisfies SyncRequest);
	});
}

/** The same sync on the page's thread: its code (Dexie, zod schemas) loads on first use. */
async function syncHere(force: boolean): Promise<ContentSyncResult> {
	const [{ loadDb }, { syncContent }] = await Promise.all([import('$lib/db'), import('./sync')]);
	return syncContent(await loadDb(), { force });
}
