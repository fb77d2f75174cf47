// The one Markdown renderer of Passerelle (resource bodies, forum posts).
// Why it is built this way (libraries compared, the safety layers): docs/markdown.md.
export { renderMarkdown, MAX_MARKDOWN_LENGTH } from './render';
export { markdownToPlainText } from './plain-text';
