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
});

test('a first visit that starts on a deep link makes the whole app work offline', async ({
	page,
	context
}) => {
	// A link shared by a friend: the first page is not at the root, the worker must still be /sw.js.
	const app = new AppShell(page);
	await app.goto('/forum/connexion');
	await app.waitForOfflineReady();
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(new URL(scope).pathname).toBe('/');

	await context.setOffline(true);
	await page.goto('/plan');
	await app.expectHeading('Mon plan de transition');
	await page.reload();
	await app.expectHeading('Mon plan de transition');
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

test('the connection indicator says offline when the app starts without a network', async ({
	page,
	context
}) => {
	const app = new AppShell(page);
	await app.goto('/');
	await app.waitForOfflineReady();
	await context.setOffline(true);
	// What the browser reports at start is this test's input, not a property of Chromium's network
	// emulation (whose `navigator.onLine` after an offline reload varies between versions).
	await page.addInitScript(() =>
		Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false })
	);
	await page.reload();
	await app.expectHeading('Bienvenue sur Passerelle');
	await expect(page.getByRole('status', { name: 'État de la connexion' })).toHaveText('Hors ligne');
});
