// Text enlarged to 200 % (WCAG 1.4.4) on a phone: every route stays readable without scrolling
// sideways. Measured as a phone user does it (Android's font size / Chrome's text scaling): the
// Pixel 7 viewport (412 CSS px) with the root font size doubled, so every rem-based size doubles.
// Browser zoom at 200 % would instead mean a 206 px viewport, narrower than the 320 px that
// WCAG 1.4.10 (reflow) asks for; the layout tests already check the normal width.
import { expect, test } from '@playwright/test';
import { checkedPages, emptyStatePages } from './checked-routes';
import { loadContent, openSettled } from './pages/audit';

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
