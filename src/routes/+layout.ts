import { i18n } from '$lib/i18n/index.svelte';

// Pages render in the browser from local data (IndexedDB), so there is nothing to render on a
// server: the static build ships one shell, served for every URL, online or offline.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';

/** The saved language's messages are loaded before the first render, so no page flashes French. */
export async function load(): Promise<void> {
	await i18n.ready;
}
