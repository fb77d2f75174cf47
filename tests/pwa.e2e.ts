import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { browserLaunchOptions } from '../scripts/browser.js';
import { startServer } from '../couchdb/server/start-server.js';
import { AppShell } from './pages/app';

test('Chromium reports no installability errors', async ({ baseURL }) => {
	// Installability is only assessed in a normal profile, not in an incognito-like context.
	const profile = await mkdtemp(join(tmpdir(), 'passerelle-profile-'));
	const context = await chromium.launchPersistentContext(profile, browserLaunchOptions());
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const app = new AppShell(page);
		await app.goto(`${baseURL}/`);
		await app.waitForOfflineReady();
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);

		const manifest = await page.request.get('/manifest.webmanifest').then((r) => r.json());
		expect(manifest).toMatchObject({ lang: 'fr', display: 'standalone', short_name: 'Passerelle' });
		const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(manifest.icons.some((icon: { purpose: string }) => icon.purpose === 'maskable')).toBe(
			true
		);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});

test.describe('update flow', () => {
	// A deployment of its own: a copy of the build served by a second embedded server, so the
	// test can publish a new service worker without touching the shared one.
	let buildDir: string;
	let dataDir: string;
	let server: Awaited<ReturnType<typeof startServer>>;

	test.beforeAll(async () => {
		buildDir = await mkdtemp(join(tmpdir(), 'passerelle-deploy-'));
		dataDir = await mkdtemp(join(tmpdir(), 'passerelle-deploy-data-'));
		await cp('build', buildDir, { recursive: true });
		server = await startServer({ port: 0, dataDir, buildDir });
	});

	test.afterAll(async () => {
		await server.close();
		await rm(buildDir, { recursive: true, force: true });
		await rm(dataDir, { recursive: true, force: true });
	});

	test('a new version waits until the user chooses to reload', async ({ page }) => {
		const app = new AppShell(page);
		await app.goto(`${server.url}/compte`);
		await app.waitForOfflineReady();
		// A returning visit: the page is now controlled by the installed version (a first visit is
		// not, and a new version would then take over at once instead of waiting).
		await page.reload();
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		await expect(page.getByTestId('update-prompt')).toHaveCount(0);

		// Deploy a new version: any byte change to the service worker makes a new one.
		const swPath = join(buildDir, 'sw.js');
		await writeFile(swPath, `${await readFile(swPath, 'utf8')}\n// deployed ${Date.now()}\n`);
		// A mark on this document that counts controller changes: a reload would lose it.
		await page.evaluate(() => {
			const mark = { controllerChanges: 0 };
			Object.assign(window, { updateTestMark: mark });
			navigator.serviceWorker.addEventListener('controllerchange', () => mark.controllerChanges++);
		});
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});

		const prompt = page.getByTestId('update-prompt');
		await expect(prompt).toContainText('Nouvelle version disponible');
		// Nothing reloads by itself: the new version is installed and stays waiting (a worker that
		// took over would be active, and the page would have reloaded with it), and this is still
		// the same page.
		const state = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			const mark = (window as { updateTestMark?: { controllerChanges: number } }).updateTestMark;
			return { waiting: registration?.waiting?.state, controllerChanges: mark?.controllerChanges };
		});
		expect(state).toEqual({ waiting: 'installed', controllerChanges: 0 });
		await expect(prompt).toBeVisible();
		// While it waits for an answer, the page makes room for it: its last control can be
		// scrolled above the prompt, not hidden under it.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		const lastControl = page.locator('main').locator('button, a, input, select').last();
		const controlBox = await lastControl.boundingBox();
		const promptBox = await prompt.boundingBox();
		if (!controlBox || !promptBox) throw new Error('the last control or the prompt is not shown');
		expect(controlBox.y + controlBox.height).toBeLessThanOrEqual(promptBox.y);

		await prompt.getByRole('button', { name: 'Recharger' }).click();
		await expect(prompt).toHaveCount(0);
		await app.expectHeading('Réglages');
		const waiting = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return registration?.waiting ?? null;
		});
		expect(waiting).toBeNull();
	});
});
