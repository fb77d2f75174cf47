import { getDb } from '$lib/db';
import type { Provider } from '$lib/schemas/provider';

/**
 * The provider schema, loaded with the first read rather than with the page: zod is then fetched
 * while IndexedDB answers, and stays out of the page's initial JavaScript (bundle budget).
 */
async function loadProviderSchema() {
	return (await import('$lib/schemas/provider')).providerSchema;
}

/**
 * Every provider of the local copy of the directory, parsed again by its schema: rows in
 * IndexedDB could come from an older app version or be damaged, and are not trusted blindly.
 */
export async function listProviders(): Promise<Provider[]> {
	const [providerSchema, rows] = await Promise.all([
		loadProviderSchema(),
		getDb().providers.toArray()
	]);
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
