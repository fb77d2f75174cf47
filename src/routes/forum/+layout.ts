import { loadForumMessages } from '$lib/i18n/namespaces/forum';

/** The forum pages render once their messages are loaded (they are not in the app shell). */
export const load = (): Promise<void> => loadForumMessages();
