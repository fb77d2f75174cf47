import { describe, expect, it } from 'vitest';
import { createRandom } from '$lib/random/seeded-random.js';
import { editDistance, TermDictionary, typoBudget } from './fuzzy';

/** Unbounded optimal string alignment distance, written the plain way, as a reference. */
function referenceDistance(a: string, b: string): number {
	const width = b.length + 1;
	const d = new Array<number>((a.length + 1) * width).fill(0);
	const at = (i: number, j: number) => d[i * width + j] ?? Infinity;
	for (let i = 0; i <= a.length; i++) {
		for (let j = 0; j <= b.length; j++) {
			let value = Math.max(i, j);
			if (i > 0 && j > 0) {
				const cost = a[i - 1] === b[j - 1] ? 0 : 1;
				value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
				if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
					value = Math.min(value, at(i - 2, j - 2) + 1);
				}
			}
			d[i * width + j] = value;
		}
	}
	return at(a.length, b.length);
}

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps', () => {
		expect(editDistance('nextcloud', 'nextcloud', 2)).toBe(0);
		expect(editDistance('nextclod', 'nextcloud', 2)).toBe(1);
		expect(editDistance('nexctloud', 'nextcloud', 2)).toBe(1);
		expect(editDistance('mattermots', 'mattermost', 2)).toBe(1);
		expect(editDistance('framasoft', 'framaforms', 2)).toBe(3);
	});

	it('agrees with the plain algorithm within the bound', () => {
		const random = createRandom(7);
		const word = () =>
			Array.from(
				{ length: 1 + Math.floor(random() * 9) },
				() => 'abcde'[Math.floor(random() * 5)]
			).join('');
		for (let i = 0; i < 3000; i++) {
			const [a, b] = [word(), word()];
			for (const max of [1, 2]) {
				expect(editDistance(a, b, max)).toBe(Math.min(referenceDistance(a, b), max + 1));
			}
		}
	});
});

describe('typoBudget', () => {
	it('allows no typo under 4 letters, 1 up to 7, 2 from 8', () => {
		expect([3, 4, 7, 8, 12].map(typoBudget)).toEqual([0, 1, 1, 2, 2]);
	});
});

describe('TermDictionary', () => {
	const dictionary = new TermDictionary(['nextcloud', 'next', 'framaforms', 'framadate', 'lyon']);

	it('finds exact, prefix and fuzzy matches', () => {
		const found = (token: string, prefix = true) =>
			dictionary.lookup(token, prefix).map(({ term, kind }) => `${kind}:${term}`);
		expect(found('next')).toEqual(['exact:next', 'prefix:nextcloud']);
		expect(found('next', false)).toEqual(['exact:next']);
		expect(found('frama')).toEqual(['prefix:framadate', 'prefix:framaforms']);
		expect(found('nextclod')).toEqual(['fuzzy:nextcloud']);
		expect(found('lyno')).toEqual(['fuzzy:lyon']);
		expect(found('lio')).toEqual([]);
	});
});
