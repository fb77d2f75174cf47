import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { DirectoryPage, feed } from './pages/directory';

// Intercepting the content files needs the page's own requests, not the service worker's.
test.use({ serviceWorkers: 'block' });

const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));

/** A manifest announcing a new version whose providers file has the given body. */
function manifestFor(body: string) {
	return JSON.stringify({
		...manifest,
		version: 'f'.repeat(16),
		feeds: {
			...manifest.feeds,
			providers: {
				file: 'providers.json',
				sha256: createHash('sha256').update(body).digest('hex'),
				count: 1
			}
		}
	});
}

const invalidFeed = JSON.stringify({
	schemaVersion: 1,
	kind: 'providers',
	demo: true,
	items: [{ id: 'x', name: 'Sans slug' }]
});

const corruptions: { name: string; problem: string; serve: (route: Route) => Promise<void> }[] = [
	{
		name: 'a manifest that is not JSON',
		problem: 'Le sommaire du contenu est invalide.',
		serve: (route) => route.fulfill({ body: '{"schemaVersion": 1, "vers' })
	},
	{
		name: 'a missing manifest',
		problem: 'Le sommaire du contenu est introuvable sur le serveur.',
		serve: (route) => route.fulfill({ status: 404, body: 'Not found' })
	},
	{
		name: 'a feed that breaks the schema',
		problem: 'Un fichier de contenu ne respecte pas le format attendu.',
		serve: (route) => route.fulfill({ body: manifestFor(invalidFeed) })
	}
];

for (const corruption of corruptions) {
	test(`${corruption.name} is refused with a message and the directory stays`, async ({ page }) => {
		const directory = new DirectoryPage(page);
		await directory.goto();
		await directory.expectCount(feed.length);

		await page.route('**/data/manifest.json*', corruption.serve);
		await page.route('**/data/providers.json*', (route) => route.fulfill({ body: invalidFeed }));
		await page.goto('/compte');
		await page.getByRole('button', { name: 'Vérifier les mises à jour' }).click();
		const alert = page.getByTestId('content-refused');
		await expect(alert).toContainText('Mise à jour du contenu refusée');
		await expect(alert).toContainText(corruption.problem);
		await expect(page.getByTestId('content-status')).toContainText(
			`Identifiant du contenu : ${manifest.version}`
		);

		await page.getByRole('link', { name: 'Prestataires' }).first().click();
		await directory.expectCount(feed.length);
	});
}

/** The paths the page's own thread downloaded (a worker's downloads are not in its timeline). */
function pageDownloads(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
	);
}

test('a first visit imports the content in a worker: the directory fills, the page never fetched the feed', async ({
	page
}) => {
	const worker = page.waitForEvent('worker', (started) =>
		/\/sync\.worker[^/]*\.js$/.test(started.url())
	);
	const directory = new DirectoryPage(page);
	await directory.goto();
	await worker;
	await directory.expectCount(feed.length);
	await expect(directory.results.first()).toBeVisible();
	expect((await pageDownloads(page)).filter((path) => path.startsWith('/data/'))).toEqual([]);
});

const workerless: { name: string; prepare: (page: Page) => Promise<unknown> }[] = [
	{
		name: 'the worker file cannot be loaded',
		prepare: (page) => page.route('**/_app/immutable/workers/**', (route) => route.abort())
	},
	{
		name: 'the browser has no workers',
		prepare: (page) => page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'))
	}
];

for (const { name, prepare } of workerless) {
	test(`when ${name}, the page imports the content itself`, async ({ page }) => {
		await prepare(page);
		const directory = new DirectoryPage(page);
		await directory.goto();
		await directory.expectCount(feed.length);
		expect(await pageDownloads(page)).toContain('/data/providers.json');
		await page.goto('/compte');
		await expect(page.getByTestId('content-status')).toContainText(
			`Identifiant du contenu : ${manifest.version}`
		);
		await expect(page.getByTestId('content-refused')).toHaveCount(0);
	});
}
