// Plain-text excerpts of Markdown (lists of resources, thread previews, meta descriptions).
import { decodeEntities } from './entities';
import { renderMarkdown } from './render';

// Tags after which words must not run together once the tags are gone.
const BLOCK_BOUNDARY = /<\/(?:p|li|h[3-6]|blockquote|pre)>|<(?:br|hr)\s*\/?>/g;

/**
 * The text a reader would see, on one line, as plain text (not HTML: show it with `{text}`,
 * never `{@html}`). With maxLength, cut at a word boundary where one is near and ended with `…`,
 * the result having at most maxLength characters. Never throws.
 */
export function markdownToPlainText(source: string, maxLength?: number): string {
	const text = decodeEntities(
		renderMarkdown(source)
			.replace(BLOCK_BOUNDARY, ' ')
			.replace(/<[^>]*>/g, '')
	)
		.replace(/\s+/g, ' ')
		.trim();
	if (maxLength === undefined || Number.isNaN(maxLength) || text.length <= maxLength) return text;
	if (maxLength < 1) return '';
	let cut = text.slice(0, Math.floor(maxLength) - 1);
	// Do not split a surrogate pair (an emoji would turn into a replacement character).
	const last = cut.charCodeAt(cut.length - 1);
	if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
	const space = cut.lastIndexOf(' ');
	if (space > cut.length * 0.6) cut = cut.slice(0, space);
	return cut.trimEnd() + '…';
}
