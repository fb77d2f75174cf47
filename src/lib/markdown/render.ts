// Markdown → HTML with marked, restricted to the subset Passerelle allows, then sanitised.
// See docs/markdown.md for why marked + DOMPurify and what the subset is.
import { Lexer, Marked, type Token, type Tokens, type TokensList } from 'marked';
import { decodeEntities, escapeHtml, escapeHtmlKeepEntities } from './entities';
import { checkHref } from './href';
import { sanitizeHtml } from './sanitize';

/** Longest source rendered: a forum post's limit. Longer input is cut there, never refused. */
export const MAX_MARKDOWN_LENGTH = 20_000;

/**
 * How deep blocks (quotes, lists) and inline spans (emphasis, links) may nest. marked recurses
 * once per level and would overflow the stack near a thousand levels (`>>>>…`, `**…`), at a
 * depth that differs between engines; past this limit the rest is shown as plain text instead.
 */
const MAX_NESTING = 16;

/**
 * A lexer that stops recursing at MAX_NESTING, so every engine renders the same thing. It overrides
 * marked's internal recursion points (blockTokens, inlineTokens), which a minor release may change:
 * package.json pins marked to a minor range (~18.2), and the nesting tests in render.spec.ts fail
 * if an upgrade breaks the override.
 */
class NestingLimitedLexer extends Lexer {
	#depth = 0;

	override blockTokens(src: string, tokens?: Token[], lastParagraphClipped?: boolean): Token[];
	override blockTokens(
		src: string,
		tokens?: TokensList,
		lastParagraphClipped?: boolean
	): TokensList;
	override blockTokens(src: string, tokens?: Token[], lastParagraphClipped = false): Token[] {
		const into = tokens ?? [];
		if (this.#depth >= MAX_NESTING) {
			into.push({ type: 'paragraph', raw: src, text: src, tokens: [plainText(src)] });
			return into;
		}
		this.#depth++;
		try {
			return super.blockTokens(src, into, lastParagraphClipped);
		} finally {
			this.#depth--;
		}
	}

	override inlineTokens(src: string, tokens?: Token[]): Token[] {
		const into = tokens ?? [];
		if (this.#depth >= MAX_NESTING) {
			into.push(plainText(src));
			return into;
		}
		this.#depth++;
		try {
			return super.inlineTokens(src, into);
		} finally {
			this.#depth--;
		}
	}
}

function plainText(src: string): Token {
	return { type: 'text', raw: src, text: src };
}

const markdown = new Marked({
	// GFM for bare-URL links; its tables, strikethrough and task lists are off (below).
	gfm: true,
	// A single newline is a line break, as people expect when typing a post in a textarea.
	breaks: true,
	tokenizer: {
		// No raw HTML at all: `<b>` or `<script>` is not recognised, so it is plain text (escaped).
		html: () => undefined,
		tag: () => undefined,
		table: () => undefined,
		del: () => undefined
	},
	renderer: {
		// `depth` is already the outline level in the page (`outlineHeadings`, before parsing).
		heading({ tokens, depth }) {
			return `<h${depth}>${this.parser.parseInline(tokens)}</h${depth}>\n`;
		},
		code({ text }) {
			return `<pre><code>${escapeHtml(text.replace(/\n$/, ''))}\n</code></pre>\n`;
		},
		codespan({ text }) {
			return `<code>${escapeHtml(text)}</code>`;
		},
		// Never reached with the tokenizers above off; kept so raw HTML could only ever be text.
		html({ text }) {
			return escapeHtml(text);
		},
		link({ href, title, tokens, autolink }) {
			const text = this.parser.parseInline(tokens);
			// In `[text](url)` character references count (CommonMark); in autolinks they are literal.
			const safe = checkHref(autolink ? href : decodeEntities(href));
			if (!safe) return text;
			const titleAttribute = title ? ` title="${escapeHtml(decodeEntities(title))}"` : '';
			// rel and target are added by the sanitiser, for every link alike.
			return `<a href="${escapeHtml(safe.url)}"${titleAttribute}>${text}</a>`;
		},
		// No images (offline app, no outside hosts): their alt text is shown instead.
		image({ text, tokens }) {
			const alt = tokens ? this.parser.parseInline(tokens, this.parser.textRenderer) : text;
			return escapeHtmlKeepEntities(alt);
		},
		// GFM task list items keep their box as text rather than a form control.
		checkbox({ checked }) {
			return checked ? '[x] ' : '[ ] ';
		}
	}
});

/** Cuts the source to MAX_MARKDOWN_LENGTH (not inside a surrogate pair) and drops NULs. */
function clampSource(source: unknown): string {
	if (typeof source !== 'string') return '';
	let text = source;
	if (text.length > MAX_MARKDOWN_LENGTH) {
		let end = MAX_MARKDOWN_LENGTH;
		const last = text.charCodeAt(end - 1);
		if (last >= 0xd800 && last <= 0xdbff) end--;
		text = text.slice(0, end);
	}
	return text.replace(/\0/g, '\ufffd');
}

/** The source as escaped paragraphs: what a reader sees if the parser ever failed. */
function renderAsText(text: string): string {
	return text
		.split(/\n\s*\n/)
		.filter((paragraph) => paragraph.trim() !== '')
		.map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
		.join('\n');
}

export interface RenderOptions {
	/**
	 * The level of the text's highest heading in the page (3 by default: a post sits under the
	 * page's h1 and h2; a resource body right under the page's h1 uses 2).
	 */
	topHeading?: 2 | 3 | 4;
}

/**
 * Gives the text's headings their levels in the page: its highest heading at `top`, the others
 * below in the author's order, and never more than one level under the heading before (a skipped
 * level breaks the outline screen readers navigate by). At most h6.
 * @param tokens the lexer's tokens, changed in place
 */
function outlineHeadings(tokens: Token[], top: number): void {
	const headings: Tokens.Heading[] = [];
	// walkTokens returns the callbacks' results (none here: nothing asynchronous).
	void markdown.walkTokens(tokens, (token) => {
		if (token.type === 'heading') headings.push(token as Tokens.Heading);
	});
	const highest = Math.min(...headings.map((heading) => heading.depth));
	let previous = top - 1;
	for (const heading of headings) {
		const level = Math.min(top + heading.depth - highest, previous + 1, 6);
		heading.depth = level;
		previous = level;
	}
}

/**
 * Renders Markdown to HTML that is safe for `{@html}`: only p, br, em, strong, code, pre,
 * blockquote, ul, ol, li, h2–h6 (h2 only with `topHeading: 2`), hr and a (http(s)/mailto/tel/relative, rel="noopener
 * noreferrer", target="_blank" when external). Only the first MAX_MARKDOWN_LENGTH characters
 * are rendered. Never throws.
 */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
	const text = clampSource(source);
	if (text.trim() === '') return '';
	let html: string;
	try {
		const tokens = new NestingLimitedLexer(markdown.defaults).lex(text);
		outlineHeadings(tokens, options.topHeading ?? 3);
		html = markdown.parser(tokens);
	} catch {
		html = renderAsText(text);
	}
	return sanitizeHtml(html);
}
