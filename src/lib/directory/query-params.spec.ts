import { describe, expect, it } from 'vitest';
import { emptyFilters } from './filters';
import { parseDirectoryQuery, serializeDirectoryQuery, type DirectoryQuery } from './query-params';

describe('directory query parameters', () => {
	it('round-trip a full query through the URL', () => {
		const query: DirectoryQuery = {
			text: 'nextcloud île-de-france',
			filters: {
				supportKinds: ['data-migration', 'training'],
				associationSizes: ['volunteers-only'],
				modalities: ['remote', 'long-term'],
				regions: ['bretagne', 'la-reunion'],
				structureTypes: ['cooperative']
			},
			sort: 'region',
			nearRegion: 'normandie'
		};
		const url = new URL(
			`https://passerelle.example/prestataires?${serializeDirectoryQuery(query)}`
		);
		expect(parseDirectoryQuery(url.searchParams)).toEqual(query);
		expect(url.searchParams.getAll('support')).toEqual(['data-migration', 'training']);
	});

	it('leave defaults out of the URL', () => {
		const query: DirectoryQuery = { text: '  ', filters: emptyFilters(), sort: 'relevance' };
		expect(serializeDirectoryQuery(query).toString()).toBe('');
		expect(parseDirectoryQuery(new URLSearchParams())).toEqual({ ...query, text: '' });
	});

	it('drop unknown and repeated values silently, in canonical order', () => {
		const params = new URLSearchParams(
			'q=%20coop%20&support=training&support=teleportation&support=awareness&support=training' +
				'&region=atlantis&type=&sort=random&near=mars&size=employees-50-plus&modality=ON-SITE'
		);
		expect(parseDirectoryQuery(params)).toEqual({
			text: ' coop ',
			filters: {
				...emptyFilters(),
				supportKinds: ['awareness', 'training'],
				associationSizes: ['employees-50-plus']
			},
			sort: 'relevance'
		});
	});

	it('never throw, whatever the parameters', () => {
		for (const raw of ['%', 'q=%E0%A4%A', 'region&region=&&sort', 'q=' + 'x'.repeat(5000)]) {
			expect(() => parseDirectoryQuery(new URLSearchParams(raw))).not.toThrow();
		}
		expect(parseDirectoryQuery(new URLSearchParams('q=' + 'x'.repeat(5000))).text).toHaveLength(
			200
		);
	});

	it('keeps the text as typed, trailing space included, so the next word can be typed', () => {
		const query = { ...parseDirectoryQuery(new URLSearchParams()), text: 'coop ' };
		const params = serializeDirectoryQuery(query);
		expect(params.get('q')).toBe('coop ');
		expect(parseDirectoryQuery(params).text).toBe('coop ');
		expect(serializeDirectoryQuery({ ...query, text: '   ' }).has('q')).toBe(false);
	});
});
