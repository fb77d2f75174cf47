import { describe, expect, it } from 'vitest';
import { relaxations } from './relax';

type Filters = { colour: string[]; size: string[] };
const items = [
	{ name: 'red small', colour: 'red', size: 'small' },
	{ name: 'red small two', colour: 'red', size: 'small' },
	{ name: 'red big', colour: 'red', size: 'big' },
	{ name: 'blue big', colour: 'blue', size: 'big' }
];
const total = (text: string, filters: Filters) =>
	items.filter(
		(item) =>
			item.name.includes(text) &&
			(filters.colour.length === 0 || filters.colour.includes(item.colour)) &&
			(filters.size.length === 0 || filters.size.includes(item.size))
	).length;

describe('relaxations of an empty search', () => {
	it('suggests each active filter and the words that would bring results back', () => {
		const query = { text: 'red', filters: { colour: ['blue'], size: ['big'] } };
		expect(total(query.text, query.filters)).toBe(0);
		expect(relaxations(['colour', 'size'], query, total)).toEqual([
			{ target: 'colour', count: 1 },
			{ target: 'text', count: 1 }
		]);
	});

	it('puts the most helpful first', () => {
		const query = { text: '', filters: { colour: ['blue'], size: ['small'] } };
		expect(relaxations(['colour', 'size'], query, total)).toEqual([
			{ target: 'colour', count: 2 },
			{ target: 'size', count: 1 }
		]);
	});

	it('leaves out filters whose removal does not help', () => {
		const query = { text: 'green', filters: { colour: ['red'], size: [] } };
		expect(relaxations(['colour', 'size'], query, total)).toEqual([{ target: 'text', count: 3 }]);
	});
});
