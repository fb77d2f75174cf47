import { describe, expect, it } from 'vitest';
import { FacetedSearch, indexDocuments } from './faceted-search';

interface Note {
	title: string;
	body: string;
	colour: 'red' | 'blue' | 'green';
	tags: ('a' | 'b' | 'c')[];
}

const notes: Note[] = [
	{ title: 'Réunion du bureau', body: 'ordre du jour', colour: 'red', tags: ['a'] },
	{ title: 'Assemblée générale', body: 'réunion annuelle', colour: 'blue', tags: ['a', 'b'] },
	{ title: 'Nextcloud', body: 'partage de fichiers', colour: 'red', tags: ['c'] },
	{ title: 'Calendrier', body: 'dates des réunions', colour: 'green', tags: [] }
];

const search = new FacetedSearch(
	indexDocuments<Note, { colour: Note['colour']; tag: 'a' | 'b' | 'c' }>(
		notes,
		(note) => [
			[note.title, 10],
			[note.body, 1]
		],
		{
			colour: { values: ['red', 'blue', 'green'], of: (note) => [note.colour] },
			tag: { values: ['a', 'b', 'c'], of: (note) => note.tags }
		}
	)
);

describe('FacetedSearch', () => {
	it('answers the same from a structured copy of its index (what a worker posts)', () => {
		const data = indexDocuments(notes, (note) => [[note.title, 1]], {
			colour: { values: ['red', 'blue', 'green'], of: (note) => [note.colour] }
		});
		const copy = new FacetedSearch(structuredClone(data));
		const original = new FacetedSearch(data);
		for (const text of ['', 'nextclod', 'reu'])
			expect(copy.match(text, { colour: ['red'] })).toEqual(
				original.match(text, { colour: ['red'] })
			);
	});

	it('matches every document for an empty query', () => {
		expect(search.match('', {}).docs).toEqual([0, 1, 2, 3]);
	});

	it('ranks a word in a heavy field above the same word in a light one', () => {
		const { docs } = search.match('bureau', {});
		expect(docs).toEqual([0]);
		const reunion = search.match('reunion', {});
		expect(reunion.docs).toEqual([0, 1, 3]); // 'réunions' too: the word being typed is a prefix
		expect(reunion.scores[0]).toBeGreaterThan(reunion.scores[1] ?? 0);
	});

	it('completes the word being typed and forgives a typo', () => {
		expect(search.match('reuni', {}).docs).toEqual([0, 1, 3]);
		expect(search.match('nextclod', {}).docs).toEqual([2]);
	});

	it('ORs values within a facet and ANDs facets together', () => {
		expect(search.match('', { colour: ['red', 'green'] }).docs).toEqual([0, 2, 3]);
		expect(search.match('', { colour: ['red', 'blue'], tag: ['a'] }).docs).toEqual([0, 1]);
	});

	it('counts each facet with the other facets applied but not its own', () => {
		const { counts } = search.match('', { colour: ['red'], tag: ['a'] });
		expect(counts.colour).toEqual({ red: 1, blue: 1, green: 0 });
		expect(counts.tag).toEqual({ a: 1, b: 0, c: 1 });
	});
});
