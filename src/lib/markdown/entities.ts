// HTML escaping and a small entity decoder, shared by the renderer and the sanitiser.
//
// The decoder knows numeric references and the named ones that spell ASCII punctuation or
// whitespace (the ones used to hide `javascript&colon;`). An unknown named reference stays as
// written; that is safe because every value we decode is escaped again in full before output, so
// the browser sees exactly the string we checked.

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	colon: ':',
	semi: ';',
	Tab: '\t',
	NewLine: '\n',
	sol: '/',
	bsol: '\\',
	lpar: '(',
	rpar: ')',
	period: '.',
	comma: ',',
	num: '#',
	quest: '?',
	equals: '=',
	excl: '!',
	plus: '+',
	percnt: '%',
	commat: '@',
	lowbar: '_',
	grave: '`',
	Hat: '^',
	ast: '*',
	dollar: '$',
	verbar: '|',
	lsqb: '[',
	rsqb: ']',
	lcub: '{',
	rcub: '}'
};

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,10})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function fromCodePoint(code: number): string {
	// As the HTML spec does: NUL, surrogates and out-of-range values become U+FFFD.
	if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
	return String.fromCodePoint(code);
}

/** Decodes numeric character references and the common named ones; others are left as written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(ENTITY, (match, hex?: string, dec?: string, name?: string) => {
		if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
		if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
		if (name !== undefined && match.endsWith(';') && Object.hasOwn(NAMED, name)) {
			return NAMED[name] ?? match;
		}
		return match;
	});
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Escapes text for an HTML text node or a double-quoted attribute value (every `&` too). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Like escapeHtml, but leaves `&` alone where it already starts a character reference. */
export function escapeHtmlKeepEntities(text: string): string {
	return text.replace(/&(?!#?\w+;)|[<>"']/g, (c) => ESCAPES[c] ?? c);
}
