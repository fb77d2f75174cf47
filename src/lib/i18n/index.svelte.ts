import { browser } from '$app/environment';
import type { Localized } from '$lib/schemas/labels';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { isLocale, type Locale, type Messages } from './types';

export { locales, type Locale } from './types';

const dictionaries: Record<Locale, Messages> = { fr, en };
const storageKey = 'passerelle.locale';
const baseLocale: Locale = 'fr';

/** Read synchronously at start-up so the first paint is already in the chosen language. */
function readSavedLocale(): Locale {
	if (!browser) return baseLocale;
	try {
		const saved = localStorage.getItem(storageKey);
		return isLocale(saved) ? saved : baseLocale;
	} catch {
		// Storage can be blocked (private mode, policies): fall back to French.
		return baseLocale;
	}
}

class I18n {
	#locale = $state<Locale>(readSavedLocale());

	/** The active locale. */
	get locale(): Locale {
		return this.#locale;
	}

	/** Messages of the active locale; reading it in a template re-renders on a language change. */
	get m(): Messages {
		return dictionaries[this.#locale];
	}

	/** Picks the active language's text of a bilingual content label (filter values, regions…). */
	pick(text: Localized): string {
		return text[this.#locale];
	}

	/** Formats a date (ISO string) for the active language, e.g. « 12 mars 2026 ». */
	formatDate(iso: string): string {
		return new Intl.DateTimeFormat(this.#locale, { dateStyle: 'long' }).format(new Date(iso));
	}

	/** Switches language, remembers it on this device and updates `<html lang>`. */
	setLocale(locale: Locale): void {
		this.#locale = locale;
		if (!browser) return;
		document.documentElement.lang = locale;
		try {
			localStorage.setItem(storageKey, locale);
		} catch {
			// Not persisted, but the switch still applies to this visit.
		}
	}
}

export const i18n = new I18n();
