// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findDanger, parseHtml } from './find-danger';
import { sanitizeHtml } from './sanitize';
import { XSS_CORPUS } from './xss-corpus';

// The sanitiser on its own, as if the renderer had let something through.
describe('sanitizeHtml', () => {
	it('keeps whitelisted tags and drops their other attributes', () => {
		expect(sanitizeHtml('<p class="x" onclick="y()"><em>a</em><br/></p>')).toBe(
			'<p><em>a</em><br></p>'
		);
	});

	it('removes tags outside the whitelist, keeping their text but never a script’s', () => {
		expect(sanitizeHtml('<h1>t</h1><img src=x onerror=alert(1)><script>x</script>')).toBe('t');
		expect(sanitizeHtml('<div><span>a</span> <b>b</b></div>')).toBe('a b');
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

	it('keeps an ordered list start only when it is a number, and only on ol', () => {
		expect(
			sanitizeHtml('<ol start="3"></ol><ol start="3 onclick=x"></ol><ul start="2"></ul>')
		).toBe('<ol start="3"></ol><ol></ol><ul></ul>');
		expect(sanitizeHtml('<p href="https://e.org" title="t">a</p>')).toBe('<p>a</p>');
	});

	it('drops comments', () => {
		expect(sanitizeHtml('<p>a<!-- <script>x</script> --></p>')).toBe('<p>a</p>');
	});

	it.each(XSS_CORPUS)('neutralises $name on its own, without the renderer', ({ payload }) => {
		const html = sanitizeHtml(payload);
		expect(findDanger(html), html).toEqual([]);
		for (const anchor of parseHtml(html).querySelectorAll('a')) {
			expect(anchor.getAttribute('rel')).toBe('noopener noreferrer');
		}
	});
});
