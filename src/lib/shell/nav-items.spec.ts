import { describe, expect, it } from 'vitest';
import { isCurrentSection, primaryNav } from './nav-items';

describe('isCurrentSection', () => {
	it('marks a section and its sub-pages as current', () => {
		expect(isCurrentSection('/prestataires', '/prestataires')).toBe(true);
		expect(isCurrentSection('/prestataires/coop-du-bocage', '/prestataires')).toBe(true);
	});

	it('does not confuse a section with one whose name starts the same', () => {
		expect(isCurrentSection('/planning', '/plan')).toBe(false);
	});

	it('only marks home as current on the home page', () => {
		expect(isCurrentSection('/', '/')).toBe(true);
		expect(isCurrentSection('/forum', '/')).toBe(false);
	});

	it('offers the five phone destinations in the agreed order', () => {
		expect(primaryNav.map((item) => item.href)).toEqual([
			'/',
			'/prestataires',
			'/ressources',
			'/plan',
			'/forum'
		]);
	});
});
