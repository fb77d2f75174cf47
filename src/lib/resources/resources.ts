import { getDb } from '$lib/db';
import type { Resource } from '$lib/schemas/resource';

/**
 * Every resource of the local library, parsed again by its schema: rows in IndexedDB could come
 * from an older app version or be damaged, and are not trusted blindly. The schema (and zod) loads
 * with the first read, while IndexedDB answers, not with the page (bundle budget).
 */
export async function listResources(): Promise<Resource[]> {
	const [{ resourceSchema }, rows] = await Promise.all([
		import('$lib/schemas/resource'),
		getDb().resources.toArray()
	]);
	return rows.flatMap((row) => {
		const parsed = resourceSchema.safeParse(row);
		return parsed.success ? [parsed.data] : [];
	});
}
