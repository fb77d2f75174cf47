import { i18n } from '../index.svelte';

// One module per feature, so a route's chunk only refers to its own feature's messages.
/** Loads the directory's messages in the active language; the /prestataires routes' `load` awaits it. */
export function loadDirectoryMessages(): Promise<void> {
	return i18n.loadNamespace('directory', {
		fr: () => import('../messages/directory.fr').then((module) => module.directoryFr),
		en: () => import('../messages/directory.en').then((module) => module.directoryEn)
	});
}
