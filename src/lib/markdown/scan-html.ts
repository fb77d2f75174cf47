// Test helper: a small HTML tag scanner, independent of js-xss, that reads tags and attributes
// the way a browser's tokenizer roughly does (quoted and unquoted values, `/` between
// attributes, case-insensitive names). Only tests import it.

export interface ScannedAttribute {
	name: string;
	/** As written between the quotes, character references not decoded. */
	value: string;
}

export interface ScannedTag {
	name: string;
	isClosing: boolean;
	attributes: ScannedAttribute[];
}

const SPACE = /[\t\n\f\r ]/;

/** Every tag (and comment, doctype, processing instruction: named `!` or `?`) in an HTML string. */
export function scanTags(html: string): ScannedTag[] {
	const tags: ScannedTag[] = [];
	let i = 0;
	while ((i = html.indexOf('<', i)) !== -1) {
		const next = html[i + 1] ?? '';
		if (next === '!' || next === '?') {
			tags.push({ name: next, isClosing: false, attributes: [] });
			i += 2;
			continue;
		}
		const isClosing = next === '/';
		const nameStart = i + (isClosing ? 2 : 1);
		if (!/[A-Za-z]/.test(html[nameStart] ?? '')) {
			i++;
			continue; // a `<` that starts no tag is text
		}
		let j = nameStart;
		while (j < html.length && !SPACE.test(html[j] ?? '') && html[j] !== '/' && html[j] !== '>') j++;
		const tag: ScannedTag = {
			name: html.slice(nameStart, j).toLowerCase(),
			isClosing,
			attributes: []
		};
		// Attributes, until `>`.
		while (j < html.length && html[j] !== '>') {
			const c = html[j] ?? '';
			if (SPACE.test(c) || c === '/') {
				j++;
				continue;
			}
			const attrStart = j;
			j++; // an attribute name may start with `=`
			while (j < html.length && !/[\t\n\f\r />=]/.test(html[j] ?? '')) j++;
			const name = html.slice(attrStart, j).toLowerCase();
			while (SPACE.test(html[j] ?? '')) j++;
			let value = '';
			if (html[j] === '=') {
				j++;
				while (SPACE.test(html[j] ?? '')) j++;
				const quote = html[j];
				if (quote === '"' || quote === "'") {
					const end = html.indexOf(quote, j + 1);
					const stop = end === -1 ? html.length : end;
					value = html.slice(j + 1, stop);
					j = stop + 1;
				} else {
					const valueStart = j;
					while (j < html.length && !SPACE.test(html[j] ?? '') && html[j] !== '>') j++;
					value = html.slice(valueStart, j);
				}
			}
			tag.attributes.push({ name, value });
		}
		tags.push(tag);
		i = j + 1;
	}
	return tags;
}
