// Text normalisation shared by the index and the queries, so both sides always agree.

/** Ligatures that NFD does not decompose. */
const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const wordPattern = /[\p{L}\p{N}]+/gu;

/** The normalised words of a text, in order (repeats kept): lowercase, without accents. */
export function tokenize(value: string): string[] {
	const folded = value
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[œæß]/g, (letter) => ligatures[letter] ?? letter);
	// Matching the words (rather than replacing the separators) is the fast path for long texts.
	return folded.match(wordPattern) ?? [];
}

/**
 * Lowercases, strips accents and turns anything that is not a letter or a digit (punctuation,
 * apostrophes, hyphens) into single spaces: 'Île-de-France' and 'ile de france' become equal.
 */
export function normalizeText(value: string): string {
	return tokenize(value).join(' ');
}

/**
 * Short French (and English) words that carry no meaning in a search. They stay in the index,
 * but are dropped from a query that has other words, so 'coop de bretagne' needs no 'de'.
 */
const stopwords = new Set([
	...['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les'],
	...['pour', 'par', 'sur', 'un', 'une', 'and', 'for', 'of', 'the']
]);

/** The tokens of a query that must all match, stopwords removed unless nothing else is left. */
export function queryTokens(query: string): string[] {
	const tokens = tokenize(query);
	const meaningful = tokens.filter((token) => !stopwords.has(token));
	return meaningful.length > 0 ? meaningful : tokens;
}
