import { getDb } from '$lib/db';
import { resourceSchema, type Resource } from '$lib/schemas/resource';

/**
 * Every resource of the local library, parsed again by its schema: rows in IndexedDB could come
 * from an older app version or be damaged, and are not trusted blindly.
 */
export async function listResources(): Promise<Resource[]> {
	const rows = await getDb().resources.toArray();
	return rows.flatMap((row) => {
		const parsed = resourceSchema.safeParse(row);
		return parsed.success ? [parsed.data] : [];
	});
}
