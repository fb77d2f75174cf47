// The one Markdown renderer of Passerelle: resource bodies from the content feed (read offline)
// and forum posts (untrusted, up to 20,000 characters). Runs in the browser; the sanitiser needs a
// DOM, so its Node tests run under jsdom (`@vitest-environment jsdom`).
//
// Choice of libraries (sizes: minified + gzip, bundled with esbuild):
// - markdown-it 15 + xss: 48.6 kB. The safest parser by design (html: false, validateLink, a
//   nesting limit), but its HTML-entity tables, linkify-it and punycode weigh 42 kB on their own,
//   nearly half of a route's 100 kB budget.
// - micromark 4: 15.8 kB, safe by default, but quadratic on nested quotes (20,000 `>` took
//   4.6 s, `> - ` 9 s): one post could freeze every reader's page.
// - marked 18 + DOMPurify 3 (chosen): 29.2 kB for this whole module (its chunk in the build).
//   marked is not safe on its own (it passes raw HTML and any link through), so here:
//     1. raw HTML is never parsed (its tokenizers are off), so `<tag>` is escaped text;
//     2. our renderer checks every link against one policy (href.ts: http, https, mailto, tel,
//        relative) after decoding character references, writes headings two levels down, shows
//        images as their alt text, and leaves tables, strikethrough and task boxes as text;
//     3. a lexer subclass caps nesting at 16 levels (marked alone overflows Node's stack near
//        840 quoted lists or 1,200 lists, a depth that differs between engines);
//     4. DOMPurify then whitelists the result in the browser's own DOM (sanitize.ts): tags p, br,
//        em, strong, code, pre, blockquote, ul, ol[start], li, h3–h6, hr, a[href, title]; every
//        `a` gets rel="noopener noreferrer", and target="_blank" when it leaves the app.
//   Both layers must fail for a payload to get through; xss-corpus.ts holds the payloads tested.
//   DOMPurify replaced js-xss (the module was 23.7 kB with it: a string parser, and anchors
//   rebuilt by hand); the comparison is in the README ("Markdown sanitiser").
//
// Allowed Markdown: paragraphs, line breaks (a single newline is a break), emphasis, lists,
// links (bare URLs too), code spans and blocks, quotes, headings and rules. Input longer than
// MAX_MARKDOWN_LENGTH is cut there, silently: forms enforce the limit, the renderer only bounds
// the work a reader's device does.
export { renderMarkdown, MAX_MARKDOWN_LENGTH } from './render';
export { markdownToPlainText } from './plain-text';
