import { storedZip } from './zip';

// A small OpenDocument text document (.odt, ODF 1.2), built in the browser: titles, headings,
// paragraphs and bulleted lists, with named styles LibreOffice and Collabora show as their own
// (« Titre », « Titre 1 », « Corps de texte »…), so the secretary can restyle it as usual.
// Package layout (ODF 1.2 part 3): a ZIP whose first entry is `mimetype`, stored, then
// content.xml, styles.xml, meta.xml and META-INF/manifest.xml listing them.

/** A piece of the document, top to bottom. Text may span several lines (`\n`). */
export type Block =
	| { type: 'title'; text: string }
	| { type: 'heading'; text: string }
	| { type: 'paragraph'; text: string; isNote?: boolean }
	| { type: 'list'; items: string[] };

export interface TextDocument {
	title: string;
	/** BCP 47 language of the text, e.g. `fr-FR` (spell checking, hyphenation). */
	language: string;
	blocks: Block[];
}

export const odtMediaType = 'application/vnd.oasis.opendocument.text';

/**
 * Escapes text for XML content or attribute values, and drops the characters XML 1.0 cannot
 * hold at all (control characters other than tab and line breaks, lone surrogates).
 */
export function escapeXml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			// Surrogate pairs are kept, lone halves dropped (no lookbehind: older Safari lacks it).
			.replace(/([\ud800-\udbff][\udc00-\udfff])|[\ud800-\udfff]/g, '$1')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}

/**
 * Text as paragraph content: ODF collapses white space like HTML, so line breaks, tabs and runs
 * of spaces are written as the elements that keep them.
 */
function inline(text: string): string {
	return escapeXml(text.replace(/\r\n?/g, '\n'))
		.replace(/\n/g, '<text:line-break/>')
		.replace(/\t/g, '<text:tab/>')
		.replace(/ {2,}/g, (run) => ` <text:s text:c="${run.length - 1}"/>`);
}

function block(part: Block): string {
	switch (part.type) {
		case 'title':
			return `<text:p text:style-name="Title">${inline(part.text)}</text:p>`;
		case 'heading':
			return `<text:h text:style-name="Heading_20_1" text:outline-level="1">${inline(part.text)}</text:h>`;
		case 'paragraph':
			return `<text:p text:style-name="${part.isNote ? 'Note' : 'Text_20_body'}">${inline(part.text)}</text:p>`;
		case 'list':
			return `<text:list text:style-name="Bullets">${part.items
				.map(
					(item) =>
						`<text:list-item><text:p text:style-name="List_20_Contents">${inline(item)}</text:p></text:list-item>`
				)
				.join('')}</text:list>`;
	}
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>\n';
const ns = {
	office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
	style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
	text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
	fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
	meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
	dc: 'http://purl.org/dc/elements/1.1/',
	manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0'
};
const declare = (...prefixes: (keyof typeof ns)[]) =>
	prefixes.map((prefix) => `xmlns:${prefix}="${ns[prefix]}"`).join(' ');

/** content.xml: the document's text. */
export function contentXml(document: TextDocument): string {
	return (
		xmlHead +
		`<office:document-content ${declare('office', 'style', 'text', 'fo')} office:version="1.2">` +
		`<office:body><office:text>${document.blocks.map(block).join('')}</office:text></office:body>` +
		'</office:document-content>'
	);
}

/** styles.xml: the named styles the content uses, and an A4 page with 2 cm margins. */
function stylesXml(document: TextDocument): string {
	const [language = 'fr', country = ''] = document.language.split('-');
	const paragraph = (name: string, display: string, properties: string, text = '') =>
		`<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="Standard"` +
		`${name.startsWith('Heading') ? ' style:default-outline-level="1"' : ''}>` +
		`<style:paragraph-properties ${properties}/>${text ? `<style:text-properties ${text}/>` : ''}</style:style>`;
	return (
		xmlHead +
		`<office:document-styles ${declare('office', 'style', 'text', 'fo')} office:version="1.2">` +
		'<office:styles>' +
		'<style:default-style style:family="paragraph"><style:text-properties ' +
		`fo:font-size="11pt" fo:language="${escapeXml(language)}"` +
		`${country ? ` fo:country="${escapeXml(country)}"` : ''}/></style:default-style>` +
		'<style:style style:name="Standard" style:family="paragraph" style:class="text"/>' +
		paragraph('Text_20_body', 'Text body', 'fo:margin-top="0cm" fo:margin-bottom="0.25cm"') +
		paragraph(
			'Title',
			'Title',
			'fo:margin-bottom="0.4cm"',
			'fo:font-size="18pt" fo:font-weight="bold"'
		) +
		paragraph(
			'Heading_20_1',
			'Heading 1',
			'fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"',
			'fo:font-size="14pt" fo:font-weight="bold"'
		) +
		paragraph('List_20_Contents', 'List Contents', 'fo:margin-bottom="0.15cm"') +
		paragraph('Note', 'Note', 'fo:margin-top="0.5cm"', 'fo:font-style="italic"') +
		'<text:list-style style:name="Bullets" style:display-name="Bullets">' +
		'<text:list-level-style-bullet text:level="1" text:bullet-char="•">' +
		'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">' +
		'<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/>' +
		'</style:list-level-properties></text:list-level-style-bullet></text:list-style>' +
		'</office:styles>' +
		'<office:automatic-styles><style:page-layout style:name="Page">' +
		'<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" ' +
		'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>' +
		'</style:page-layout></office:automatic-styles>' +
		'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"/></office:master-styles>' +
		'</office:document-styles>'
	);
}

/** meta.xml: title, language, dates and the generator. */
function metaXml(document: TextDocument, created: Date): string {
	const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return (
		xmlHead +
		`<office:document-meta ${declare('office', 'meta', 'dc')} office:version="1.2"><office:meta>` +
		'<meta:generator>Passerelle</meta:generator>' +
		`<dc:title>${escapeXml(document.title)}</dc:title>` +
		`<dc:language>${escapeXml(document.language)}</dc:language>` +
		`<meta:creation-date>${when}</meta:creation-date><dc:date>${when}</dc:date>` +
		'</office:meta></office:document-meta>'
	);
}

/** META-INF/manifest.xml: the package's media type and every file in it. */
function manifestXml(files: readonly string[]): string {
	return (
		xmlHead +
		`<manifest:manifest ${declare('manifest')} manifest:version="1.2">` +
		`<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${odtMediaType}"/>` +
		files
			.map(
				(file) =>
					`<manifest:file-entry manifest:full-path="${file}" manifest:media-type="text/xml"/>`
			)
			.join('') +
		'</manifest:manifest>'
	);
}

/** The .odt file of `document`, dated `created`. */
export function odtFile(document: TextDocument, created = new Date()): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	const parts = {
		'content.xml': contentXml(document),
		'styles.xml': stylesXml(document),
		'meta.xml': metaXml(document, created)
	};
	return storedZip(
		[
			{ name: 'mimetype', data: encoder.encode(odtMediaType) },
			...Object.entries(parts).map(([name, xml]) => ({ name, data: encoder.encode(xml) })),
			{
				name: 'META-INF/manifest.xml',
				data: encoder.encode(manifestXml(Object.keys(parts)))
			}
		],
		created
	);
}
