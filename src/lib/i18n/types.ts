import type { accountFr } from './messages/account.fr';
import type { directoryFr } from './messages/directory.fr';
import type { fr } from './messages/fr';
import type { forumFr } from './messages/forum.fr';
import type { planFr } from './messages/plan.fr';
import type { resourcesFr } from './messages/resources.fr';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The shell's messages, which every route needs: French keys, with the same function signatures. */
export type CoreMessages = { [K in keyof typeof fr]: (typeof fr)[K] };

/** Messages of one feature each, loaded by that feature's routes only (bundle budget). */
export interface Namespaces {
	account: typeof accountFr;
	directory: typeof directoryFr;
	forum: typeof forumFr;
	plan: typeof planFr;
	resources: typeof resourcesFr;
}
export type Namespace = keyof Namespaces;

/**
 * What any code may read: the shell's messages, and a feature's namespace only once its routes
 * loaded it, so it is typed as possibly absent. A feature's code reads its namespace through the
 * `i18n` of `src/lib/i18n/<name>.ts` (typed `MessagesWith<name>`), which only that feature and its
 * routes import (eslint.config.js).
 */
export type Messages = CoreMessages & Partial<Namespaces>;

/** The messages of a page whose route loaded namespace `N`: the shell's and that feature's. */
export type MessagesWith<N extends Namespace> = CoreMessages & Pick<Namespaces, N>;

/** Narrows an unknown value (from storage or a URL) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Keys of plain-text messages (not functions or groups), e.g. for navigation labels. */
export type TextKey = {
	[K in keyof CoreMessages]: CoreMessages[K] extends string ? K : never;
}[keyof CoreMessages];
