import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize';

// The sanitiser on its own, as if the renderer had let something through.
describe('sanitizeHtml', () => {
	it('keeps whitelisted tags and drops their other attributes', () => {
		expect(sanitizeHtml('<p class="x" onclick="y()"><em>a</em><br/></p>')).toBe(
			'<p><em>a</em><br /></p>'
		);
	});

	it('escapes tags outside the whitelist', () => {
		expect(sanitizeHtml('<h1>t</h1><img src=x onerror=alert(1)><script>x</script>')).toBe(
			'&lt;h1&gt;t&lt;/h1&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;x&lt;/script&gt;'
		);
	});

	it('rebuilds links: safe href only, first of duplicates, rel always, target when external', () => {
		expect(sanitizeHtml('<a href="https://e.org" href="javascript:x" onclick=y>a</a>')).toBe(
			'<a href="https://e.org" rel="noopener noreferrer" target="_blank">a</a>'
		);
		expect(sanitizeHtml('<a href="&#x6A;avascript:alert(1)" title="t">a</a>')).toBe(
			'<a title="t" rel="noopener noreferrer">a</a>'
		);
		expect(sanitizeHtml("<a href='/guide?a=1&amp;b=2' rel=opener target=_top>a</a>")).toBe(
			'<a href="/guide?a=1&amp;b=2" rel="noopener noreferrer">a</a>'
		);
	});

	it('keeps an ordered list start only when it is a number', () => {
		expect(sanitizeHtml('<ol start="3"></ol><ol start="3 onclick=x"></ol>')).toBe(
			'<ol start="3"></ol><ol></ol>'
		);
	});

	it('drops comments', () => {
		expect(sanitizeHtml('<p>a<!-- <script>x</script> --></p>')).toBe('<p>a</p>');
	});
});
