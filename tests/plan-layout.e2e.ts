// Every plan page, filled with data, on a 412 px phone: nothing scrolls sideways, at normal text
// size and at 200 %. The route-wide layout tests see a plan's pages empty or not at all; a filled
// plan is where tables, cards and long names overflow. The pages come from the route folders
// (checked-routes.ts), so a new plan page is checked as soon as it exists.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkedPages } from './checked-routes';
import { AppShell } from './pages/app';
import { wcagViolations } from './pages/audit';
import { PlanPage } from './pages/plan';

/** The eight step ids, read from the source (Playwright cannot import `$lib` modules). */
const stepIds = [
	...readFileSync('src/lib/schemas/plan-steps.ts', 'utf8').matchAll(/id: '([a-z-]+)'/g)
].map((match) => match[1] ?? '');

/** Every page under /plan, with `[id]` the given plan and `[step]` each of the eight steps. */
function planPaths(planId: string): string[] {
	return checkedPages
		.filter(({ route }) => route === '/plan' || route.startsWith('/plan/'))
		.flatMap(({ route }) => {
			const path = route.replace('[id]', planId);
			return path.includes('[step]') ? stepIds.map((step) => path.replace('[step]', step)) : [path];
		});
}

/** How far the page scrolls sideways, and the elements that stick out (for the message). */
function sideways(page: Page): Promise<{ overflow: number; culprits: string[] }> {
	return page.evaluate(() => {
		const root = document.documentElement;
		const culprits = [...document.querySelectorAll('main *')]
			.filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
			.slice(0, 5)
			.map((element) => `${element.tagName} ${(element.textContent ?? '').slice(0, 30)}`);
		return { overflow: root.scrollWidth - root.clientWidth, culprits };
	});
}

/** Opens the alternatives once (the catalogue comes onto the device), then fills a plan. */
async function fullPlan(page: Page, name: string): Promise<string> {
	await page.goto('/alternatives');
	await new AppShell(page).expectHeading('Alternatives');
	const plan = new PlanPage(page);
	await plan.gotoList();
	return plan.createFullPlan(name);
}

test('no plan page scrolls sideways on a phone or fails WCAG, with a diagnosis, ticks, changes and a meeting', async ({
	page
}) => {
	test.setTimeout(180_000);
	const planId = await fullPlan(page, 'Association des Amis du Jardin partagé de la Vallée');
	const paths = planPaths(planId);
	expect(stepIds).toHaveLength(8);
	expect(paths.length).toBeGreaterThan(14);
	for (const path of paths) {
		await test.step(path, async () => {
			await page.goto(path);
			await expect(page.locator('main h1')).toBeVisible();
			const normal = await sideways(page);
			expect
				.soft(normal.overflow, `${path}: ${normal.culprits.join(' | ')}`)
				.toBeLessThanOrEqual(0);
			const zoom = await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			const large = await sideways(page);
			expect
				.soft(large.overflow, `${path} at 200 %: ${large.culprits.join(' | ')}`)
				.toBeLessThanOrEqual(0);
			await zoom.evaluate((style) => style.parentNode?.removeChild(style));
			expect.soft(await wcagViolations(page), path).toEqual([]);
		});
	}
});

test('the print view names the diagnosed tools, not their ids', async ({ page }) => {
	test.setTimeout(90_000);
	const planId = await fullPlan(page, 'Chorale du Lac');
	await page.goto(`/plan/${planId}/imprimer`);
	const diagnosis = page.getByTestId('print-diagnosis');
	for (const tool of ['Google Drive', 'WhatsApp', 'Zoom'])
		await expect(diagnosis).toContainText(tool);
	await expect(diagnosis).not.toContainText('google-drive');
	await expect(diagnosis).not.toContainText('whatsapp');
});

test('every plan section is on screen, without scrolling sideways, at normal and 200 % text', async ({
	page
}) => {
	const plan = new PlanPage(page);
	await plan.gotoList();
	await plan.create('Atelier Vélo');
	const nav = page.getByRole('navigation', { name: 'Sections du plan' });
	for (const zoom of [false, true]) {
		if (zoom) await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		const links = await nav.getByRole('link').all();
		expect(links).toHaveLength(7);
		const width = await page.evaluate(() => document.documentElement.clientWidth);
		for (const link of links) {
			const box = await link.boundingBox();
			expect(box, await link.innerText()).not.toBeNull();
			expect(box?.x ?? -1, await link.innerText()).toBeGreaterThanOrEqual(0);
			expect((box?.x ?? 0) + (box?.width ?? 0), await link.innerText()).toBeLessThanOrEqual(width);
		}
	}
	await nav.getByRole('link', { name: 'Imprimer et exporter' }).click();
	await expect(page).toHaveURL(/\/imprimer$/);
});

test('a task shows one edit button; moving and deleting live in its edit panel, by keyboard, with undo', async ({
	page
}) => {
	const plan = new PlanPage(page);
	await plan.gotoList();
	const planId = await plan.create('Atelier Vélo');
	await plan.gotoStep(planId, 'needs-assessment');
	const first = 'Lister les outils numériques utilisés';
	const second = 'Noter qui utilise chaque outil (bureau, bénévoles, salariés)';
	const rows = page.getByRole('listitem').filter({ has: page.getByRole('checkbox') });
	await expect(rows).toHaveCount(5);
	// One button per task: the task's actions are behind it.
	for (const row of await rows.all()) await expect(row.getByRole('button')).toHaveCount(1);
	await expect(page.getByRole('button', { name: `Descendre « ${first} »` })).toHaveCount(0);

	// Keyboard: open the first task's panel, land in its text, move it down, close it.
	await page.getByRole('button', { name: `Modifier « ${first} »` }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Texte de la tâche')).toBeFocused();
	await page.getByRole('button', { name: `Descendre « ${first} »` }).press('Enter');
	await page.getByRole('button', { name: 'Valider' }).press('Enter');
	await expect(page.getByRole('button', { name: `Modifier « ${first} »` })).toBeFocused();
	await expect(rows.first()).toContainText(second);
	await expect(rows.nth(1)).toContainText(first);

	// Delete from the panel, then undo.
	await page.getByRole('button', { name: `Modifier « ${second} »` }).click();
	await page.getByRole('button', { name: `Supprimer « ${second} »` }).click();
	await expect(plan.checkbox(second)).toHaveCount(0);
	await page.getByRole('button', { name: 'Annuler' }).click();
	await expect(plan.checkbox(second)).toBeVisible();
});
