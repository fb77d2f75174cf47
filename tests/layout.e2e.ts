import { expect, test } from '@playwright/test';
import { AppShell, routes } from './pages/app';

test('navigation reaches every section, with the current one marked', async ({
	page,
	isMobile
}) => {
	const app = new AppShell(page);
	await app.goto('/');
	const nav = page
		.getByRole('navigation', { name: 'Navigation principale' })
		.filter({ visible: true });
	await expect(nav).toHaveCount(1);
	// Phones get the bottom bar; wider screens the header navigation.
	const box = await nav.boundingBox();
	const viewport = page.viewportSize();
	if (isMobile)
		expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan((viewport?.height ?? 0) - 2);
	else expect(box?.y ?? 999).toBeLessThan(100);

	await nav.getByRole('link', { name: 'Prestataires' }).click();
	await app.expectHeading('Prestataires');
	await expect(nav.getByRole('link', { name: 'Prestataires' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await nav.getByRole('link', { name: 'Mon plan' }).click();
	await app.expectHeading('Mon plan de transition');
	await nav.getByRole('link', { name: 'Forum' }).click();
	await app.expectHeading('Forum d’entraide');
});

test('the skip link moves keyboard focus to the content', async ({ page }) => {
	const app = new AppShell(page);
	await app.goto('/ressources');
	await app.expectHeading('Ressources');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Aller au contenu' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('no page scrolls sideways (a wide header would shift fixed bars off screen)', async ({
	page
}) => {
	const app = new AppShell(page);
	for (const route of [
		...routes,
		{ path: '/prestataires/selection', heading: 'Ma sélection de prestataires' }
	]) {
		await app.goto(route.path);
		await app.expectHeading(route.heading);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, route.path).toBeLessThanOrEqual(0);
	}
});
