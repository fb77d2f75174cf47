import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import {
	demoItems,
	newChunks,
	publishVersion,
	serveVersion,
	type PublishedVersion
} from './pages/content-versions';
import { DirectoryPage, feed } from './pages/directory';

// Intercepting the content files needs the page's own requests, not the service worker's.
test.use({ serviceWorkers: 'block' });

/** The build's content version (static/data/manifest.json), which the server answers with. */
const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8'));

let build: PublishedVersion;
let invalid: PublishedVersion;
test.beforeAll(async () => {
	build = await publishVersion();
	invalid = await publishVersion({ providers: [{ id: 'x', name: 'Sans slug' }] });
});

const corruptions: { name: string; problem: string; serve: (route: Route) => Promise<void> }[] = [
	{
		name: 'a manifest that is not JSON',
		problem: 'Le sommaire du contenu est invalide.',
		serve: (route) => route.fulfill({ body: '{"schemaVersion": 2, "vers' })
	},
	{
		name: 'a missing manifest',
		problem: 'Le sommaire du contenu est introuvable sur le serveur.',
		serve: (route) => route.fulfill({ status: 404, body: 'Not found' })
	},
	{
		name: 'a feed that breaks the schema',
		problem: 'Un fichier de contenu ne respecte pas le format attendu.',
		serve: (route) => route.fulfill({ json: invalid.manifest })
	}
];

for (const corruption of corruptions) {
	test(`${corruption.name} is refused with a message and the directory stays`, async ({ page }) => {
		const directory = new DirectoryPage(page);
		await directory.goto();
		await directory.expectCount(feed.length);

		await page.route((url) => url.pathname === '/data/manifest.json', corruption.serve);
		await page.route(
			(url) => url.pathname.startsWith('/data/chunks/'),
			(route) => {
				const text = invalid.chunks.get(new URL(route.request().url()).pathname);
				return text === undefined ? route.continue() : route.fulfill({ body: text });
			}
		);
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

test('a new version with one changed provider downloads that one chunk, and the directory shows it', async ({
	page
}) => {
	const directory = new DirectoryPage(page);
	await directory.goto();
	await directory.expectCount(feed.length);

	const [first, ...others] = demoItems('providers');
	if (!first) throw new Error('The demo directory is empty');
	const next = await publishVersion({
		providers: [{ ...first, name: 'Atelier Ornithorynque' }, ...others]
	});
	const changed = newChunks(next, build);
	expect(changed).toHaveLength(1);
	const requests = await serveVersion(page, next);

	// The app checks the content at each start: reopened, it finds the new version.
	await directory.goto('?q=Ornithorynque');
	await expect(directory.results).toHaveText(['Atelier Ornithorynque']);
	await directory.goto();
	await directory.expectCount(feed.length);
	expect(requests).toEqual(changed);
	await page.goto('/compte');
	await expect(page.getByTestId('content-status')).toContainText(
		`Identifiant du contenu : ${next.manifest.version}`
	);
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
		const chunks = (await pageDownloads(page)).filter((path) => path.startsWith('/data/chunks/'));
		expect(chunks.sort()).toEqual([...build.chunks.keys()].sort());
		await page.goto('/compte');
		await expect(page.getByTestId('content-status')).toContainText(
			`Identifiant du contenu : ${manifest.version}`
		);
		await expect(page.getByTestId('content-refused')).toHaveCount(0);
	});
}

test.describe('with the service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('a chunk published after the build is kept, and read offline', async ({ page, context }) => {
		const directory = new DirectoryPage(page);
		await directory.goto();
		await directory.expectCount(feed.length);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);

		const [first, ...others] = demoItems('providers');
		if (!first) throw new Error('The demo directory is empty');
		const next = await publishVersion({
			providers: [{ ...first, name: 'Quokka Numérique' }, ...others]
		});
		const [path = ''] = newChunks(next, build);
		await serveVersion(context, next);
		await directory.goto('?q=Quokka');
		await expect(directory.results).toHaveText(['Quokka Numérique']);

		const cached = await page.evaluate(
			async (url) => (await (await caches.open('content-chunks')).match(url)) !== undefined,
			path
		);
		expect(cached).toBe(true);
		await context.unrouteAll();
		await context.setOffline(true);
		const offline = await page.evaluate(
			(url) => fetch(url).then((response) => response.text()),
			path
		);
		expect(offline).toBe(next.chunks.get(path));
	});
});

test.describe('the wall of emancipated associations', () => {
	const emancipations = demoItems('emancipations') as unknown as {
		association: { name: string; region: string };
		left: string[];
		now: string[];
	}[];
	const names = new Map(
		(
			demoItems('alternatives') as unknown as {
				id: string;
				name: string;
				alternatives: { id: string; name: string }[];
			}[]
		).flatMap((tool) => [
			[tool.id, tool.name] as const,
			...tool.alternatives.map((alternative) => [alternative.id, alternative.name] as const)
		])
	);

	test('lists the associations by region, with the tools they left and use now', async ({
		page
	}) => {
		await page.goto('/ressources');
		await page.getByRole('link', { name: 'Le mur des associations émancipées' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nous nous sommes émancipés');
		await expect(page.getByRole('note')).toContainText('Données de démonstration');
		const regions = new Set(emancipations.map((item) => item.association.region));
		await expect(page.getByRole('heading', { level: 2 })).toHaveCount(regions.size);
		const bretagne = page.getByRole('region', { name: 'Bretagne' });
		await expect(bretagne.getByRole('heading', { level: 3 })).toHaveText([
			'Ressourcerie de la Presqu’île',
			'Cercle celtique du Blavet'
		]);

		for (const item of emancipations.slice(0, 3)) {
			const card = page.getByRole('article').filter({ hasText: item.association.name });
			const [left, now] = [
				card.getByRole('definition').nth(0),
				card.getByRole('definition').nth(1)
			];
			await expect(left.getByRole('listitem')).toHaveText(
				item.left.map((id) => names.get(id) ?? id)
			);
			await expect(now.getByRole('listitem')).toHaveText(item.now.map((id) => names.get(id) ?? id));
		}
	});

	test('says so when the device has none yet', async ({ page }) => {
		await page.route('**/data/**', (route) => route.abort('internetdisconnected'));
		await page.goto('/ressources/emancipees');
		await expect(
			page.getByText('Aucune association sur le mur de cet appareil pour l’instant.')
		).toBeVisible();
	});
});
