// marked + DOMPurify weigh about 29 kB gzip: they load with the first Markdown on screen, not with
// every page that might show one (bundle budget). Offline, the chunk comes from the precache.

type Render = typeof import('./render').renderMarkdown;
let loading: Promise<Render> | undefined;
let loaded: Render | undefined;

/** Loads the renderer (once); resolves to `renderMarkdown`. */
export function preloadMarkdownRenderer(): Promise<Render> {
	loading ??= import('./render').then((module) => (loaded = module.renderMarkdown));
	return loading;
}

/** The renderer if it is already loaded, so a later Markdown block renders on its first pass. */
export function loadedMarkdownRenderer(): Render | undefined {
	return loaded;
}
