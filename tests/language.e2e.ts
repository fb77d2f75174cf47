import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app';

test('the language switch translates the app and is remembered', async ({ page }) => {
	const app = new AppShell(page);
	await app.goto('/compte');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

	// On a phone the switch is on the account page; on wider screens also in the header.
	await app.chooseLanguage('English');
	await app.expectHeading('Settings');
	await page.getByRole('link', { name: 'My plan' }).first().click();
	await app.expectHeading('My transition plan');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('navigation', { name: 'Main navigation' }).first()).toBeAttached();

	await page.reload();
	await app.expectHeading('My transition plan');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await app.goto('/compte');
	await expect(page.getByRole('button', { name: 'English' }).first()).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await app.chooseLanguage('Français');
	await app.expectHeading('Réglages');
	await app.goto('/plan');
	await app.expectHeading('Mon plan de transition');
	await page.reload();
	await app.expectHeading('Mon plan de transition');
});

test('the directory speaks English, offline too, and follows a switch back to French', async ({
	page,
	context
}) => {
	await page.addInitScript(() => {
		// Once, as a reader who chose English before: the switch back below must stick.
		if (!sessionStorage.getItem('seeded')) localStorage.setItem('passerelle.locale', 'en');
		sessionStorage.setItem('seeded', '1');
	});
	const app = new AppShell(page);
	await app.goto('/prestataires');
	await app.expectHeading('Providers');
	await expect(page.getByRole('searchbox', { name: 'Search providers' })).toBeVisible();
	await app.waitForOfflineReady();

	// Its messages are a chunk of their own: offline it comes from the service worker's cache.
	await context.setOffline(true);
	await page.reload();
	await app.expectHeading('Providers');
	await expect(page.getByRole('searchbox', { name: 'Search providers' })).toBeVisible();
	await page.getByRole('link', { name: /My shortlist/ }).click();
	await app.expectHeading('My provider shortlist');
	await context.setOffline(false);

	await app.goto('/compte');
	await app.chooseLanguage('Français');
	await app.goto('/prestataires');
	await app.expectHeading('Prestataires');
	await expect(page.getByRole('searchbox', { name: 'Rechercher un prestataire' })).toBeVisible();
});
