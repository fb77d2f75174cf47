// Which link targets rendered Markdown may point to. Used twice: by the renderer on the link as
// written in Markdown, and by the sanitiser on the `href` as the browser would read it.

/** A link target that passed the policy, as it must be written (escaped) into the page. */
export interface SafeHref {
	url: string;
	/** Leaves the app (http, https or a protocol-relative `//host`): opens in a new tab. */
	isExternal: boolean;
}

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Checks a decoded link target: http(s), mailto and tel, or a relative URL (path, `?query`,
 * `#anchor`). Everything else (javascript:, vbscript:, data:, file:, blob:…) gives `undefined`.
 */
export function checkHref(decoded: string): SafeHref | undefined {
	// Browsers drop tabs and newlines anywhere in a URL and C0 controls or spaces at its ends,
	// so `java\tscript:` is `javascript:`. Remove them first, refuse any other control character.
	const url = decoded.replace(/[\t\n\r]/g, '').trim();
	if (url === '' || /\p{Cc}/u.test(url)) return undefined;
	// Callers pass decoded text and escape what they write, so a reference left here is literal;
	// refuse it anyway, in case some future caller writes the URL without escaping it.
	if (/&#(?:x[0-9a-f]|\d)/i.test(url)) return undefined;

	const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1];
	if (scheme !== undefined) {
		const lower = scheme.toLowerCase();
		if (!ALLOWED_SCHEMES.has(lower)) return undefined;
		return { url, isExternal: lower === 'http' || lower === 'https' };
	}
	// No scheme: a relative URL. A colon before the first `/`, `?` or `#` means something odd
	// (`\javascript:`, `&x;javascript:`): refuse rather than guess how a browser reads it.
	const firstSegment = url.split(/[/?#]/, 1)[0] ?? '';
	if (firstSegment.includes(':')) return undefined;
	// `//host` and `\\host` (browsers read `\` as `/`) leave the site.
	return { url, isExternal: /^[/\\]{2}/.test(url) };
}
