// Second line of defence: a whitelist pass over the renderer's HTML with js-xss, which parses
// tags itself and needs no DOM (same result in Node and in the browser). The renderer already
// emits only the tags below; if a bug there ever let something else through, it is escaped here
// and shows as text.
import { FilterXSS, parseAttr } from 'xss';
import { decodeEntities, escapeHtml } from './entities';
import { checkHref } from './href';

/** Every tag rendered Markdown may contain. Attributes are handled in onTag / onTagAttr. */
const ALLOWED_TAGS = [
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
] as const;

/**
 * Rebuilds an opening `<a …>` from scratch: `href` only if it passes the link policy as the
 * browser would decode it, `title`, and always `rel="noopener noreferrer"`; `target="_blank"` for
 * links that leave the app. Anything else on the tag is dropped.
 */
function rebuildAnchor(tagHtml: string): string {
	let href: string | undefined;
	let title: string | undefined;
	const attributes = tagHtml.slice(2, -1).replace(/\/\s*$/, '');
	parseAttr(attributes, (name, value) => {
		// A browser keeps the first of duplicated attributes: so do we.
		if (name === 'href') href ??= value;
		else if (name === 'title') title ??= value;
		return '';
	});
	const safe = href === undefined ? undefined : checkHref(decodeEntities(href));
	let anchor = '<a';
	if (safe) anchor += ` href="${escapeHtml(safe.url)}"`;
	if (title) anchor += ` title="${escapeHtml(decodeEntities(title))}"`;
	anchor += ' rel="noopener noreferrer"';
	if (safe?.isExternal) anchor += ' target="_blank"';
	return anchor + '>';
}

const filter = new FilterXSS({
	whiteList: Object.fromEntries(ALLOWED_TAGS.map((tag) => [tag, []])),
	css: false,
	allowCommentTag: false,
	onTag(tag, html, { isClosing }) {
		if (tag === 'a' && !isClosing) return rebuildAnchor(html);
		return undefined;
	},
	onTagAttr(tag, name, value) {
		// The only attribute besides the anchor's: an ordered list's first number.
		if (tag === 'ol' && name === 'start' && /^\d{1,9}$/.test(value)) return `start="${value}"`;
		return '';
	}
});

/** Keeps only whitelisted tags and attributes of an HTML fragment; everything else becomes text. */
export function sanitizeHtml(html: string): string {
	return filter.process(html);
}
