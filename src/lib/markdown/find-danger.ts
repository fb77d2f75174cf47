// Test helper: what in an HTML fragment could still run script or leave the allowed subset, read
// from the DOM an HTML parser builds from it (jsdom in tests: the parsing algorithm browsers use),
// then once more after serialising and parsing again, as `{@html}` would (mutation XSS). Only
// tests import it.

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
	'h2',
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
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];

/** The fragment an HTML string parses to, in an inert template (nothing loads or runs). */
export function parseHtml(html: string): DocumentFragment {
	const template = document.createElement('template');
	template.innerHTML = html;
	return template.content;
}

/** A URL attribute as the browser uses it (characters references already decoded by the parser). */
function asBrowserUrl(value: string): string {
	return value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
}

function dangerIn(fragment: DocumentFragment): string[] {
	const findings: string[] = [];
	for (const element of fragment.querySelectorAll('*')) {
		const tag = element.nodeName.toLowerCase();
		if (!ALLOWED_TAGS.has(tag)) findings.push(`tag ${tag}`);
		for (const name of element.getAttributeNames()) {
			if (/^on/i.test(name)) findings.push(`handler ${name} on ${tag}`);
			if (!ALLOWED_ATTRIBUTES[tag]?.includes(name)) findings.push(`attribute ${name} on ${tag}`);
			if (URL_ATTRIBUTES.includes(name)) {
				const url = asBrowserUrl(element.getAttribute(name) ?? '');
				if (/^(javascript|vbscript|data|file):/.test(url)) findings.push(`${name}=${url}`);
				if (!/^(https?:|mailto:|tel:|[^:]*$|[^:]*[/?#])/.test(url)) {
					findings.push(`${name} with unknown scheme: ${url}`);
				}
			}
		}
	}
	return findings;
}

/** Every way the HTML could still run script, as a list of findings (empty when safe). */
export function findDanger(html: string): string[] {
	const fragment = parseHtml(html);
	const container = document.createElement('div');
	container.append(fragment.cloneNode(true));
	const reparsed = parseHtml(container.innerHTML);
	return [...new Set([...dangerIn(fragment), ...dangerIn(reparsed)])];
}
