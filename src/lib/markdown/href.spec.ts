import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, escapeHtmlKeepEntities } from './entities';
import { checkHref } from './href';

describe('checkHref', () => {
	it.each([
		['https://example.org/a?b=1#c', true],
		['HTTP://EXAMPLE.ORG', true],
		['//example.org/path', true],
		['/\\example.org', true],
		['mailto:contact@example.org', false],
		['tel:+33123456789', false],
		['/ressources/guide', false],
		['guide/etape-2', false],
		['#section', false],
		['?page=2', false],
		['  https://example.org  ', true]
	])('accepts %s (external: %s)', (url, isExternal) => {
		expect(checkHref(url)).toEqual({ url: url.trim(), isExternal });
	});

	it.each([
		'javascript:alert(1)',
		'JAVASCRIPT:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'java\nscript:alert(1)',
		'vbscript:msgbox(1)',
		'data:text/html,<script>alert(1)</script>',
		'data:image/png;base64,AAAA',
		'file:///etc/passwd',
		'blob:https://example.org/uuid',
		'\\javascript:alert(1)',
		'java\u0000script:alert(1)',
		'\u0001javascript:alert(1)',
		'&#x6A;avascript:alert(1)',
		'',
		'   '
	])('refuses %j', (url) => {
		expect(checkHref(url)).toBeUndefined();
	});
});

describe('entities', () => {
	it('decodes numeric references, with or without semicolons', () => {
		expect(decodeEntities('&#x6A;&#97&#0000118;a')).toBe('java');
		expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
	});

	it('decodes the named references that hide URL punctuation, and leaves others', () => {
		expect(decodeEntities('javascript&colon;x&Tab;&NewLine;&amp;&lt;&gt;&quot;')).toBe(
			'javascript:x\t\n&<>"'
		);
		expect(decodeEntities('&copy; &colon &unknown;')).toBe('&copy; &colon &unknown;');
	});

	it('escapes every special character, or all but existing references', () => {
		expect(escapeHtml(`<a href="x">&amp;'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&amp;amp;&#39;&lt;/a&gt;'
		);
		expect(escapeHtmlKeepEntities('&amp; & <b>')).toBe('&amp; &amp; &lt;b&gt;');
	});
});
