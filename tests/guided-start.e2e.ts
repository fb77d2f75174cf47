// The guided start from the home page: what the association uses, its dependency at once, and
// the next actions; offline, it stores nothing unless a plan is created.
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/app';
import { loadContent, wcagViolations } from './pages/audit';

/** The plans stored on this device, read from IndexedDB as the app leaves them. */
async function storedPlans(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('passerelle');
				open.onerror = () => reject(new Error('IndexedDB unavailable'));
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('plans')) return resolve(0);
					const count = db.transaction('plans').objectStore('plans').count();
					count.onsuccess = () => resolve(count.result);
					count.onerror = () => reject(new Error('count failed'));
				};
			})
	);
}

/** Ticks `tool` under the use `use` (a group of toggle buttons). */
async function tick(page: Page, use: string, tool: string): Promise<void> {
	const button = page.getByRole('group', { name: use }).getByRole('button', { name: tool });
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
}

test('offline, the guided start shows the dependency at once, keeps nothing, then creates the plan with it', async ({
	page,
	context
}) => {
	await loadContent(page);
	await new AppShell(page).waitForOfflineReady();
	await context.setOffline(true);

	await page.goto('/');
	const start = page.getByTestId('home-start');
	await expect(start.getByRole('heading', { name: 'Par où commencer ?' })).toBeVisible();
	await start.getByRole('link', { name: 'Faire le point' }).click();
	await expect(page).toHaveURL(/\/demarrer$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Par où commencer ?' })).toBeVisible();

	const picture = page.getByTestId('start-picture');
	await expect(picture).toContainText('Cochez au moins un outil');
	await tick(page, 'Messagerie instantanée', 'WhatsApp');
	await tick(page, 'Documents partagés', 'Google Docs');
	await expect(picture.getByTestId('overall-score')).toBeVisible();
	const before = await picture.getByTestId('overall-score').textContent();
	await picture
		.getByRole('group', { name: 'Vous dépendez de WhatsApp :' })
		.getByRole('radio', { name: 'beaucoup' })
		.check();
	await expect(picture.getByTestId('overall-score')).not.toHaveText(before ?? '');

	// The most binding tool first; providers for the support that fits, in the chosen region.
	const alternatives = page.getByRole('region', { name: /alternatives à vos outils/ });
	await expect(alternatives.getByRole('link')).toHaveText([
		'Remplacer WhatsApp',
		'Remplacer Google Docs'
	]);
	await expect(alternatives.getByRole('link').first()).toHaveAttribute(
		'href',
		'/alternatives#whatsapp'
	);
	await page.getByLabel('Votre région').selectOption('bretagne');
	await expect(page.getByRole('link', { name: 'Voir les prestataires' })).toHaveAttribute(
		'href',
		/^\/prestataires\?support=[a-z-]+&region=bretagne$/
	);

	// Nothing was stored by answering.
	expect(await storedPlans(page)).toBe(0);

	// A name is needed; a double tap creates one plan, holding the diagnosis as given.
	const create = page.getByRole('button', { name: 'Créer le plan' });
	await create.click();
	await expect(page.getByRole('alert')).toHaveText(/nom de l’association/);
	await page.getByLabel('Nom de l’association').fill('Les Amis du Bocage');
	await create.dblclick();
	await expect(page).toHaveURL(/\/plan\/[^/]+\/diagnostic$/);
	const whatsapp = page.getByRole('article', { name: 'WhatsApp' });
	await expect(whatsapp.getByLabel('Dépendance')).toHaveValue('high');
	await expect(page.getByRole('article', { name: 'Google Docs' })).toBeVisible();
	expect(await storedPlans(page)).toBe(1);

	// Back home, the visitor lands on the plan's progress instead of the start.
	await page.goto('/');
	const card = page.getByTestId('home-plan');
	await expect(card).toContainText('Les Amis du Bocage : 0 % accompli');
	await expect(page.getByTestId('home-start')).toHaveCount(0);
	await card.getByRole('link', { name: 'Reprendre le plan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Les Amis du Bocage' })).toBeVisible();
});

test('answered, the guided start has no accessibility violation; left without a plan, the home page is as it was', async ({
	page
}) => {
	await loadContent(page);
	await page.goto('/demarrer');
	await tick(page, 'Messagerie instantanée', 'WhatsApp');
	// The answered page (chart, reliance choices, actions) passes the same audit as every route.
	await expect(page.getByTestId('overall-score')).toBeVisible();
	expect(await wcagViolations(page)).toEqual([]);
	await page.goto('/');
	await expect(page.getByTestId('home-start')).toBeVisible();
	expect(await storedPlans(page)).toBe(0);
});
