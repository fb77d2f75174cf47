import type { Localized } from './labels';

/** The 18 French regions (13 in mainland France, 5 overseas), as stable ids used in feeds and URLs. */
export const regionIds = [
	'auvergne-rhone-alpes',
	'bourgogne-franche-comte',
	'bretagne',
	'centre-val-de-loire',
	'corse',
	'grand-est',
	'hauts-de-france',
	'ile-de-france',
	'normandie',
	'nouvelle-aquitaine',
	'occitanie',
	'pays-de-la-loire',
	'provence-alpes-cote-d-azur',
	'guadeloupe',
	'martinique',
	'guyane',
	'la-reunion',
	'mayotte'
] as const;

export type RegionId = (typeof regionIds)[number];

export const regionLabels: Record<RegionId, Localized> = {
	'auvergne-rhone-alpes': { fr: 'Auvergne-Rhône-Alpes', en: 'Auvergne-Rhône-Alpes' },
	'bourgogne-franche-comte': { fr: 'Bourgogne-Franche-Comté', en: 'Bourgogne-Franche-Comté' },
	bretagne: { fr: 'Bretagne', en: 'Brittany' },
	'centre-val-de-loire': { fr: 'Centre-Val de Loire', en: 'Centre-Val de Loire' },
	corse: { fr: 'Corse', en: 'Corsica' },
	'grand-est': { fr: 'Grand Est', en: 'Grand Est' },
	'hauts-de-france': { fr: 'Hauts-de-France', en: 'Hauts-de-France' },
	'ile-de-france': { fr: 'Île-de-France', en: 'Île-de-France' },
	normandie: { fr: 'Normandie', en: 'Normandy' },
	'nouvelle-aquitaine': { fr: 'Nouvelle-Aquitaine', en: 'Nouvelle-Aquitaine' },
	occitanie: { fr: 'Occitanie', en: 'Occitanie' },
	'pays-de-la-loire': { fr: 'Pays de la Loire', en: 'Pays de la Loire' },
	'provence-alpes-cote-d-azur': {
		fr: 'Provence-Alpes-Côte d’Azur',
		en: 'Provence-Alpes-Côte d’Azur'
	},
	guadeloupe: { fr: 'Guadeloupe', en: 'Guadeloupe' },
	martinique: { fr: 'Martinique', en: 'Martinique' },
	guyane: { fr: 'Guyane', en: 'French Guiana' },
	'la-reunion': { fr: 'La Réunion', en: 'Réunion' },
	mayotte: { fr: 'Mayotte', en: 'Mayotte' }
};

/**
 * Approximate centre of each region on a 0..1000 square for a schematic map: mainland regions
 * are projected from their real centroid; overseas regions sit in insets in the bottom-left
 * corner (the Atlantic), so their coordinates say nothing about real distances.
 */
export const regionCentroids: Record<RegionId, { x: number; y: number }> = {
	'auvergne-rhone-alpes': { x: 600, y: 540 },
	'bourgogne-franche-comte': { x: 618, y: 387 },
	bretagne: { x: 162, y: 297 },
	'centre-val-de-loire': { x: 432, y: 360 },
	corse: { x: 876, y: 842 },
	'grand-est': { x: 666, y: 252 },
	'hauts-de-france': { x: 498, y: 140 },
	'ile-de-france': { x: 480, y: 252 },
	normandie: { x: 336, y: 216 },
	'nouvelle-aquitaine': { x: 342, y: 567 },
	occitanie: { x: 462, y: 702 },
	'pays-de-la-loire': { x: 282, y: 360 },
	'provence-alpes-cote-d-azur': { x: 696, y: 680 },
	guadeloupe: { x: 70, y: 760 },
	martinique: { x: 70, y: 840 },
	guyane: { x: 70, y: 920 },
	'la-reunion': { x: 190, y: 920 },
	mayotte: { x: 190, y: 840 }
};

/**
 * Regions sharing a border (Corsica is linked to Provence by sea; overseas regions only to the
 * ones of the same ocean). Symmetric: checked by a unit test.
 */
export const regionNeighbours: Record<RegionId, readonly RegionId[]> = {
	'auvergne-rhone-alpes': [
		'bourgogne-franche-comte',
		'centre-val-de-loire',
		'nouvelle-aquitaine',
		'occitanie',
		'provence-alpes-cote-d-azur'
	],
	'bourgogne-franche-comte': [
		'grand-est',
		'ile-de-france',
		'centre-val-de-loire',
		'auvergne-rhone-alpes'
	],
	bretagne: ['normandie', 'pays-de-la-loire'],
	'centre-val-de-loire': [
		'ile-de-france',
		'normandie',
		'pays-de-la-loire',
		'nouvelle-aquitaine',
		'auvergne-rhone-alpes',
		'bourgogne-franche-comte'
	],
	corse: ['provence-alpes-cote-d-azur'],
	'grand-est': ['hauts-de-france', 'ile-de-france', 'bourgogne-franche-comte'],
	'hauts-de-france': ['ile-de-france', 'normandie', 'grand-est'],
	'ile-de-france': [
		'hauts-de-france',
		'normandie',
		'centre-val-de-loire',
		'bourgogne-franche-comte',
		'grand-est'
	],
	normandie: [
		'hauts-de-france',
		'ile-de-france',
		'centre-val-de-loire',
		'pays-de-la-loire',
		'bretagne'
	],
	'nouvelle-aquitaine': [
		'pays-de-la-loire',
		'centre-val-de-loire',
		'auvergne-rhone-alpes',
		'occitanie'
	],
	occitanie: ['nouvelle-aquitaine', 'auvergne-rhone-alpes', 'provence-alpes-cote-d-azur'],
	'pays-de-la-loire': ['bretagne', 'normandie', 'centre-val-de-loire', 'nouvelle-aquitaine'],
	'provence-alpes-cote-d-azur': ['auvergne-rhone-alpes', 'occitanie', 'corse'],
	guadeloupe: ['martinique'],
	martinique: ['guadeloupe', 'guyane'],
	guyane: ['martinique'],
	'la-reunion': ['mayotte'],
	mayotte: ['la-reunion']
};

/** Distance given to regions with no path between them (mainland and each overseas group). */
const unreachableHops = 100;

function countHops(from: RegionId): Map<RegionId, number> {
	const hops = new Map<RegionId, number>([[from, 0]]);
	const queue: RegionId[] = [from];
	for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
		const depth = hops.get(next) ?? 0;
		for (const neighbour of regionNeighbours[next]) {
			if (!hops.has(neighbour)) {
				hops.set(neighbour, depth + 1);
				queue.push(neighbour);
			}
		}
	}
	return hops;
}

let distances: Map<string, number> | undefined;

function computeDistances(): Map<string, number> {
	const table = new Map<string, number>();
	for (const a of regionIds) {
		const hops = countHops(a);
		for (const b of regionIds) {
			const ca = regionCentroids[a];
			const cb = regionCentroids[b];
			// The centroid distance (< 1 once scaled) only breaks ties between equal hop counts.
			const tieBreak = Math.hypot(ca.x - cb.x, ca.y - cb.y) / 1500;
			table.set(`${a}|${b}`, (hops.get(b) ?? unreachableHops) + tieBreak);
		}
	}
	return table;
}

/**
 * How far apart two regions are, for "nearest region first" sorting: the number of borders to
 * cross, plus a fraction from the centroid distance to break ties. 0 for the same region.
 */
export function regionDistance(a: RegionId, b: RegionId): number {
	distances ??= computeDistances();
	return distances.get(`${a}|${b}`) ?? unreachableHops;
}
