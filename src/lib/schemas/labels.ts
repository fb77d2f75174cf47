/** A user-facing text in both languages of the app (French first: it is the reference). */
export type Localized = { fr: string; en: string };
