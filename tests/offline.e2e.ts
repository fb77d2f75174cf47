import { expect, test } from '@playwright/test';
import { AppShell, routes } from './pages/app';

test('after one online visit, every route loads and reloads offline', async ({ page, context }) => {
	const app = new AppShell(page);
	await app.goto('/');
	await app.waitForOfflineReady();
	await context.setOffline(true);

	for (const route of routes) {
		await page.goto(route.path);
		await app.expectHeading(route.heading);
		await page.reload();
		await app.expectHeading(route.heading);
	}
	await expect(page.getByRole('status', { name: 'État de la connexion' })).toHaveText('Hors ligne');
});

test('the connection indicator follows the network', async ({ page, context }) => {
	const app = new AppShell(page);
	await app.goto('/');
	const status = page.getByRole('status', { name: 'État de la connexion' });
	await expect(status).toHaveText('En ligne');
	await context.setOffline(true);
	await expect(status).toHaveText('Hors ligne');
	await context.setOffline(false);
	await expect(status).toHaveText('En ligne');
});
