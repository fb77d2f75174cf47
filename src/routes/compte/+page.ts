import { loadForumMessages } from '$lib/i18n/namespaces/forum';

/** The page shows the forum sync's details, in the forum's messages. */
export const load = (): Promise<void> => loadForumMessages();
