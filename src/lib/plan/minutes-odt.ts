import { odtFile, type Block } from '$lib/odf/text-document';
import type { MinutesContent } from './minutes';

// The minutes as an OpenDocument text file, for those who open them in LibreOffice or Collabora.
// Loaded only when the button is pressed (bundle budget); builds the file offline, in the page.

/** The .odt file of the minutes, in `language` (e.g. `fr-FR`), dated `created`. */
export function minutesOdt(content: MinutesContent, language: string, created = new Date()) {
	const blocks: Block[] = [
		{ type: 'title', text: content.title },
		...content.sections.flatMap(({ heading, entries }): Block[] => [
			{ type: 'heading', text: heading },
			entries.length === 0
				? { type: 'paragraph', text: content.none }
				: { type: 'list', items: entries }
		]),
		{ type: 'paragraph', text: content.footer, isNote: true }
	];
	return odtFile({ title: content.title, language, blocks }, created);
}
