import type { Locale } from './types';

/**
 * A date written out (« 12 mars 2026 », "12 March 2026"). French writes the first day of a month
 * as an ordinal, « 1er décembre », which Intl does not do: its day part is replaced.
 */
export function formatLongDate(date: Date, locale: Locale): string {
	const parts = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).formatToParts(date);
	return parts
		.map((part) =>
			locale === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value
		)
		.join('');
}

/** A date and time written out (« 1er décembre 2026 à 09:05 »). */
export function formatLongDateTime(date: Date, locale: Locale): string {
	const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(date);
	return locale === 'fr'
		? `${formatLongDate(date, locale)} à ${time}`
		: `${formatLongDate(date, locale)}, ${time}`;
}
