import { loadResourcesMessages } from '$lib/i18n/namespaces/resources';

/** The resources pages render once their messages are loaded (they are not in the app shell). */
export const load = (): Promise<void> => loadResourcesMessages();
