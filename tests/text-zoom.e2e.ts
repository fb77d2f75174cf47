// Text enlarged to 200 % (WCAG 1.4.4) on a phone: every route stays readable without scrolling
// sideways. Measured as a phone user does it (Android's font size / Chrome's text scaling): the
// Pixel 7 viewport (412 CSS px) with the root font size doubled, so every rem-based size doubles.
// Browser zoom at 200 % would instead mean a 206 px viewport, narrower than the 320 px that
// WCAG 1.4.10 (reflow) asks for; the layout tests already check the normal width.
import { expect, test } from '@playwright/test';
import { checkedPages, emptyStatePages } from './checked-routes';
import { loadContent, openSettled } from './pages/audit';
import { createAccount, ForumPage, uniqueName } from './pages/forum';

test.use({ serviceWorkers: 'block' });

test('at 200 % text size no page scrolls sideways and headings stay on screen', async ({
	page
}) => {
	test.setTimeout(120_000);
	await loadContent(page);
	for (const { path } of [...checkedPages, ...emptyStatePages]) {
		await test.step(path, async () => {
			await openSettled(page, path);
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			const layout = await page.evaluate(() => {
				const root = document.documentElement;
				const heading = document.querySelector('main h1')?.getBoundingClientRect();
				return {
					rootFontSize: parseFloat(getComputedStyle(root).fontSize),
					overflow: root.scrollWidth - root.clientWidth,
					headingRight: heading?.right ?? 0,
					width: root.clientWidth
				};
			});
			expect(layout.rootFontSize, 'root font size doubled').toBe(32);
			// Soft: one run lists every page that overflows, not just the first.
			expect.soft(layout.overflow, `${path} scrolls sideways by`).toBeLessThanOrEqual(0);
			expect.soft(layout.headingRight, `${path} heading`).toBeLessThanOrEqual(layout.width);
		});
	}
});

test('at 200 % text size the header keeps one line while a post waits to be sent', async ({
	page,
	context,
	request
}) => {
	const forum = new ForumPage(page);
	const user = await createAccount(request, uniqueName('zoe'));
	await forum.logIn(user.name, user.password);
	await forum.openCategory('Choisir un outil');
	await forum.openThread('Remplacer WhatsApp pour un groupe de 60 bénévoles');
	await context.setOffline(true);
	await forum.reply('Écrit hors ligne, en grands caractères.');
	await expect(forum.status()).toHaveText(/Hors ligne.*1 en attente/);
	await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
	const rows = await page.evaluate(() => {
		const items = [
			...document.querySelectorAll(
				'.app-header .brand, .app-header [data-testid=connection-status], .app-header .settings-link'
			)
		].map((item) => item.getBoundingClientRect());
		const status = document.querySelector('.app-header [data-testid=connection-status]');
		return {
			tops: items.map((item) => item.top),
			bottoms: items.map((item) => item.bottom),
			statusHeight: status?.getBoundingClientRect().height ?? 0,
			fontSize: status ? parseFloat(getComputedStyle(status).fontSize) : 0
		};
	});
	// One row: every item starts above where the others end, and the status is one line of text.
	expect(rows.tops).toHaveLength(3);
	expect(Math.max(...rows.tops)).toBeLessThan(Math.min(...rows.bottoms));
	expect(rows.statusHeight).toBeLessThan(rows.fontSize * 2);
});
