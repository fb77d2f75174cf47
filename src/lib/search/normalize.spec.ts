import { describe, expect, it } from 'vitest';
import { normalizeText, queryTokens, tokenize } from './normalize';

describe('normalizeText', () => {
	it('lowercases, strips accents and splits on hyphens and apostrophes', () => {
		expect(normalizeText('Île-de-France')).toBe('ile de france');
		expect(normalizeText('Provence-Alpes-Côte d’Azur')).toBe('provence alpes cote d azur');
		expect(normalizeText("  L'Œuvre   NUMÉRIQUE!  ")).toBe('l oeuvre numerique');
	});
});

describe('tokenize', () => {
	it('gives no token for an empty or punctuation-only text', () => {
		expect(tokenize('')).toEqual([]);
		expect(tokenize(' -- ’ ')).toEqual([]);
	});
});

describe('queryTokens', () => {
	it('drops French stopwords unless nothing else is left', () => {
		expect(queryTokens('Coop de la Bretagne')).toEqual(['coop', 'bretagne']);
		expect(queryTokens('de la')).toEqual(['de', 'la']);
	});
});
