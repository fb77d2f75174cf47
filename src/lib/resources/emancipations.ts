import { getDb } from '$lib/db';
import type { Emancipation } from '$lib/schemas/emancipation';

/**
 * Every emancipation on this device (« Nous nous sommes émancipés »), parsed again by its schema:
 * stored rows are not trusted blindly. The schema (and zod) loads with the first read, not with
 * the page (bundle budget).
 */
export async function listEmancipations(): Promise<Emancipation[]> {
	const [{ emancipationSchema }, rows] = await Promise.all([
		import('$lib/schemas/emancipation'),
		getDb().emancipations.toArray()
	]);
	return rows.flatMap((row) => {
		const parsed = emancipationSchema.safeParse(row);
		return parsed.success ? [parsed.data] : [];
	});
}
