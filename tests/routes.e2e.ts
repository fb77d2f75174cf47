import { expect, test } from '@playwright/test';
import { AppShell, routes } from './pages/app';

for (const route of routes) {
	test(`${route.path} renders its page inside the app shell`, async ({ page }) => {
		const app = new AppShell(page);
		await app.goto(route.path);
		await app.expectHeading(route.heading);
		// On the forum the indicator shows the forum sync's own state.
		await expect(page.getByRole('status', { name: 'État de la connexion' })).toHaveText(
			route.path === '/forum' ? /À jour|Synchro…|Connexion…/ : 'En ligne'
		);
		await expect(page).toHaveTitle(/Passerelle/);
	});
}

test('an unknown URL says the page does not exist and links home', async ({ page }) => {
	const app = new AppShell(page);
	await app.goto('/nulle-part');
	await app.expectHeading('Page introuvable');
	await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
	await app.expectHeading('Bienvenue sur Passerelle');
});

test('the account page shows the storage state of the device', async ({ page }) => {
	await page.goto('/compte');
	const storage = page.getByTestId('storage-status');
	await expect(storage.getByRole('heading', { name: 'Stockage sur cet appareil' })).toBeVisible();
	await expect(storage).toContainText(/Stockage (persistant|non garanti)/);
	await expect(storage).toContainText(/utilisés sur/);
});
