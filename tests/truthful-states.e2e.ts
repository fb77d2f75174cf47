// States that tell the truth (issue 13, item 5): the content check offline, the connection
// indicator when the server stops answering while the browser still says it is online
// ("lie-fi"), « Nouveau » on the forum, and the settings page in words and dates.
import { expect, test, type Page } from '@playwright/test';
import { newReplyId, newThreadId } from '../src/lib/forum/ids';
import { AppShell } from './pages/app';
import { loadContent } from './pages/audit';
import { createAccount, ForumPage, postAs, uniqueName } from './pages/forum';

const indicator = (page: Page) => page.getByRole('status', { name: 'État de la connexion' });
const outcome = (page: Page) => page.getByTestId('content-check-outcome');

/** The app's own server stops answering; the network (and navigator.onLine) stays up. */
async function serverStopsAnswering(page: Page): Promise<void> {
	await page.route(/\/(db|data)(\/|$)/, (route) => route.abort('connectionrefused'));
}

test.describe('checking for content updates', () => {
	test('offline, it says it cannot check, not that the content was updated', async ({
		page,
		context
	}) => {
		await loadContent(page);
		await new AppShell(page).waitForOfflineReady();
		await context.setOffline(true);
		await page.goto('/compte');
		await page.getByRole('button', { name: 'Vérifier les mises à jour' }).click();
		await expect(outcome(page)).toHaveText(/Pas de connexion au serveur/);
		await expect(outcome(page)).not.toHaveText(/mis à jour/);
	});

	test('online with nothing new, it says so, and the settings show dates, not ids', async ({
		page
	}) => {
		await loadContent(page);
		await page.goto('/compte');
		const status = page.getByTestId('content-status');
		await expect(status).toContainText(/Chargé sur cet appareil le \d+(er)? \p{L}+ \d{4} à/u);
		await expect(status).toContainText(/\d+ prestataires, \d+ ressources et \d+ outils/);
		await page.getByRole('button', { name: 'Vérifier les mises à jour' }).click();
		await expect(outcome(page)).toHaveText(
			'Le contenu est déjà à jour : rien de nouveau sur le serveur.'
		);
		// Technical ids only in the folded details: a version in words and a date first.
		await expect(
			page.getByText(/^Passerelle \d+\.\d+\.\d+, version du \d+(er)? \p{L}+ \d{4}$/u)
		).toBeVisible();
		await expect(page.getByText(/Identifiant/).first()).toBeHidden();
	});
});

test.describe('the connection indicator with a server that stops answering', () => {
	// The page's own requests, not the service worker's, so that the route below sees them.
	test.use({ serviceWorkers: 'block' });

	test('says offline although the browser says online, and comes back with the server', async ({
		page
	}) => {
		await page.goto('/compte');
		await expect(indicator(page)).toHaveText('En ligne');
		await serverStopsAnswering(page);
		await page.getByRole('button', { name: 'Vérifier les mises à jour' }).click();
		await expect(indicator(page)).toHaveText('Hors ligne');
		await expect(outcome(page)).toHaveText(/Pas de connexion au serveur/);
		expect(await page.evaluate(() => navigator.onLine)).toBe(true);

		await page.unrouteAll();
		await expect(indicator(page)).toHaveText('En ligne', { timeout: 20_000 });
	});

	test('a start on a Wi-Fi without Internet says offline at once', async ({ page }) => {
		await serverStopsAnswering(page);
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(indicator(page)).toHaveText('Hors ligne');
		expect(await page.evaluate(() => navigator.onLine)).toBe(true);
	});

	test('the forum sync stops and starts again with the server, not with navigator.onLine', async ({
		page
	}) => {
		test.slow();
		await page.goto('/forum');
		await expect(indicator(page)).toHaveText('À jour', { timeout: 20_000 });
		await serverStopsAnswering(page);
		await page.getByRole('link', { name: 'Réglages' }).click();
		await page.getByRole('button', { name: 'Vérifier les mises à jour' }).click();
		await expect(indicator(page)).toHaveText('Hors ligne');
		await expect(indicator(page)).toHaveAttribute('data-sync-state', 'offline');
		await page.unrouteAll();
		await expect(indicator(page)).toHaveText('À jour', { timeout: 30_000 });
	});
});

test('« Nouveau » marks what others wrote after this device came, never one’s own posts', async ({
	page,
	playwright,
	request,
	baseURL
}) => {
	test.slow();
	const reader = await createAccount(request, uniqueName('lea'));
	const other = await createAccount(request, uniqueName('marius'));
	const category = 'Trouver un prestataire';
	const title = `Un sujet de ${other.name}`;
	const threadId = newThreadId();
	await postAs(playwright, baseURL ?? '', other, {
		_id: threadId,
		type: 'thread',
		category: 'trouver-un-prestataire',
		title,
		tags: [],
		body: 'Écrit avant la première visite de Léa.'
	});

	const forum = new ForumPage(page);
	await forum.logIn(reader.name, reader.password);
	await forum.openCategory(category);
	const row = (name: string) => page.getByRole('listitem').filter({ hasText: name });
	await expect(row(title)).toBeVisible({ timeout: 20_000 });
	await expect(row(title).getByText('Nouveau')).toHaveCount(0);

	// Her own thread is not new to her.
	await page.getByRole('button', { name: 'Nouveau sujet' }).click();
	await page.getByLabel('Titre').fill(`Le sujet de ${reader.name}`);
	await page
		.getByLabel('Message', { exact: true })
		.fill('Qui connaît un prestataire en Bretagne ?');
	await page.getByRole('button', { name: 'Publier' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: `Le sujet de ${reader.name}` })
	).toBeVisible();
	await forum.openCategory(category);
	await expect(row(`Le sujet de ${reader.name}`)).toBeVisible();
	await expect(row(`Le sujet de ${reader.name}`).getByText('Nouveau')).toHaveCount(0);

	// Someone else answers: that thread is new, until she reads it.
	await postAs(playwright, baseURL ?? '', other, {
		_id: newReplyId(threadId),
		type: 'reply',
		threadId,
		body: 'Une réponse arrivée après.'
	});
	await expect(row(title).getByText('Nouveau')).toBeVisible({ timeout: 20_000 });
	await forum.openThread(title);
	await expect(forum.post('Une réponse arrivée après.')).toBeVisible();
	await forum.openCategory(category);
	await expect(row(title)).toBeVisible();
	await expect(row(title).getByText('Nouveau')).toHaveCount(0);
});
