import { browser } from '$app/environment';
import type { Localized } from '$lib/schemas/labels';
import { fr } from './messages/fr';
import { isLocale, type Locale, type Messages } from './types';

export { locales, type Locale } from './types';

// French, the default, ships with the app shell; English loads when it is chosen (or was saved),
// so a French reader never downloads it (bundle budget). Offline it comes from the precache.
const dictionaries: Partial<Record<Locale, Messages>> & { fr: Messages } = { fr };
const loaders: Record<Exclude<Locale, 'fr'>, () => Promise<Messages>> = {
	en: () => import('./messages/en').then((module) => module.en)
};

/** The dictionary of `locale`, loaded once. */
async function loadDictionary(locale: Locale): Promise<Messages> {
	if (locale === 'fr') return dictionaries.fr;
	const known = dictionaries[locale];
	if (known) return known;
	const loaded = await loaders[locale]();
	dictionaries[locale] = loaded;
	return loaded;
}

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
	#locale = $state<Locale>(baseLocale);
	/** Resolves once the saved language's messages are loaded (awaited before the first render). */
	readonly ready: Promise<void>;

	constructor() {
		const saved = readSavedLocale();
		this.ready =
			saved === baseLocale
				? Promise.resolve()
				: loadDictionary(saved).then(
						() => void (this.#locale = saved),
						// Offline without the English chunk cached: French rather than no app.
						() => undefined
					);
	}

	/** The active locale. */
	get locale(): Locale {
		return this.#locale;
	}

	/** Messages of the active locale; reading it in a template re-renders on a language change. */
	get m(): Messages {
		return dictionaries[this.#locale] ?? dictionaries.fr;
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
	async setLocale(locale: Locale): Promise<void> {
		await loadDictionary(locale);
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
