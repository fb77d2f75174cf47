// After one online visit of every route (and a sample of detail pages), each one reloads offline
// on a phone and shows its own page: the same heading as online, not the error page.
import { expect, test } from '@playwright/test';
import { checkedPages } from './checked-routes';
import { AppShell } from './pages/app';
import { loadContent, openSettled } from './pages/audit';
import { PlanPage } from './pages/plan';

test('every route and a sample of detail pages render offline after one visit', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const app = new AppShell(page);
	await loadContent(page);
	await app.waitForOfflineReady();

	// Plans live only on the device: create one, and crawl its pages instead of the sample id.
	const plan = new PlanPage(page);
	await plan.gotoList();
	const planId = await plan.create('Association de l’exploration');
	const pages = checkedPages.map(({ path, route }) =>
		route.startsWith('/plan/[id]') ? path.replace(/^\/plan\/[^/]+/, `/plan/${planId}`) : path
	);

	const headings = new Map<string, string>();
	for (const path of pages) {
		await openSettled(page, path);
		const heading = (await page.locator('main h1').first().textContent())?.trim() ?? '';
		expect(heading, `${path} online`).not.toBe('');
		expect(['Page introuvable', 'Une erreur est survenue'], `${path} online`).not.toContain(
			heading
		);
		headings.set(path, heading);
	}

	await context.setOffline(true);
	for (const path of pages) {
		await test.step(path, async () => {
			const heading = page.locator('main h1').first();
			await page.goto(path);
			await expect(heading, `${path} offline`).toHaveText(headings.get(path) ?? '');
			await page.reload();
			await expect(heading, `${path} offline, reloaded`).toHaveText(headings.get(path) ?? '');
		});
	}
});
