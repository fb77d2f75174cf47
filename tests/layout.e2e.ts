import { expect, test, type Page } from '@playwright/test';
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

/** Each bottom-bar label: its text, whether it is shown, and on how many lines. */
function bottomBarLabels(page: Page) {
	return page.locator('.bottom-nav a').evaluateAll((links) =>
		links.map((link) => {
			const label = link.querySelector('.label');
			const range = document.createRange();
			if (label) range.selectNodeContents(label);
			const shown = label instanceof HTMLElement && label.offsetParent !== null;
			return {
				name: link.getAttribute('aria-label') ?? '',
				shown,
				lines: shown ? range.getClientRects().length : 0
			};
		})
	);
}

test('the bottom bar keeps every label whole, and its icons alone when the words no longer fit', async ({
	page,
	isMobile
}) => {
	test.skip(!isMobile, 'the bottom bar is the phone navigation');
	for (const path of ['/', '/prestataires', '/ressources', '/plan', '/forum']) {
		await page.goto(path);
		await expect(page.locator('main h1').first()).toBeVisible();
		// The current section's label is bold, hence wider: « Prestataires » wrapped when current.
		for (const label of await bottomBarLabels(page)) {
			expect(label, `${path}: ${label.name}`).toMatchObject({ shown: true, lines: 1 });
		}
	}

	// Text at 200 % (Android's font size): words would split (« Accu / eil »), so icons only,
	// each link keeping its name, and the two bars leave most of the screen to the page.
	await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
	for (const label of await bottomBarLabels(page)) {
		expect(label.shown, `${label.name} at 200 %`).toBe(false);
		await expect(page.getByRole('link', { name: label.name, exact: true }).last()).toBeVisible();
	}
	const heights = await page.evaluate(() => ({
		bars:
			(document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0) +
			(document.querySelector('.bottom-nav')?.getBoundingClientRect().height ?? 0),
		screen: window.innerHeight
	}));
	expect(heights.bars / heights.screen).toBeLessThan(0.2);
});
