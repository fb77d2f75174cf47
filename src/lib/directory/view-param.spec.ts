import { describe, expect, it } from 'vitest';
import { readView, withView } from './view-param';

describe('the directory view in the URL', () => {
	it('is the list unless the URL asks for the map', () => {
		expect(readView(new URLSearchParams('region=bretagne'))).toBe('list');
		expect(readView(new URLSearchParams('vue=carte'))).toBe('map');
		expect(readView(new URLSearchParams('vue=autre'))).toBe('list');
	});

	it('is written after the search only for the map, so list URLs stay as they were', () => {
		const search = new URLSearchParams('q=coop&region=bretagne');
		expect(withView(search, 'map').toString()).toBe('q=coop&region=bretagne&vue=carte');
		expect(withView(new URLSearchParams('q=coop&vue=carte'), 'list').toString()).toBe('q=coop');
	});
});
