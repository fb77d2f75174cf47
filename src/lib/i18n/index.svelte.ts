import { browser } from '$app/environment';
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
