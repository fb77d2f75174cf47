import { loadDirectoryMessages } from '$lib/i18n/namespaces/directory';

/** The directory's pages render once their messages are loaded (they are not in the app shell). */
export const load = (): Promise<void> => loadDirectoryMessages();
