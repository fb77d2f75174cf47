import { i18n } from '../index.svelte';

// One module per feature, so a route's chunk only refers to its own feature's messages.
/** Loads the resources messages in the active language; the resources routes' `load` awaits it. */
export function loadResourcesMessages(): Promise<void> {
	return i18n.loadNamespace('resources', {
		fr: () => import('../messages/resources.fr').then((module) => module.resourcesFr),
		en: () => import('../messages/resources.en').then((module) => module.resourcesEn)
	});
}
