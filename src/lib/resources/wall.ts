// The wall of emancipated associations (/ressources/emancipees): pure helpers, tested in Node.
import type { Emancipation } from '$lib/schemas/emancipation';
import { regionIds, type RegionId } from '$lib/schemas/regions';

/** One region of the wall: its associations, the most recent move first. */
export interface WallRegion {
	region: RegionId;
	emancipations: Emancipation[];
}

const byName = new Intl.Collator('fr', { numeric: true });

/** The emancipations grouped by region (regions in the app's order, empty ones left out). */
export function wallByRegion(emancipations: readonly Emancipation[]): WallRegion[] {
	const byRegion = new Map<RegionId, Emancipation[]>();
	for (const emancipation of emancipations) {
		const region = emancipation.association.region;
		byRegion.set(region, [...(byRegion.get(region) ?? []), emancipation]);
	}
	return regionIds.flatMap((region) => {
		const list = byRegion.get(region);
		if (!list) return [];
		const sorted = [...list].sort(
			(a, b) =>
				b.since.localeCompare(a.since) || byName.compare(a.association.name, b.association.name)
		);
		return [{ region, emancipations: sorted }];
	});
}

/** Tools' names from the catalogue (id → name); an id the catalogue does not know stays as is. */
export function toolNames(ids: readonly string[], names: ReadonlyMap<string, string>): string[] {
	return ids.map((id) => names.get(id) ?? id);
}

/** A month (`YYYY-MM`) written out in `locale`: « février 2025 », "February 2025". */
export function formatMonth(month: string, locale: string): string {
	const [year = 1970, index = 1] = month.split('-').map(Number);
	return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(
		new Date(year, index - 1, 1)
	);
}
