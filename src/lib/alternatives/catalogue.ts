import { getDb } from '$lib/db';
import type { BigTechTool } from '$lib/schemas/alternative';
import { sortCatalogue } from './catalogue-view';

/**
 * The alternatives catalogue of this device: every Big Tech tool with its alternatives, parsed
 * again by its schema (stored rows are not trusted blindly), grouped by use. The schema (and
 * zod) loads with the first read, not with the page (bundle budget).
 */
export async function listCatalogue(): Promise<BigTechTool[]> {
	const [{ bigTechToolSchema }, rows] = await Promise.all([
		import('$lib/schemas/alternative'),
		getDb().alternatives.toArray()
	]);
	return sortCatalogue(
		rows.flatMap((row) => {
			const parsed = bigTechToolSchema.safeParse(row);
			return parsed.success ? [parsed.data] : [];
		})
	);
}
