import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app';
import { DirectoryPage, feed } from './pages/directory';

test.describe('provider directory', () => {
	test('offline after one visit, it shows every demo provider', async ({ page, context }) => {
		const app = new AppShell(page);
		const directory = new DirectoryPage(page);
		await directory.goto();
		await directory.expectCount(feed.length);
		await app.waitForOfflineReady();

		await context.setOffline(true);
		await page.reload();
		await directory.expectCount(feed.length);
		await expect(page.getByRole('note')).toContainText('Données de démonstration');
		await expect(directory.results.first()).toBeVisible();
	});

	test('a first visit says the directory is loading while its content downloads, not that it is missing', async ({
		page
	}) => {
		const directory = new DirectoryPage(page);
		// A slow network: the content's chunks take a while on this first visit.
		let release: () => void = () => undefined;
		const held = new Promise<void>((done) => (release = done));
		await page.route(/\/data\/chunks\//, async (route) => {
			await held;
			await route.continue();
		});
		const feedRequested = page.waitForRequest(/\/data\/chunks\//);
		await directory.goto();
		await feedRequested;
		await expect(
			page.getByRole('status').filter({ hasText: 'Chargement de l’annuaire…' })
		).toBeVisible();
		await expect(page.getByText('L’annuaire n’est pas encore sur cet appareil.')).toHaveCount(0);
		release();
		await directory.expectCount(feed.length);
	});

	test('filters narrow the results exactly as the feed says, and the URL keeps them', async ({
		page
	}) => {
		const directory = new DirectoryPage(page);
		await directory.goto();
		await directory.expectCount(feed.length);

		await directory.tick('Type de structure', 'Coopérative (SCOP, SCIC)');
		const cooperatives = feed.filter((p) => p.structureType === 'cooperative');
		await directory.expectCount(cooperatives.length);
		await expect(page).toHaveURL(/type=cooperative/);

		await directory.tick('Taille de l’association', 'Bénévoles uniquement');
		const both = cooperatives.filter((p) => p.associationSizes.includes('volunteers-only'));
		await directory.expectCount(both.length);
		for (const name of both.map((p) => p.name)) {
			await expect(directory.results.filter({ hasText: name })).toHaveCount(1);
		}

		// Back undoes the last filter; the shared URL restores the same view in a fresh page.
		const url = page.url();
		await page.goBack();
		await directory.expectCount(cooperatives.length);
		const fresh = await page.context().newPage();
		const shared = new DirectoryPage(fresh);
		await fresh.goto(url);
		await shared.expectCount(both.length);
		await expect(shared.filters.chip('Coopérative (SCOP, SCIC)')).toBeVisible();
		await expect(shared.filters.button).toHaveText('Filtres (2)');
	});

	test('on a phone the map is behind « Carte »; a region tapped there brings back its results', async ({
		page
	}) => {
		const directory = new DirectoryPage(page);
		await directory.goto();
		await directory.expectCount(feed.length);
		const inRegion = feed.filter((p) => p.location.region === 'ile-de-france');
		const tile = page.getByRole('button', {
			name: `Île-de-France : ${inRegion.length} prestataire${inRegion.length > 1 ? 's' : ''}`
		});
		// The list comes first: the map is not on the page until asked for.
		await expect(tile).toHaveCount(0);
		await directory.showMap();
		await expect(page.getByRole('button', { name: 'Carte', exact: true })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await tile.click();

		// Back on the list, filtered, the count in view and focused, the region as a chip.
		await expect(page).toHaveURL(/region=ile-de-france/);
		await expect(page).not.toHaveURL(/vue=carte/);
		await directory.expectCount(inRegion.length);
		await expect(directory.resultCount).toBeFocused();
		await expect(directory.resultCount).toBeInViewport();
		await expect(directory.results.first()).toBeVisible();
		await expect(directory.results).toHaveCount(inRegion.length);
		await expect(directory.filters.chip('Île-de-France')).toBeVisible();

		// The map shows the region as chosen; Back returns to it.
		await page.goBack();
		await expect(tile).toHaveAttribute('aria-pressed', 'false');
	});

	test('a shared region link shows its results on the first screen, filters closed, the region as a chip', async ({
		page
	}) => {
		const directory = new DirectoryPage(page);
		const inRegion = feed.filter((p) => p.location.region === 'bretagne');
		expect(inRegion.length).toBeGreaterThan(0);
		await directory.goto('?region=bretagne');
		await directory.expectCount(inRegion.length);
		await expect(directory.filters.dialog).toBeHidden();
		await expect(directory.filters.button).toHaveText('Filtres (1)');
		await expect(directory.filters.chip('Bretagne')).toBeInViewport();
		await expect(directory.search).toBeInViewport();
		await expect(directory.results.first()).toBeInViewport();

		// Removing the chip widens the list again.
		await directory.filters.chip('Bretagne').click();
		await directory.expectCount(feed.length);
		await expect(directory.filters.chips).toHaveCount(0);
		await expect(directory.filters.button).toHaveText('Filtres');
	});

	test('the introduction shows in full on a first visit, then as one line that opens', async ({
		page
	}) => {
		const directory = new DirectoryPage(page);
		await directory.goto();
		const intro = page.getByTestId('page-intro');
		await expect(intro).toContainText('Cherchez par nom, outil ou ville');
		await page.reload();
		await directory.expectCount(feed.length);
		const line = intro.locator('summary');
		await expect(line).toHaveText(/Qui peut vous accompagner/);
		await expect(intro.getByText('Cherchez par nom, outil ou ville')).toBeHidden();
		const box = await line.boundingBox();
		expect(box?.height).toBeLessThanOrEqual(48);
		await line.click();
		await expect(intro.getByText('Cherchez par nom, outil ou ville')).toBeVisible();
	});

	test('the filter sheet shows the count it will give, and removable chips after', async ({
		page
	}) => {
		const directory = new DirectoryPage(page);
		await directory.goto();
		await directory.filters.open();
		const cooperatives = feed.filter((p) => p.structureType === 'cooperative');
		await directory.filters.dialog
			.getByRole('group', { name: 'Type de structure' })
			.getByRole('checkbox', { name: 'Coopérative (SCOP, SCIC)' })
			.check();
		await expect(
			directory.filters.dialog.getByRole('button', {
				name: `Voir les ${cooperatives.length} résultats`
			})
		).toBeVisible();
		await directory.filters.showResults();
		await expect(directory.filters.button).toHaveText('Filtres (1)');
		await directory.filters.chip('Coopérative (SCOP, SCIC)').click();
		await directory.expectCount(feed.length);
	});

	test('search ignores accents and case and tolerates a typo', async ({ page }) => {
		const directory = new DirectoryPage(page);
		const target = feed.find((p) => p.name === 'Coop Numérique du Bocage');
		expect(target).toBeDefined();
		await directory.goto();
		await directory.search.fill('coop numerique bocage');
		await expect(directory.results.first()).toHaveText('Coop Numérique du Bocage');
		// Typed key by key, as a person would: spaces between words must survive.
		await directory.search.fill('');
		await directory.search.pressSequentially('COOP NUMÉRIKUE BOCAGE');
		await expect(directory.search).toHaveValue('COOP NUMÉRIKUE BOCAGE');
		await expect(directory.results.first()).toHaveText('Coop Numérique du Bocage');
		await expect(page).toHaveURL(/q=COOP/);
	});

	test('an empty result suggests which filter to remove', async ({ page }) => {
		const directory = new DirectoryPage(page);
		await directory.goto('?q=zzzzqqqq&type=cooperative');
		await directory.expectCount(0);
		await expect(
			page.getByText('Aucun prestataire ne correspond à votre recherche.')
		).toBeVisible();
		await page.getByRole('button', { name: /Retirer « Effacer la recherche »/ }).click();
		await directory.expectCount(feed.filter((p) => p.structureType === 'cooperative').length);
	});

	test('a provider page opens, and the shortlist and its note survive a reload', async ({
		page
	}) => {
		const directory = new DirectoryPage(page);
		const provider = feed[0];
		if (!provider) throw new Error('empty feed');
		await directory.goto();
		await directory.search.fill(provider.name);
		await page.getByRole('link', { name: provider.name }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: provider.name })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Écrire un e-mail' })).toHaveAttribute(
			'href',
			/^mailto:/
		);
		await page.getByRole('button', { name: 'Ajouter à ma sélection' }).click();
		await expect(page.getByRole('button', { name: 'Retirer de ma sélection' })).toBeVisible();

		await page.goto('/prestataires/selection');
		const note = page.getByRole('textbox', { name: `Note sur ${provider.name}` });
		await note.fill('Appelé le 12/03, devis attendu');
		await expect(page.getByText('Note enregistrée')).toBeVisible();
		await page.reload();
		await expect(note).toHaveValue('Appelé le 12/03, devis attendu');

		// Removing can be undone, note included.
		await page.getByRole('button', { name: 'Retirer de ma sélection' }).click();
		await expect(note).toHaveCount(0);
		await page.getByRole('button', { name: 'Annuler' }).click();
		await expect(note).toHaveValue('Appelé le 12/03, devis attendu');
	});
});
