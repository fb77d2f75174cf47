// The messages between the page (./run-sync.ts) and the content worker (./sync.worker.ts).
import type { DirectoryHandoff } from '$lib/directory/handoff';
import type { ContentSyncResult } from './sync';

/** Page → worker: run one content sync. */
export interface SyncRequest {
	/** Re-download and re-validate even when the version did not change (the user asked). */
	force: boolean;
}

/**
 * Worker → page: the directory it prepared (before storing the new content, so the page has it
 * when its live queries see the write), then the sync's result, always last.
 */
export type SyncWorkerMessage =
	{ kind: 'directory'; handoff: DirectoryHandoff } | { kind: 'result'; result: ContentSyncResult };
