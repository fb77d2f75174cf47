import { describe, expect, it } from 'vitest';
import { cutoffOf, defaultScope, everything, parseScope, sameScope, widens } from './sync-scope';

describe('sync scope', () => {
	it('follows every category for the last 12 months by default', () => {
		expect(defaultScope.categories).toHaveLength(4);
		expect(defaultScope.windowMonths).toBe(12);
	});

	it('reads a stored scope, in the categories’ fixed order, and rejects anything else', () => {
		expect(
			parseScope({ categories: ['besoins-a-mutualiser', 'aide-technique'], windowMonths: 3 })
		).toEqual({ categories: ['aide-technique', 'besoins-a-mutualiser'], windowMonths: 3 });
		expect(parseScope({ categories: [], windowMonths: 3 })).toBeUndefined();
		expect(parseScope({ categories: ['jardinage'], windowMonths: 3 })).toBeUndefined();
		expect(parseScope({ categories: ['aide-technique'], windowMonths: 7 })).toBeUndefined();
		expect(parseScope('everything')).toBeUndefined();
	});

	it('keeps activity since the same day N months ago, or everything', () => {
		const now = Date.UTC(2026, 11, 1, 12);
		expect(cutoffOf({ ...defaultScope, windowMonths: 3 }, now)).toBe(Date.UTC(2026, 8, 1, 12));
		expect(cutoffOf(everything, now)).toBeUndefined();
	});

	it('widens when a category is added or the window grows, not when it shrinks', () => {
		const narrow = {
			categories: ['aide-technique' as const, 'choisir-un-outil' as const],
			windowMonths: 3 as const
		};
		expect(widens(narrow, { ...narrow, categories: [...defaultScope.categories] })).toBe(true);
		expect(widens(narrow, { ...narrow, windowMonths: 6 })).toBe(true);
		expect(widens(narrow, { ...narrow, windowMonths: 0 })).toBe(true);
		expect(widens(narrow, { ...narrow, windowMonths: 1 })).toBe(false);
		expect(widens(narrow, { ...narrow, categories: ['aide-technique'] })).toBe(false);
		expect(widens(everything, defaultScope)).toBe(false);
		expect(
			sameScope(narrow, { ...narrow, categories: ['choisir-un-outil', 'aide-technique'] })
		).toBe(true);
	});
});
