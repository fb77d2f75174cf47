// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_LENGTH, renderMarkdown } from './index';
import { findDanger, parseHtml } from './find-danger';
import { XSS_CORPUS } from './xss-corpus';

function anchors(html: string): Element[] {
	return [...parseHtml(html).querySelectorAll('a')];
}

function attribute(element: Element | undefined, name: string): string | undefined {
	return element?.getAttribute(name) ?? undefined;
}

describe('renderMarkdown: the allowed subset', () => {
	it('renders paragraphs, line breaks and emphasis', () => {
		expect(renderMarkdown('Un *deux* **trois**\nquatre\n\ncinq')).toBe(
			'<p>Un <em>deux</em> <strong>trois</strong><br>quatre</p>\n<p>cinq</p>\n'
		);
	});

	it('renders bulleted and numbered lists, keeping the first number', () => {
		expect(renderMarkdown('- a\n- b')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n');
		expect(renderMarkdown('3. c\n4. d')).toBe('<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\n');
	});

	it('renders code spans and blocks with their content escaped', () => {
		expect(renderMarkdown('Tapez `a < b && c`')).toBe(
			'<p>Tapez <code>a &lt; b &amp;&amp; c</code></p>\n'
		);
		expect(renderMarkdown('```sh\necho "<b>"\n```')).toBe(
			'<pre><code>echo "&lt;b&gt;"\n</code></pre>\n'
		);
	});

	it('renders quotes and rules', () => {
		expect(renderMarkdown('> cité\n\n---')).toBe(
			'<blockquote>\n<p>cité</p>\n</blockquote>\n<hr>\n'
		);
	});

	it('writes headings two levels down so they never outrank the page', () => {
		expect(renderMarkdown('# Un\n## Deux\n### Trois\n#### Quatre\n###### Six')).toBe(
			'<h3>Un</h3>\n<h4>Deux</h4>\n<h5>Trois</h5>\n<h6>Quatre</h6>\n<h6>Six</h6>\n'
		);
		expect(renderMarkdown('Titre\n=====')).toBe('<h3>Titre</h3>\n');
	});

	it('starts the outline at the highest heading written, and never skips a level', () => {
		// A text that starts at `##` (as the resource bodies do) still starts at the top level.
		expect(renderMarkdown('## Un\n#### Sous\n## Deux', { topHeading: 2 })).toBe(
			'<h2>Un</h2>\n<h3>Sous</h3>\n<h2>Deux</h2>\n'
		);
		// A heading deeper than the one before it comes one level under it, not two.
		expect(renderMarkdown('# Un\n### Trois\n> ## Cité')).toBe(
			'<h3>Un</h3>\n<h4>Trois</h4>\n<blockquote>\n<h4>Cité</h4>\n</blockquote>\n'
		);
	});

	it('gives every link rel="noopener noreferrer", and external ones target="_blank"', () => {
		const html = renderMarkdown(
			'[site](https://example.org "Le site") [page](/ressources#top) [écrire](mailto:a@example.org) https://nu.example.org'
		);
		const [external, internal, mail, bare] = anchors(html);
		expect(attribute(external, 'href')).toBe('https://example.org');
		expect(attribute(external, 'title')).toBe('Le site');
		expect(attribute(external, 'target')).toBe('_blank');
		expect(attribute(internal, 'href')).toBe('/ressources#top');
		expect(attribute(internal, 'target')).toBeUndefined();
		expect(attribute(mail, 'href')).toBe('mailto:a@example.org');
		expect(attribute(mail, 'target')).toBeUndefined();
		expect(attribute(bare, 'href')).toBe('https://nu.example.org');
		for (const anchor of [external, internal, mail, bare]) {
			expect(attribute(anchor, 'rel')).toBe('noopener noreferrer');
		}
	});

	it('keeps query strings intact', () => {
		const html = renderMarkdown('[q](https://example.org/?a=1&b=2)');
		expect(html).toContain('href="https://example.org/?a=1&amp;b=2"');
		expect(attribute(anchors(html)[0], 'href')).toBe('https://example.org/?a=1&b=2');
	});

	it('shows a link with a refused target as its text only', () => {
		expect(renderMarkdown('[cliquez](javascript:alert(1))')).toBe('<p>cliquez</p>\n');
	});

	it('shows images as their alt text', () => {
		expect(renderMarkdown('Logo : ![le *logo*](https://example.org/logo.png)')).toBe(
			'<p>Logo : le logo</p>\n'
		);
	});

	it('leaves tables, strikethrough and task boxes as text', () => {
		expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toBe(
			'<p>| a | b |<br>|---|---|<br>| 1 | 2 |</p>\n'
		);
		expect(renderMarkdown('~~barré~~')).toBe('<p>~~barré~~</p>\n');
		expect(renderMarkdown('- [x] fait')).toBe('<ul>\n<li>[x] fait</li>\n</ul>\n');
	});

	it('escapes raw HTML instead of rendering it', () => {
		expect(renderMarkdown('<b>gras</b> et <i onclick="x()">')).toBe(
			'<p>&lt;b&gt;gras&lt;/b&gt; et &lt;i onclick="x()"&gt;</p>\n'
		);
		expect(renderMarkdown('<div>\n*x*\n</div>')).toBe(
			'<p>&lt;div&gt;<br><em>x</em><br>&lt;/div&gt;</p>\n'
		);
	});

	it('renders nothing for empty or blank input', () => {
		expect(renderMarkdown('')).toBe('');
		expect(renderMarkdown(' \n\t\n')).toBe('');
	});
});

describe('renderMarkdown: XSS corpus', () => {
	it('holds at least 25 payloads', () => {
		expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(25);
	});

	it.each(XSS_CORPUS)('neutralises $name', ({ payload }) => {
		const html = renderMarkdown(payload);
		expect(findDanger(html), html).toEqual([]);
		for (const anchor of anchors(html)) {
			expect(attribute(anchor, 'rel')).toBe('noopener noreferrer');
		}
	});

	it('neutralises the whole corpus pasted into one post', () => {
		const html = renderMarkdown(XSS_CORPUS.map((p) => p.payload).join('\n\n'));
		expect(findDanger(html)).toEqual([]);
	});

	it('the checker itself catches dangerous HTML', () => {
		expect(findDanger('<a href="jav&#x09;ascript:x" onclick="y">')).toEqual([
			'href=javascript:x',
			'href with unknown scheme: javascript:x',
			'handler onclick on a',
			'attribute onclick on a'
		]);
		expect(findDanger('<p><img src=x></p><svg/onload=x>')).toContain('tag img');
		expect(findDanger('<p><img src=x></p><svg/onload=x>')).toContain('handler onload on svg');
	});
});

describe('renderMarkdown: limits', () => {
	// Time is not asserted (it moves with the machine's load): input that made the renderer
	// backtrack without end would never finish, and the test's timeout fails it.
	it(`renders only the first ${MAX_MARKDOWN_LENGTH} characters`, { timeout: 30_000 }, () => {
		const source = 'mot '.repeat(MAX_MARKDOWN_LENGTH / 4) + 'APRÈS-LA-LIMITE ' + 'x'.repeat(5_000);
		expect(source.length).toBeGreaterThan(25_000);
		const html = renderMarkdown(source);
		expect(html).toContain('mot');
		expect(html).not.toContain('APRÈS-LA-LIMITE');
	});

	it('does not cut a surrogate pair at the limit', () => {
		const html = renderMarkdown('a'.repeat(MAX_MARKDOWN_LENGTH - 1) + '😀');
		expect(html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
	});

	it.each([
		['quotes', '>'.repeat(25_000)],
		['quoted lists', '> - '.repeat(6_000)],
		['lists', '- '.repeat(10_000) + 'x'],
		['brackets', '['.repeat(25_000)],
		['nested links', '['.repeat(10_000) + ']'.repeat(10_000)],
		['strong', '**'.repeat(6_000) + 'x' + '**'.repeat(6_000)],
		['emphasis', '*a '.repeat(8_000)],
		['underscores', '_a'.repeat(12_000)],
		['angle brackets', '<'.repeat(25_000)],
		['backticks', '`a'.repeat(12_000)],
		['entities', '&#'.repeat(12_000)],
		['images', '!['.repeat(12_000)],
		['link definitions', '[a]: <'.repeat(4_000)]
	])(
		'survives pathological %s (renders, safely, within the timeout)',
		{ timeout: 30_000 },
		(_, source) => {
			const html = renderMarkdown(source);
			expect(findDanger(html)).toEqual([]);
		}
	);

	it('caps nesting the same way whatever the engine', () => {
		const html = renderMarkdown('>'.repeat(100) + ' fond');
		expect(html.match(/<blockquote>/g)).toHaveLength(16);
		expect(html).toContain('fond');
	});

	it('never throws, even on input that is not a string', () => {
		for (const odd of [undefined, null, 42, {}, '\u0000', '\ud800', '\r\n\r', '\u2028']) {
			expect(() => renderMarkdown(odd as string)).not.toThrow();
		}
		expect(renderMarkdown(undefined as unknown as string)).toBe('');
	});
});
