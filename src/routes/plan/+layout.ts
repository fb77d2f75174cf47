import { loadPlanMessages } from '$lib/i18n/namespaces/plan';

/** The plan pages render once their messages are loaded (they are not in the app shell). */
export const load = (): Promise<void> => loadPlanMessages();
