import { i18n } from '../index.svelte';

// One module per feature, so a route's chunk only refers to its own feature's messages.
/** Loads the messages of one's own forum account in the active language; /compte awaits it. */
export function loadAccountMessages(): Promise<void> {
	return i18n.loadNamespace('account', {
		fr: () => import('../messages/account.fr').then((module) => module.accountFr),
		en: () => import('../messages/account.en').then((module) => module.accountEn)
	});
}
