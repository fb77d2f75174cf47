import { loadAccountMessages } from '$lib/i18n/namespaces/account';
import { loadForumMessages } from '$lib/i18n/namespaces/forum';

/** The page shows the forum sync's details and one's own account, in their messages. */
export const load = async (): Promise<void> => {
	await Promise.all([loadForumMessages(), loadAccountMessages()]);
};
