import { getDb } from '$lib/db';
import type { Provider } from '$lib/schemas/provider';
import { isHandedOver } from './handoff';

/**
 * The provider schema, loaded with the first read rather than with the page: zod stays out of the
 * page's initial JavaScript (bundle budget), and out of a first visit (see `listProviders`).
 */
async function loadProviderSchema() {
	return (await import('$lib/schemas/provider')).providerSchema;
}

/**
 * Every provider of the local copy of the directory, parsed again by its schema: rows in
 * IndexedDB could come from an older app version or be damaged, and are not trusted blindly.
 */
export async function listProviders(): Promise<Provider[]> {
	const rows = await getDb().providers.toArray();
	// Nothing to parse yet (a first visit), or rows the content worker has just checked and
	// indexed (./handoff.ts): zod is not needed, and not even loaded.
	if (rows.length === 0) return [];
	if (isHandedOver(rows)) return rows;
	const providerSchema = await loadProviderSchema();
	return rows.flatMap((row) => {
		const parsed = providerSchema.safeParse(row);
		return parsed.success ? [parsed.data] : [];
	});
}

/** One provider by its slug, or undefined when the local directory has no such provider. */
export async function getProviderBySlug(slug: string): Promise<Provider | undefined> {
	const [providerSchema, row] = await Promise.all([
		loadProviderSchema(),
		getDb().providers.where('slug').equals(slug).first()
	]);
	const parsed = providerSchema.safeParse(row);
	return parsed.success ? parsed.data : undefined;
}

/** What content this device holds (version, load date, count of each feed), for the settings. */
export async function getContentInfo() {
	return getDb().contentMeta.toArray();
}
