import { markPersistenceAsked, wasPersistenceAsked } from '$lib/db/settings';

export interface StorageState {
	supported: boolean;
	persisted: boolean;
	usageBytes?: number;
	quotaBytes?: number;
}

/** What the browser says about this origin's storage: persisted or best-effort, and how much. */
export async function readStorageState(): Promise<StorageState> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persisted) return { supported: false, persisted: false };
	const [persisted, estimate] = await Promise.all([
		storage.persisted(),
		storage.estimate ? storage.estimate() : Promise.resolve<StorageEstimate>({})
	]);
	return {
		supported: true,
		persisted,
		usageBytes: estimate.usage,
		quotaBytes: estimate.quota
	};
}

/** Asks the browser to keep our data under storage pressure. Returns whether it is persisted. */
export async function requestPersistentStorage(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
	const granted = await navigator.storage.persist();
	await markPersistenceAsked();
	return granted;
}

/**
 * Asks once, at a moment the user has just entrusted us with data of their own (a plan edit,
 * a shortlist entry, a queued forum post) or installed the app: browsers grant it more readily
 * then, and it is when losing data would hurt.
 */
export async function askPersistenceOnce(): Promise<void> {
	if (await wasPersistenceAsked()) return;
	await requestPersistentStorage();
}

/** Formats a byte count for people: "1,2 Mo" in French, "1.2 MB" in English. */
export function formatBytes(bytes: number, locale: string): string {
	const units = locale === 'fr' ? ['o', 'ko', 'Mo', 'Go', 'To'] : ['B', 'kB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit += 1;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
