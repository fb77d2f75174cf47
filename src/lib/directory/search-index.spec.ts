import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providersFeedSchema, regionIds, regionLabels, type Provider } from '../schemas/provider';
import {
	emptyFilters,
	facetKeys,
	facetValues,
	providerFacetValues,
	type DirectoryFilters
} from './filters';
import { editDistance, typoBudget } from '$lib/search/fuzzy';
import { queryTokens, tokenize } from '$lib/search/normalize';
import { createRandom } from '$lib/random/seeded-random.js';
import { generateProviders, makeProvider } from './provider-factory';
import { buildSearchIndex } from './search-index';

const feedUrl = new URL('../../../couchdb/demo/content/providers.json', import.meta.url);
const demo = providersFeedSchema.parse(JSON.parse(readFileSync(feedUrl, 'utf8'))).items;
const index = buildSearchIndex(demo);

describe('text search', () => {
	it('ignores accents, case and hyphens', () => {
		const { ids } = index.search({ text: 'ile de france' });
		expect(ids.length).toBeGreaterThan(0);
		const inIdf = demo.filter((p) => p.location.region === 'ile-de-france').map((p) => p.id);
		expect(ids).toEqual(expect.arrayContaining(inIdf));
		expect(index.search({ text: 'numerique' }).ids).toContain('demo-coop-numerique-du-bocage');
		expect(index.search({ text: 'FOUGÈRES' }).ids).toEqual(['demo-coop-numerique-du-bocage']);
	});

	it('tolerates typos and completes prefixes', () => {
		const withTool = (tool: string) => demo.filter((p) => p.tools.includes(tool)).map((p) => p.id);
		expect(new Set(index.search({ text: 'nextclod' }).ids)).toEqual(
			new Set([...withTool('Nextcloud'), ...index.search({ text: 'nextcloud' }).ids])
		);
		expect(index.search({ text: 'framaform' }).ids).toEqual(
			expect.arrayContaining(withTool('Framaforms'))
		);
		expect(index.search({ text: 'xyzzy' }).total).toBe(0);
	});

	it('needs every word to match', () => {
		const { ids } = index.search({ text: 'nextcloud brest' });
		for (const id of ids) {
			const provider = index.get(id);
			expect(provider?.location.city === 'Brest' || provider?.description.includes('Brest')).toBe(
				true
			);
		}
	});

	it('ranks a match in the name above one in the description', () => {
		const providers = [
			makeProvider({
				id: 'a',
				slug: 'a',
				name: 'Atelier Aurore',
				description: 'Partenaires de Hélix depuis 2015, à Lyon.'
			}),
			makeProvider({ id: 'b', slug: 'b', name: 'Hélix Conseil' })
		];
		expect(buildSearchIndex(providers).search({ text: 'helix' }).ids).toEqual(['b', 'a']);
		expect(buildSearchIndex(providers).search({ text: 'heli' }).ids).toEqual(['b', 'a']);
	});

	it('ranks exact above prefix above fuzzy within a field', () => {
		const providers = ['Zèbre Linuxien', 'Zèbre Linux', 'Zèbre Linus'].map((name, i) =>
			makeProvider({ id: `p${i}`, slug: `p${i}`, name, tools: [] })
		);
		expect(buildSearchIndex(providers).search({ text: 'linux' }).ids).toEqual(['p1', 'p0', 'p2']);
	});
});

/** The matching rules, applied the slow and obvious way to one provider. */
function bruteForceMatches(provider: Provider, text: string, filters: DirectoryFilters): boolean {
	for (const key of facetKeys) {
		const selected: readonly string[] = filters[key];
		const values = providerFacetValues(provider, key);
		if (selected.length > 0 && !values.some((value) => selected.includes(value))) return false;
	}
	const terms = tokenize(
		[
			provider.name,
			...provider.tools,
			provider.location.city,
			provider.location.postcode,
			...provider.examples.flatMap((e) => [e.association, e.summary]),
			provider.description
		].join(' ')
	);
	const region = regionLabels[provider.location.region];
	terms.push(...tokenize(`${region.fr} ${region.en}`));
	const tokens = queryTokens(text);
	return tokens.every((token, i) => {
		const prefix = i === tokens.length - 1 || token.length >= 3;
		const budget = typoBudget(token.length);
		return terms.some(
			(term) =>
				term === token ||
				(prefix && term.startsWith(token)) ||
				(budget > 0 && editDistance(token, term, budget) <= budget)
		);
	});
}

describe('filters', () => {
	it('match a brute-force filter over the same data for random queries', () => {
		const providers = generateProviders(400, 11);
		const generated = buildSearchIndex(providers);
		const random = createRandom(3);
		const words = [
			'',
			'',
			'numerique',
			'nextclod',
			'framaform',
			'lyon',
			'coop libre',
			'lien',
			'ma',
			'paheko'
		];
		let nonEmpty = 0;
		for (let run = 0; run < 60; run++) {
			const filters = emptyFilters();
			for (const key of facetKeys) {
				const values: readonly string[] = facetValues[key];
				const chosen = values.filter(() => random() < 0.2);
				(filters[key] as string[]).push(...chosen);
			}
			const text = words[Math.floor(random() * words.length)] ?? '';
			const expected = providers
				.filter((p) => bruteForceMatches(p, text, filters))
				.map((p) => p.id);
			const { ids, total } = generated.search({ text, filters });
			expect(new Set(ids)).toEqual(new Set(expected));
			expect(total).toBe(expected.length);
			if (expected.length > 0) nonEmpty++;
		}
		// The comparison means little if most random queries match nothing.
		expect(nonEmpty).toBeGreaterThan(20);
	});
});

describe('facet counts', () => {
	it('count each region with every filter except the region one', () => {
		const filters = {
			...emptyFilters(),
			regions: ['bretagne' as const],
			supportKinds: ['hosting' as const]
		};
		const { counts, total } = index.search({ text: '', filters });
		for (const region of regionIds) {
			const expected = demo.filter(
				(p) => p.location.region === region && p.supportKinds.includes('hosting')
			).length;
			expect(counts.regions[region]).toBe(expected);
		}
		expect(total).toBe(counts.regions.bretagne);
		const hostingOrNot = demo.filter((p) => p.location.region === 'bretagne');
		expect(counts.supportKinds.hosting).toBe(
			hostingOrNot.filter((p) => p.supportKinds.includes('hosting')).length
		);
	});
});

describe('sorting', () => {
	const providers = ['Zèbre', 'Éclair', 'abeille', 'Étoile', 'Ecluse'].map((name, i) =>
		makeProvider({ id: `p${i}`, slug: `p${i}`, name })
	);

	it("sorts names with French collation (accents don't go last)", () => {
		const ids = buildSearchIndex(providers).search({ sort: 'name' }).ids;
		const byName = new Map(providers.map((p) => [p.id, p.name]));
		expect(ids.map((id) => byName.get(id))).toEqual([
			'abeille',
			'Éclair',
			'Ecluse',
			'Étoile',
			'Zèbre'
		]);
	});

	it('puts the nearest regions first, then sorts by name', () => {
		const ids = index.search({ sort: 'region', nearRegion: 'bretagne' }).ids;
		const regions = ids.map((id) => index.get(id)?.location.region);
		expect(regions[0]).toBe('bretagne');
		const firstOther = regions.findIndex((region) => region !== 'bretagne');
		expect(regions.slice(firstOther).includes('bretagne')).toBe(false);
		expect(['normandie', 'pays-de-la-loire']).toContain(regions[firstOther]);
		const bretons = ids.slice(0, firstOther).map((id) => index.get(id)?.name ?? '');
		expect(bretons).toEqual([...bretons].sort(new Intl.Collator('fr', { numeric: true }).compare));
	});

	it('ranks by relevance by default, and by name when there is no text', () => {
		const all = index.search({}).ids;
		expect(all).toEqual(index.search({ sort: 'name' }).ids);
		expect(all).toHaveLength(demo.length);
	});
});

describe('scale', () => {
	// Its speed is measured by `npm run bench -- --only directory`, not asserted here (a timed
	// test moves with the machine's load): this checks that the answers stay right at that size.
	it('answers every keystroke right over 10,000 providers', () => {
		const providers = generateProviders(10_000, 5);
		const big = buildSearchIndex(providers);
		const byId = new Map(providers.map((provider) => [provider.id, provider]));
		for (const text of ['n', 'ne', 'nex', 'next', 'nextc', 'nextclod', 'coop libre lyon']) {
			const { ids } = big.search({
				text,
				filters: { supportKinds: ['training'] },
				sort: 'relevance'
			});
			expect(ids.length, text).toBeGreaterThan(0);
			for (const id of ids) expect(byId.get(id)?.supportKinds, text).toContain('training');
		}
	});
});
