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
