import { describe, expect, it } from 'vitest';
import { parseResourceQuery, serializeResourceQuery } from './query-params';

describe('resource library URL state', () => {
	it('round-trips text, filters and sort', () => {
		const params = new URLSearchParams(
			'q=visio+libre&type=guide&type=testimony&theme=hosting&etape=tool-choice&outil=zoom&sort=newest'
		);
		const query = parseResourceQuery(params);
		expect(query).toEqual({
			text: 'visio libre',
			filters: {
				types: ['guide', 'testimony'],
				themes: ['hosting'],
				planSteps: ['tool-choice'],
				tools: ['zoom']
			},
			sort: 'newest'
		});
		expect(parseResourceQuery(serializeResourceQuery(query))).toEqual(query);
	});

	it('drops unknown values, repeated values and malformed tool ids', () => {
		const query = parseResourceQuery(
			new URLSearchParams(
				'type=podcast&type=guide&type=guide&etape=nope&outil=Zoom!&outil=zoom&sort=x'
			)
		);
		expect(query.filters).toEqual({ types: ['guide'], themes: [], planSteps: [], tools: ['zoom'] });
		expect(query.sort).toBe('relevance');
	});

	it('leaves defaults out of the URL', () => {
		const empty = parseResourceQuery(new URLSearchParams(''));
		expect(serializeResourceQuery(empty).toString()).toBe('');
	});
});
