import { i18n } from '../index.svelte';

// One module per feature, so a route's chunk only refers to its own feature's messages.
/** Loads the plan messages in the active language; the plan routes' `load` awaits it. */
export function loadPlanMessages(): Promise<void> {
	return i18n.loadNamespace('plan', {
		fr: () => import('../messages/plan.fr').then((module) => module.planFr),
		en: () => import('../messages/plan.en').then((module) => module.planEn)
	});
}
