import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_LENGTH, renderMarkdown } from './index';
import { scanTags, type ScannedTag } from './scan-html';
import { XSS_CORPUS } from './xss-corpus';

const ALLOWED_TAGS = new Set([
	'p',
	'br',
	'em',
	'strong',
	'code',
	'pre',
	'blockquote',
	'ul',
	'ol',
	'li',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'a'
]);
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href', 'title', 'rel', 'target'],
	ol: ['start']
};
const FORBIDDEN_TAGS = ['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'img'];

/** The attribute value as a browser would use it as a URL: entities decoded, blanks removed. */
function asBrowserUrl(value: string): string {
	return value
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&colon;/gi, ':')
		.replace(/&tab;|&newline;/gi, '')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/[\s\p{Cc}]/gu, '')
		.toLowerCase();
}

/** Every way a rendering could still run script, as a list of findings (empty when safe). */
function findDanger(html: string): string[] {
	const findings: string[] = [];
	if (/<script/i.test(html)) findings.push('<script');
	for (const forbidden of FORBIDDEN_TAGS) {
		if (new RegExp(`<${forbidden}[\\s/>]`, 'i').test(html)) findings.push(`<${forbidden}>`);
	}
	for (const tag of scanTags(html)) {
		if (!ALLOWED_TAGS.has(tag.name)) findings.push(`tag ${tag.name}`);
		for (const { name, value } of tag.attributes) {
			if (/^on/.test(name)) findings.push(`handler ${name} on ${tag.name}`);
			if (!ALLOWED_ATTRIBUTES[tag.name]?.includes(name)) {
				findings.push(`attribute ${name} on ${tag.name}`);
			}
			if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name)) {
				const url = asBrowserUrl(value);
				if (/^(javascript|vbscript|data|file):/.test(url)) findings.push(`${name}=${url}`);
				if (!/^(https?:|mailto:|tel:|[^:]*$|[^:]*[/?#])/.test(url)) {
					findings.push(`${name} with unknown scheme: ${url}`);
				}
			}
		}
	}
	return findings;
}

function anchors(html: string): ScannedTag[] {
	return scanTags(html).filter((tag) => tag.name === 'a' && !tag.isClosing);
}

function attribute(tag: ScannedTag | undefined, name: string): string | undefined {
	return tag?.attributes.find((a) => a.name === name)?.value;
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
			'<pre><code>echo &quot;&lt;b&gt;&quot;\n</code></pre>\n'
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
		expect(attribute(anchors(html)[0], 'href')).toBe('https://example.org/?a=1&amp;b=2');
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
			'<p>&lt;b&gt;gras&lt;/b&gt; et &lt;i onclick=&quot;x()&quot;&gt;</p>\n'
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
	it(`renders only the first ${MAX_MARKDOWN_LENGTH} characters, in bounded time`, () => {
		const source = 'mot '.repeat(MAX_MARKDOWN_LENGTH / 4) + 'APRÈS-LA-LIMITE ' + 'x'.repeat(5_000);
		expect(source.length).toBeGreaterThan(25_000);
		const start = performance.now();
		const html = renderMarkdown(source);
		expect(performance.now() - start).toBeLessThan(2_000);
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
	])('survives pathological %s quickly', (_, source) => {
		const start = performance.now();
		const html = renderMarkdown(source);
		expect(performance.now() - start).toBeLessThan(3_000);
		expect(findDanger(html)).toEqual([]);
	});

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
