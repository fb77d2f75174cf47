import type { ContentSyncResult } from './sync';

// Browsers' words for a dynamic import that could not be fetched (Chromium, Firefox, Safari).
const codeNotLoaded = /dynamically imported module|module script failed/i;

/**
 * What to report when the content sync threw before it could say why: its own code could not be
 * downloaded (offline before the service worker cached it: the network's fault, not shown as a
 * refusal), or the device's storage failed (quota, private mode).
 */
export function syncFailure(error: unknown): ContentSyncResult {
	const detail = error instanceof Error ? error.message : String(error);
	const problem = codeNotLoaded.test(detail) ? 'unreachable' : 'storage-failed';
	return { status: 'refused', problem, detail };
}
