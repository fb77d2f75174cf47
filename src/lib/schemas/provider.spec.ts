import { describe, expect, it } from 'vitest';
import { makeProvider } from '../directory/provider-factory';
import {
	associationSizeLabels,
	associationSizes,
	coverageLabels,
	coverages,
	modalities,
	modalityLabels,
	providerSchema,
	providersFeedSchema,
	regionCentroids,
	regionDistance,
	regionIds,
	regionLabels,
	regionNeighbours,
	structureTypeLabels,
	structureTypes,
	supportKindLabels,
	supportKinds
} from './provider';

/** The paths of the issues a parse reports, as dotted strings. */
function issuePaths(value: unknown): string[] {
	const result = providerSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('providerSchema', () => {
	it('accepts a valid provider', () => {
		expect(providerSchema.parse(makeProvider())).toEqual(makeProvider());
	});

	it('refuses a provider without any contact means', () => {
		expect(issuePaths(makeProvider({ contact: {} }))).toEqual(['contact']);
	});

	it('refuses a postcode that is not 5 digits', () => {
		const location = { city: 'Fougères', postcode: '3530', region: 'bretagne' as const };
		expect(issuePaths(makeProvider({ location }))).toEqual(['location.postcode']);
	});

	it('refuses an unknown region', () => {
		const location = { city: 'Genève', postcode: '12000', region: 'geneve' };
		expect(issuePaths({ ...makeProvider(), location })).toEqual(['location.region']);
	});

	it('refuses unknown keys, naming them', () => {
		const result = providerSchema.safeParse({ ...makeProvider(), rating: 5 });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['rating'] });
	});

	it('refuses empty or repeated filter values, bad contacts and out-of-range examples', () => {
		expect(issuePaths(makeProvider({ supportKinds: [] }))).toEqual(['supportKinds']);
		expect(issuePaths(makeProvider({ modalities: ['remote', 'remote'] }))).toEqual(['modalities']);
		expect(issuePaths(makeProvider({ contact: { website: 'http://a.example' } }))).toEqual([
			'contact.website'
		]);
		expect(issuePaths(makeProvider({ contact: { phone: '12345' } }))).toEqual(['contact.phone']);
		const example = { association: 'Foyer rural', summary: 'Formation à Nextcloud.', year: 1999 };
		expect(issuePaths(makeProvider({ examples: [example] }))).toEqual(['examples.0.year']);
		expect(issuePaths(makeProvider({ slug: 'Coop Bocage' }))).toEqual(['slug']);
	});

	it('accepts the usual ways of writing a French phone number', () => {
		for (const phone of ['01 23 45 67 89', '0123456789', '02.61.91.12.34', '+33 6 39 98 12 34']) {
			expect(issuePaths(makeProvider({ contact: { phone } }))).toEqual([]);
		}
	});
});

describe('providersFeedSchema', () => {
	const feed = { schemaVersion: 1, kind: 'providers', demo: true };

	it('refuses repeated ids and slugs, pointing at the repeated record', () => {
		const items = [makeProvider(), makeProvider({ slug: 'autre' }), makeProvider({ id: 'autre' })];
		const result = providersFeedSchema.safeParse({ ...feed, items });
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
			'items.1.id',
			'items.2.slug'
		]);
	});
});

describe('labels', () => {
	const groups = [
		[structureTypes, structureTypeLabels],
		[coverages, coverageLabels],
		[supportKinds, supportKindLabels],
		[associationSizes, associationSizeLabels],
		[modalities, modalityLabels],
		[regionIds, regionLabels]
	] as const;

	it('label every filter value in French and English', () => {
		for (const [values, labels] of groups) {
			expect(Object.keys(labels).sort()).toEqual([...values].sort());
			for (const label of Object.values(labels)) {
				expect(label.fr.trim()).not.toBe('');
				expect(label.en.trim()).not.toBe('');
			}
		}
	});

	it('write French with its accents and typographic apostrophe', () => {
		expect(regionLabels['ile-de-france'].fr).toBe('Île-de-France');
		expect(regionLabels['provence-alpes-cote-d-azur'].fr).toBe('Provence-Alpes-Côte d’Azur');
		expect(associationSizeLabels['volunteers-only'].fr).toBe('Bénévoles uniquement');
	});
});

describe('regions', () => {
	it('are the 18 French regions, each with a centroid on the map square', () => {
		expect(regionIds).toHaveLength(18);
		for (const region of regionIds) {
			const { x, y } = regionCentroids[region];
			expect(Math.min(x, y)).toBeGreaterThanOrEqual(0);
			expect(Math.max(x, y)).toBeLessThanOrEqual(1000);
		}
	});

	it('have symmetric neighbour lists', () => {
		for (const region of regionIds) {
			for (const neighbour of regionNeighbours[region]) {
				expect(regionNeighbours[neighbour]).toContain(region);
			}
		}
	});

	it('measure distance by borders crossed, the same region first', () => {
		expect(regionDistance('bretagne', 'bretagne')).toBe(0);
		const fromBrittany = (region: (typeof regionIds)[number]) => regionDistance('bretagne', region);
		expect(fromBrittany('pays-de-la-loire')).toBeLessThan(fromBrittany('centre-val-de-loire'));
		expect(fromBrittany('centre-val-de-loire')).toBeLessThan(fromBrittany('occitanie'));
		expect(fromBrittany('corse')).toBeLessThan(fromBrittany('la-reunion'));
		expect(regionDistance('la-reunion', 'mayotte')).toBeLessThan(
			regionDistance('la-reunion', 'bretagne')
		);
		expect(regionDistance('occitanie', 'bretagne')).toBe(regionDistance('bretagne', 'occitanie'));
	});
});
