// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './index';

describe('markdownToPlainText', () => {
	it('keeps the words, drops the markup, puts everything on one line', () => {
		expect(
			markdownToPlainText(
				'## Étape 1\n\nOuvrez **Nextcloud** et [connectez-vous](https://example.org).\n\n- un\n- deux\n\n`code` ![logo](x.png)'
			)
		).toBe('Étape 1 Ouvrez Nextcloud et connectez-vous. un deux code logo');
	});

	it('gives characters, not HTML: the result is for text interpolation', () => {
		expect(markdownToPlainText('a < b & "c" <script>x</script>')).toBe(
			'a < b & "c" <script>x</script>'
		);
	});

	it('cuts at a word boundary with an ellipsis, within maxLength', () => {
		const text = markdownToPlainText('Une association quitte les outils des géants du web.', 30);
		expect(text).toBe('Une association quitte les…');
		expect(text.length).toBeLessThanOrEqual(30);
	});

	it('cuts inside a long word when no space is near, never inside a surrogate pair', () => {
		expect(markdownToPlainText('abcdefghijklmnop', 6)).toBe('abcde…');
		const cut = markdownToPlainText('😀😀😀😀😀😀', 6);
		expect(cut).toBe('😀😀…');
	});

	it('handles odd lengths and input without throwing', () => {
		expect(markdownToPlainText('court', 100)).toBe('court');
		expect(markdownToPlainText('court', 0)).toBe('');
		expect(markdownToPlainText('court', Number.NaN)).toBe('court');
		expect(markdownToPlainText('')).toBe('');
		expect(markdownToPlainText(undefined as unknown as string)).toBe('');
	});
});
