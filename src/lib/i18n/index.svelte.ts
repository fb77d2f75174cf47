import { browser } from '$app/environment';
import type { Localized } from '$lib/schemas/labels';
import { formatLongDate, formatLongDateTime } from './dates';
import { fr } from './messages/fr';
import {
	isLocale,
	type CoreMessages,
	type Locale,
	type Messages,
	type MessagesWith,
	type Namespace,
	type Namespaces
} from './types';

export { locales, type Locale, type MessagesWith, type Namespace } from './types';

/** How a feature's routes fetch its messages in each language (dynamic imports). */
export type NamespaceLoaders<N extends Namespace> = Record<Locale, () => Promise<Namespaces[N]>>;

// French shell messages ship with the app shell; English loads when it is chosen (or was saved),
// so a French reader never downloads it, and a feature's messages load with the feature's routes
// (bundle budget). Offline they all come from the precache.
const coreLoaders: Record<Exclude<Locale, 'fr'>, () => Promise<CoreMessages>> = {
	en: () => import('./messages/en').then((module) => module.en)
};
// A dictionary holds the shell's messages plus the namespaces loaded so far: a page of a feature
// renders only after its route's `load` has awaited `i18n.loadNamespace`.
const dictionaries: Partial<Record<Locale, Messages>> & { fr: Messages } = {
	fr: { ...fr } as Messages
};

/** The shell dictionary of `locale`, loaded once. */
async function loadDictionary(locale: Locale): Promise<Messages> {
	const known = dictionaries[locale];
	if (known) return known;
	const core = await coreLoaders[locale as Exclude<Locale, 'fr'>]();
	// Another caller may have finished first: keep the first dictionary and its namespaces.
	return (dictionaries[locale] ??= { ...core } as Messages);
}

/** Loads one namespace of `locale` into its dictionary, once. */
async function loadNamespaceOf<N extends Namespace>(
	locale: Locale,
	name: N,
	loaders: NamespaceLoaders<N>
): Promise<void> {
	const dictionary = await loadDictionary(locale);
	if (Object.hasOwn(dictionary, name)) return;
	const messages = await loaders[locale]();
	dictionary[name] = messages as Messages[N];
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
	/** Namespaces the visited routes needed, to load in the other language on a switch. */
	#namespaces = new Map<Namespace, NamespaceLoaders<Namespace>>();
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
						() => this.#apply(baseLocale)
					);
	}

	/** Makes `locale` the active one, and the page's `<html lang>` (read by screen readers). */
	#apply(locale: Locale): void {
		this.#locale = locale;
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
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

	/**
	 * Formats a date (ISO string) for the active language, e.g. « 12 mars 2026 ». A calendar day
	 * (`YYYY-MM-DD`) is that day wherever the phone is: read as UTC midnight, it would show the
	 * day before west of Greenwich (Antilles, Guyane).
	 */
	formatDate(iso: string): string {
		const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
		const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
		return formatLongDate(date, this.#locale);
	}

	/** Formats a moment (ISO string or milliseconds) with its time: « 1er décembre 2026 à 09:05 ». */
	formatDateTime(moment: string | number): string {
		return formatLongDateTime(new Date(moment), this.#locale);
	}

	/**
	 * Loads a feature's messages in the active language; a feature route's `load` awaits it so its
	 * page renders with `i18n.m.<name>` in place. Offline without the chunk cached, the French
	 * messages are used rather than no page.
	 */
	async loadNamespace<N extends Namespace>(name: N, loaders: NamespaceLoaders<N>): Promise<void> {
		this.#namespaces.set(name, loaders as NamespaceLoaders<Namespace>);
		await this.ready;
		try {
			await loadNamespaceOf(this.#locale, name, loaders);
		} catch (error) {
			if (this.#locale === baseLocale) throw error;
			await loadNamespaceOf(baseLocale, name, loaders);
			this.#apply(baseLocale);
		}
	}

	/** Switches language, remembers it on this device and updates `<html lang>`. */
	async setLocale(locale: Locale): Promise<void> {
		await loadDictionary(locale);
		// The page on screen (and those visited) must not lose their feature's messages.
		await Promise.all(
			[...this.#namespaces].map(([name, loaders]) => loadNamespaceOf(locale, name, loaders))
		);
		this.#apply(locale);
		if (!browser) return;
		try {
			localStorage.setItem(storageKey, locale);
		} catch {
			// Not persisted, but the switch still applies to this visit.
		}
	}
}

export const i18n = new I18n();

/** What a feature's code reads: the shell's messages and its own namespace, loaded by its routes. */
export interface FeatureI18n<N extends Namespace> {
	readonly locale: Locale;
	readonly m: MessagesWith<N>;
	pick(text: Localized): string;
	formatDate(iso: string): string;
	formatDateTime(moment: string | number): string;
}

/** True when the namespace `name` is in `messages` (its route has loaded it). */
function hasNamespace<N extends Namespace>(
	messages: Messages,
	name: N
): messages is MessagesWith<N> {
	return messages[name] !== undefined;
}

/**
 * The app's `i18n` as seen by the code of the feature whose namespace is `name`: the same state,
 * with `m` typed to hold the namespace. Read before a route loaded it, `m` throws an error that
 * says so rather than an anonymous `undefined` property read.
 */
export function featureI18n<N extends Namespace>(name: N): FeatureI18n<N> {
	return {
		get locale() {
			return i18n.locale;
		},
		get m() {
			const messages = i18n.m;
			if (!hasNamespace(messages, name)) {
				throw new Error(
					`The ${name} messages were read before a route loaded them: the route's load must await them (src/lib/i18n/namespaces/${name}.ts).`
				);
			}
			return messages;
		},
		pick: (text) => i18n.pick(text),
		formatDate: (iso) => i18n.formatDate(iso),
		formatDateTime: (moment) => i18n.formatDateTime(moment)
	};
}
