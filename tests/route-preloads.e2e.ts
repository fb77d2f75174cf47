import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/app';

// The shell asks for the current route's code as it is parsed (scripts/lib/route-preloads.js):
// on a first visit that starts on a deep link, every page module the router then loads was
// already requested by the HTML, and the page still works offline from the service worker.

/** Records the shell's module preloads once the HTML is parsed, before the router has run. */
async function recordShellPreloads(page: Page) {
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const links = document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]');
			sessionStorage.setItem('shellPreloads', JSON.stringify([...links].map((l) => l.href)));
		});
	});
}

/** Page modules (`nodes/*.js`) the router loaded, and those the shell had preloaded. */
async function pageModules(page: Page) {
	return page.evaluate(() => ({
		loaded: performance
			.getEntriesByType('resource')
			.map((entry) => entry.name)
			.filter((url) => url.includes('/_app/immutable/nodes/')),
		preloaded: JSON.parse(sessionStorage.getItem('shellPreloads') ?? '[]') as string[]
	}));
}

for (const { path, heading, locale } of [
	{ path: '/plan', heading: 'Mon plan de transition', locale: 'fr' },
	{ path: '/prestataires', heading: 'Prestataires', locale: 'fr' },
	{ path: '/forum/connexion', heading: 'Compte du forum', locale: 'fr' },
	{ path: '/plan', heading: 'My transition plan', locale: 'en' }
]) {
	test(`a first visit to ${path} (${locale}) gets the page's code from the shell`, async ({
		page
	}) => {
		await recordShellPreloads(page);
		if (locale === 'en') {
			await page.addInitScript(() => localStorage.setItem('passerelle.locale', 'en'));
		}
		const app = new AppShell(page);
		await app.goto(path);
		await app.expectHeading(heading);
		const { loaded, preloaded } = await pageModules(page);
		expect(loaded.length).toBeGreaterThan(1);
		expect(loaded.filter((url) => !preloaded.includes(url))).toEqual([]);
	});
}

test('a deep link keeps working offline with the preloading shell', async ({ page, context }) => {
	const app = new AppShell(page);
	await app.goto('/prestataires');
	await app.waitForOfflineReady();
	await context.setOffline(true);
	await page.goto('/plan');
	await app.expectHeading('Mon plan de transition');
	await page.reload();
	await app.expectHeading('Mon plan de transition');
});
