import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app';
import { countText } from './pages/directory';
import { catalogueFeed, resourceFeed, ResourcesPage } from './pages/resources';

test.describe('resource library', () => {
	test('offline after one visit: list, filter, open and read a body', async ({ page, context }) => {
		const app = new AppShell(page);
		const library = new ResourcesPage(page);
		await library.goto();
		await library.expectCount(resourceFeed.length);
		await app.waitForOfflineReady();

		await context.setOffline(true);
		await page.reload();
		await library.expectCount(resourceFeed.length);
		await expect(page.getByRole('note')).toContainText('Données de démonstration');

		await library.tick('Type', 'Témoignage');
		const testimonies = resourceFeed.filter((r) => r.type === 'testimony');
		await library.expectCount(testimonies.length);
		await expect(page).toHaveURL(/type=testimony/);
		await library.tick('Étape du plan', 'Choix des outils');
		const both = testimonies.filter((r) => r.planSteps.includes('tool-choice'));
		await library.expectCount(both.length);
		for (const title of both.map((r) => r.title)) {
			await expect(library.results.filter({ hasText: title })).toHaveCount(1);
		}

		// The body is Markdown shipped in the feed: its first section (`##`, the body's highest
		// heading, shown as h2 under the page's h1) renders offline.
		const resource = both[0] ?? testimonies[0]!;
		await page.getByRole('link', { name: resource.title }).click();
		await expect(page.getByRole('heading', { level: 1, name: resource.title })).toBeVisible();
		const firstSection = /^## (.+)$/m.exec(resource.body)?.[1];
		if (firstSection) {
			await expect(page.getByRole('heading', { level: 2, name: firstSection })).toBeVisible();
		}
		await expect(page.getByRole('heading', { name: 'Étapes du plan concernées' })).toBeVisible();

		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: resource.title })).toBeVisible();
	});

	test('search finds a tool by name despite a typo; an empty search offers a way out', async ({
		page
	}) => {
		const library = new ResourcesPage(page);
		await library.goto();
		await library.expectCount(resourceFeed.length);
		await library.search.pressSequentially('nextclud');
		const citing = resourceFeed.filter((r) => r.tools.some((t) => t.startsWith('nextcloud')));
		expect(citing.length).toBeGreaterThan(0);
		await expect(library.results.filter({ hasText: citing[0]!.title })).toHaveCount(1);

		await library.search.fill('zzzqqq');
		await expect(page.getByText('Aucune ressource ne correspond à votre recherche.')).toBeVisible();
		await page.getByRole('button', { name: /Effacer la recherche/ }).click();
		await library.expectCount(resourceFeed.length);
	});

	test('on a phone, a shared filter link shows results first, the filter as a removable chip', async ({
		page
	}) => {
		const library = new ResourcesPage(page);
		const testimonies = resourceFeed.filter((r) => r.type === 'testimony');
		await library.goto('?type=testimony');
		await library.expectCount(testimonies.length);
		await expect(library.filters.dialog).toBeHidden();
		await expect(library.filters.button).toHaveText('Filtres (1)');
		await expect(library.search).toBeInViewport();
		await expect(library.results.first()).toBeInViewport();
		await library.filters.chip('Témoignage').click();
		await library.expectCount(resourceFeed.length);
		await expect(library.filters.chips).toHaveCount(0);
	});

	test('a plan step links to its resources; testimonies have their own view', async ({ page }) => {
		const library = new ResourcesPage(page);
		await library.goto('?etape=training');
		await library.expectCount(resourceFeed.filter((r) => r.planSteps.includes('training')).length);

		await page.goto('/ressources/temoignages');
		const testimonies = resourceFeed.filter((r) => r.type === 'testimony');
		await expect(page.getByRole('heading', { level: 2 })).toHaveCount(testimonies.length);
		const story = testimonies[0]!;
		await page
			.getByRole('link', { name: `Lire le témoignage de ${story.association!.name}` })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
	});
});

test.describe('alternatives catalogue', () => {
	test('offline, it opens, finds a tool and links to resources and providers', async ({
		page,
		context
	}) => {
		const app = new AppShell(page);
		await page.goto('/alternatives');
		await expect(page.getByTestId('result-count')).toHaveText(`${catalogueFeed.length} outils`);
		await app.waitForOfflineReady();
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByTestId('result-count')).toHaveText(`${catalogueFeed.length} outils`);

		await page.getByRole('searchbox', { name: 'Rechercher un outil' }).pressSequentially('zoom');
		await expect(page.getByTestId('result-count')).toHaveText('1 outil');
		const zoom = catalogueFeed.find((t) => t.id === 'zoom')!;
		const card = page.getByRole('region', { name: zoom.name });
		for (const alternative of zoom.alternatives) {
			await expect(card.getByRole('heading', { level: 4, name: alternative.name })).toBeVisible();
		}

		// Resources about Zoom: the link's count is what the library then shows.
		const aboutZoom = resourceFeed.filter((r) => r.tools.includes('zoom'));
		await card
			.getByRole('link', { name: `${aboutZoom.length} ressource`, exact: false })
			.first()
			.click();
		await expect(page).toHaveURL(/\/ressources\?outil=zoom/);
		await new ResourcesPage(page).expectCount(aboutZoom.length);

		// Providers who know an alternative: the link's count is what the directory then shows.
		// Back is a client-side navigation: no "load" event to wait for.
		await page.goBack({ waitUntil: 'commit' });
		await expect(page.getByTestId('result-count')).toHaveText('1 outil');
		const providerLink = page.getByRole('link', { name: /prestataires? qui connai/ }).first();
		const count = Number(/^(\d+)/.exec((await providerLink.textContent())?.trim() ?? '')?.[1]);
		expect(count).toBeGreaterThan(0);
		await providerLink.click();
		await expect(page).toHaveURL(/\/prestataires\?q=/);
		await expect(page.getByTestId('result-count')).toHaveText(countText(count));
	});
});
