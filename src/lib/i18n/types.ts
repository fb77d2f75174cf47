import type { fr } from './messages/fr';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The shape every locale must match: French keys, with the same function signatures. */
export type Messages = { [K in keyof typeof fr]: (typeof fr)[K] };

/** Narrows an unknown value (from storage or a URL) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Keys of plain-text messages (not functions or groups), e.g. for navigation labels. */
export type TextKey = {
	[K in keyof Messages]: Messages[K] extends string ? K : never;
}[keyof Messages];
