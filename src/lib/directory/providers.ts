import { getDb } from '$lib/db';
import { providerSchema, type Provider } from '$lib/schemas/provider';

/**
 * Every provider of the local copy of the directory, parsed again by its schema: rows in
 * IndexedDB could come from an older app version or be damaged, and are not trusted blindly.
 */
export async function listProviders(): Promise<Provider[]> {
	const rows = await getDb().providers.toArray();
	return rows.flatMap((row) => {
		const parsed = providerSchema.safeParse(row);
		return parsed.success ? [parsed.data] : [];
	});
}

/** One provider by its slug, or undefined when the local directory has no such provider. */
export async function getProviderBySlug(slug: string): Promise<Provider | undefined> {
	const row = await getDb().providers.where('slug').equals(slug).first();
	const parsed = providerSchema.safeParse(row);
	return parsed.success ? parsed.data : undefined;
}

/** The local content version and load date of the directory, for the account page. */
export async function getDirectoryContentInfo() {
	return getDb().contentMeta.get('providers');
}
