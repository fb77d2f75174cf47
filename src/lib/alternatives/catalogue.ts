import { getDb } from '$lib/db';
import { bigTechToolSchema, type BigTechTool } from '$lib/schemas/alternative';
import { sortCatalogue } from './catalogue-view';

/**
 * The alternatives catalogue of this device: every Big Tech tool with its alternatives, parsed
 * again by its schema (stored rows are not trusted blindly), grouped by use.
 */
export async function listCatalogue(): Promise<BigTechTool[]> {
	const rows = await getDb().alternatives.toArray();
	return sortCatalogue(
		rows.flatMap((row) => {
			const parsed = bigTechToolSchema.safeParse(row);
			return parsed.success ? [parsed.data] : [];
		})
	);
}
