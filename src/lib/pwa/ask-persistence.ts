/**
 * Asks the browser to keep this device's data (once; see storage.ts), at a moment the user shows
 * they rely on the app: installing it, shortlisting a provider, queueing a forum post. The
 * request code (and Dexie, where it remembers the answer) loads only then, never with a page.
 */
export function requestPersistenceSoon(): void {
	void import('./storage')
		.then(({ askPersistenceOnce }) => askPersistenceOnce())
		.catch(() => undefined);
}
