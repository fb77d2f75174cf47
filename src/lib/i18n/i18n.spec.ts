import { describe, expect, it } from 'vitest';
import { i18n as accountI18n } from './account';
import { formatLongDate, formatLongDateTime } from './dates';
import { i18n as directoryI18n } from './directory';
import { i18n } from './index.svelte';
import { i18n as forumI18n } from './forum';
import { loadAccountMessages } from './namespaces/account';
import { loadDirectoryMessages } from './namespaces/directory';
import { loadForumMessages } from './namespaces/forum';
import { loadPlanMessages } from './namespaces/plan';
import { i18n as planI18n } from './plan';
import { i18n as resourcesI18n } from './resources';

// One shared instance, as in the app: the cases run in order and build on each other.
describe('i18n feature namespaces', () => {
	it('starts in French with only the shell messages', () => {
		expect(i18n.locale).toBe('fr');
		expect(i18n.m.navPlan).toBe('Mon plan');
		expect(i18n.m.plan).toBeUndefined();
		// @ts-expect-error A feature's namespace may be absent: `npm run check` refuses this read.
		expect(() => i18n.m.plan.listTitle).toThrow(TypeError);
		// The feature's own view says what went wrong.
		expect(() => planI18n.m.plan).toThrow(/plan messages were read before a route loaded them/);
	});

	it('loads a feature’s messages in the active language', async () => {
		await loadPlanMessages();
		expect(planI18n.m.plan.listTitle).toBe('Mon plan de transition');
	});

	it('switches the shell and every loaded feature to English together', async () => {
		await i18n.setLocale('en');
		expect(i18n.m.navPlan).toBe('My plan');
		expect(planI18n.m.plan.listTitle).toBe('My transition plan');
		await loadForumMessages();
		expect(forumI18n.m.forum.title).toBe('Mutual-aid forum');
		await loadDirectoryMessages();
		expect(directoryI18n.m.directory.mapTitle).toBe('Providers by region');
		await i18n.setLocale('fr');
		expect(forumI18n.m.forum.title).toBe('Forum d’entraide');
		expect(directoryI18n.m.directory.mapTitle).toBe('Prestataires par région');
	});

	it('loads the settings of one’s own account (/compte) as a namespace of their own', async () => {
		await loadAccountMessages();
		expect(accountI18n.m.account.passwordHeading).toBe('Mot de passe');
		await i18n.setLocale('en');
		expect(accountI18n.m.account.passwordHeading).toBe('Password');
		await i18n.setLocale('fr');
	});

	it('falls back to French when the English messages cannot be fetched (offline, not cached)', async () => {
		// The page's language follows, for screen readers (Node has no document: a stand-in).
		const html = { lang: '' };
		Object.assign(globalThis, { document: { documentElement: html } });
		await i18n.setLocale('en');
		expect(html.lang).toBe('en');
		await i18n.loadNamespace('resources', {
			fr: () => import('./messages/resources.fr').then((module) => module.resourcesFr),
			en: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
		});
		expect(i18n.locale).toBe('fr');
		expect(html.lang).toBe('fr');
		expect(resourcesI18n.m.resources.demoNotice).toBeDefined();
		expect(i18n.m.navPlan).toBe('Mon plan');
		Reflect.deleteProperty(globalThis, 'document');
	});
});

describe('dates', () => {
	it('shows a calendar day as that day in any time zone, and a time in the local one', () => {
		// West of Greenwich, where UTC midnight is still the day before (Node follows TZ at once).
		const zone = process.env.TZ;
		process.env.TZ = 'America/Guadeloupe';
		try {
			expect(i18n.formatDate('2026-03-12')).toBe('12 mars 2026');
			expect(i18n.formatDate(new Date(2026, 2, 12, 23, 30).toISOString())).toBe('12 mars 2026');
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});
});

describe('the first day of a month', () => {
	it('is written « 1er » in French, as French does, and "1" in English', () => {
		expect(formatLongDate(new Date(2026, 11, 1), 'fr')).toBe('1er décembre 2026');
		expect(formatLongDate(new Date(2026, 11, 11), 'fr')).toBe('11 décembre 2026');
		expect(formatLongDate(new Date(2026, 11, 21), 'fr')).toBe('21 décembre 2026');
		expect(formatLongDate(new Date(2026, 11, 1), 'en')).toBe('December 1, 2026');
		expect(formatLongDateTime(new Date(2026, 11, 1, 9, 5), 'fr')).toBe('1er décembre 2026 à 09:05');
	});
});
