import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueNames } from '$lib/alternatives/catalogue-view';
import { alternativesFeedSchema } from '$lib/schemas/alternative';
import { resourcesFeedSchema, type Resource } from '$lib/schemas/resource';
import { makeResource } from './resource-factory';
import { ResourceSearchIndex } from './search-index';

const read = (file: string) =>
	JSON.parse(
		readFileSync(new URL(`../../../couchdb/demo/content/${file}`, import.meta.url), 'utf8')
	);
const demo = resourcesFeedSchema.parse(read('resources.json')).items;
const catalogue = alternativesFeedSchema.parse(read('alternatives.json')).items;
const index = new ResourceSearchIndex(demo, catalogueNames(catalogue));
const ids = (resources: readonly Resource[]) => resources.map((r) => r.id).sort();

describe('resource library search', () => {
	it('finds resources by a tool’s display name, accents and case ignored', () => {
		const citing = demo.filter((r) => r.tools.includes('google-docs'));
		expect(citing.length).toBeGreaterThan(0);
		const found = index.search({ text: 'GOOGLE docs' }).ids;
		expect(found).toEqual(expect.arrayContaining(citing.map((r) => r.id)));
	});

	it('tolerates a typo in a title word', () => {
		const resource = makeResource({ id: 'a', slug: 'a', title: 'Organiser une visioconférence' });
		const other = makeResource({ id: 'b', slug: 'b', title: 'Tenir la comptabilité', tools: [] });
		const small = new ResourceSearchIndex([resource, other], new Map());
		expect(small.search({ text: 'visioconferense' }).ids).toEqual(['a']);
		expect(small.search({ text: 'comptabilite' }).ids).toEqual(['b']);
	});

	it('combines filters: OR within a facet, AND across facets, as the feed says', () => {
		const filters = { types: ['guide', 'testimony'] as const, planSteps: ['tool-choice'] as const };
		const expected = demo.filter(
			(r) => (r.type === 'guide' || r.type === 'testimony') && r.planSteps.includes('tool-choice')
		);
		const result = index.search({
			filters: { types: [...filters.types], planSteps: [...filters.planSteps] }
		});
		expect(result.ids.sort()).toEqual(ids(expected));
		expect(result.total).toBe(expected.length);
	});

	it('filters by a cited tool and counts the other facets’ values', () => {
		const expected = demo.filter((r) => r.tools.includes('zoom'));
		const result = index.search({ filters: { tools: ['zoom'] } });
		expect(result.ids.sort()).toEqual(ids(expected));
		const testimonies = expected.filter((r) => r.type === 'testimony').length;
		expect(result.counts.types.testimony).toBe(testimonies);
	});

	it('lists only cited tools in the tool filter, sorted by name', () => {
		const cited = new Set(demo.flatMap((r) => r.tools));
		expect(new Set(index.tools)).toEqual(cited);
		const names = catalogueNames(catalogue);
		const labels = index.tools.map((id) => names.get(id) ?? id);
		expect(labels).toEqual([...labels].sort(new Intl.Collator('fr', { numeric: true }).compare));
	});

	it('sorts by newest and by title', () => {
		const newest = index
			.search({ sort: 'newest' })
			.ids.map((id) => index.get(id)?.publishedAt ?? '');
		expect(newest).toEqual([...newest].sort().reverse());
		const titles = index.search({ sort: 'title' }).ids.map((id) => index.get(id)?.title ?? '');
		expect(titles).toEqual([...titles].sort(new Intl.Collator('fr', { numeric: true }).compare));
	});
});
