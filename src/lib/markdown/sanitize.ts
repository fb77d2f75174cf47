// Second line of defence: a whitelist pass over the renderer's HTML with DOMPurify, which reads
// it with the browser's own HTML parser, so it checks the tree the page will hold rather than a
// string parser's idea of it. The renderer already emits only the tags below; if a bug there ever
// let something else through, it is removed here (with its text kept, a script's or style's
// excepted). Needs a DOM: the browser's, or jsdom in tests (`@vitest-environment jsdom`).
import DOMPurify, { type DOMPurify as DOMPurifyInstance } from 'dompurify';
import { checkHref } from './href';

/** Every tag rendered Markdown may contain, and the attributes each may keep. */
const ALLOWED: Record<string, readonly string[]> = {
	p: [],
	br: [],
	em: [],
	strong: [],
	code: [],
	pre: [],
	blockquote: [],
	ul: [],
	ol: ['start'],
	li: [],
	// h2 only for a text right under the page's h1 (renderMarkdown's topHeading 2).
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	hr: [],
	a: ['href', 'title']
};

/** Our own DOMPurify instance (our hooks never reach the shared one), made on first use. */
let purify: DOMPurifyInstance | undefined;

function createPurifier(): DOMPurifyInstance {
	// Without a DOM, DOMPurify returns its input unchanged: refuse rather than pass HTML through.
	const instance = DOMPurify();
	if (!instance.isSupported) {
		throw new Error('sanitizeHtml needs a DOM (a browser, or jsdom in tests) for DOMPurify.');
	}
	instance.setConfig({
		ALLOWED_TAGS: Object.keys(ALLOWED),
		ALLOWED_ATTR: [...new Set(Object.values(ALLOWED).flat())],
		ALLOW_DATA_ATTR: false,
		ALLOW_ARIA_ATTR: false
	});
	// Attributes per tag (DOMPurify's list is one for all tags), and an ordered list's first
	// number only when it is one.
	instance.addHook('uponSanitizeAttribute', (node, event) => {
		const allowed = ALLOWED[node.nodeName.toLowerCase()] ?? [];
		if (!allowed.includes(event.attrName)) event.keepAttr = false;
		else if (event.attrName === 'start') event.keepAttr = /^\d{1,9}$/.test(event.attrValue);
	});
	// Every link is rebuilt: `href` only if it passes the link policy as the browser decoded it
	// (getAttribute gives the value after character references), `rel="noopener noreferrer"`
	// always, and `target="_blank"` for links that leave the app.
	instance.addHook('afterSanitizeAttributes', (node) => {
		if (node.nodeName !== 'A') return;
		const href = node.getAttribute('href');
		const safe = href === null ? undefined : checkHref(href);
		if (safe) node.setAttribute('href', safe.url);
		else node.removeAttribute('href');
		node.setAttribute('rel', 'noopener noreferrer');
		if (safe?.isExternal) node.setAttribute('target', '_blank');
	});
	return instance;
}

/** Keeps only whitelisted tags and attributes of an HTML fragment; other tags are removed. */
export function sanitizeHtml(html: string): string {
	purify ??= createPurifier();
	return purify.sanitize(html);
}
