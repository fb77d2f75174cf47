import { i18n } from '../index.svelte';

// One module per feature, so a route's chunk only refers to its own feature's messages.
/** Loads the forum messages in the active language; the forum routes' `load` awaits it. */
export function loadForumMessages(): Promise<void> {
	return i18n.loadNamespace('forum', {
		fr: () => import('../messages/forum.fr').then((module) => module.forumFr),
		en: () => import('../messages/forum.en').then((module) => module.forumEn)
	});
}
