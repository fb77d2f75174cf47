// axe-core at WCAG 2.1 A/AA on every route (tests/checked-routes.ts), in French and English, light
// and dark, with the demo content loaded and without any content, plus the "nothing found" states.
import { expect, test } from '@playwright/test';
import { checkedPages, emptyStatePages, unsampledRoutes } from './checked-routes';
import {
	blockContentFeed,
	loadContent,
	openSettled,
	useLocale,
	wcagViolations,
	type Locale
} from './pages/audit';

interface Variant {
	locale: Locale;
	colorScheme: 'light' | 'dark';
	content: boolean;
}

const variants: Variant[] = [
	{ locale: 'fr', colorScheme: 'light', content: true },
	{ locale: 'en', colorScheme: 'dark', content: true },
	{ locale: 'en', colorScheme: 'light', content: false },
	{ locale: 'fr', colorScheme: 'dark', content: false }
];

test('every parameterised route has a sample page to check', () => {
	expect(unsampledRoutes, 'add a sampler in tests/checked-routes.ts').toEqual([]);
});

// No service worker here: precaching the app in every fresh context would only slow the audit.
test.use({ serviceWorkers: 'block' });

test('the audit reports a violation when there is one', async ({ page }) => {
	test.setTimeout(90_000);
	await openSettled(page, '/');
	await page.evaluate(() => {
		const field = document.createElement('input');
		field.type = 'text';
		document.querySelector('main')?.append(field);
	});
	expect((await wcagViolations(page)).join('\n')).toContain('label');
});

// One device per variant, visiting every route in turn (a fresh device per route takes minutes).
for (const variant of variants) {
	const label = `${variant.locale}, ${variant.colorScheme}, ${variant.content ? 'with content' : 'no content'}`;
	test(`no WCAG 2.1 AA violation on any route (${label})`, async ({ page }) => {
		test.setTimeout(240_000);
		await page.emulateMedia({ colorScheme: variant.colorScheme });
		if (!variant.content) await blockContentFeed(page);
		await useLocale(page, variant.locale);
		if (variant.content) await loadContent(page);
		for (const { path, route } of checkedPages) {
			await test.step(route, async () => {
				await openSettled(page, path);
				await expect(page.locator('html')).toHaveAttribute('lang', variant.locale);
				expect(await wcagViolations(page), `${path} (${label})`).toEqual([]);
			});
		}
	});
}

test('no WCAG 2.1 AA violation in the empty and "not found" states (fr light, en dark)', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadContent(page);
	const looks = [
		{ locale: 'fr', colorScheme: 'light' },
		{ locale: 'en', colorScheme: 'dark' }
	] as const;
	for (const { path, route } of emptyStatePages) {
		for (const { locale, colorScheme } of looks) {
			await test.step(`${route} (${locale}, ${colorScheme})`, async () => {
				await page.emulateMedia({ colorScheme });
				await page.evaluate((value) => localStorage.setItem('passerelle.locale', value), locale);
				await openSettled(page, path);
				expect(await wcagViolations(page), `${path} (${locale}, ${colorScheme})`).toEqual([]);
			});
		}
	}
});
