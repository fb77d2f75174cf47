// The treasurer's board meeting: logged in, the phone goes offline, a reply is written, the
// browser is closed, the server restarts, and days later the phone is back online in a new
// browser process on the same profile: the reply goes out with no action. The server's clock is
// moved forward (its sessions' `now`), so "days later" takes no time.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices, expect, test, type BrowserContext } from '@playwright/test';
import { browserLaunchOptions } from '../scripts/browser.js';
import { startServer } from '../couchdb/server/start-server.js';
import { AppShell } from './pages/app';
import { createAccount, ForumPage, uniqueName } from './pages/forum';

// A persistent context takes the device's options, not which browser to use.
const phone = { ...devices['Pixel 7'], defaultBrowserType: undefined };
const day = 24 * 3600 * 1000;

test('a reply written offline goes out days later, after a browser and a server restart', async () => {
	test.setTimeout(120_000);
	const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-long-session-'));
	const profile = await mkdtemp(join(tmpdir(), 'passerelle-profile-'));
	let clockOffset = 0;
	const options = {
		port: 0,
		dataDir,
		buildDir: 'build',
		seedDemo: true,
		now: () => Date.now() + clockOffset
	};
	let server = await startServer(options);
	const open = async (): Promise<BrowserContext> =>
		chromium.launchPersistentContext(profile, {
			...browserLaunchOptions(),
			...phone,
			locale: 'fr-FR',
			baseURL: server.url
		});
	let context = await open();
	try {
		let page = context.pages()[0] ?? (await context.newPage());
		let forum = new ForumPage(page);
		const user = await createAccount(page.request, uniqueName('tresorier'));
		await forum.logIn(user.name, user.password);
		await forum.openCategory('Choisir un outil');
		await forum.openThread(/Remplacer WhatsApp/);
		await new AppShell(page).waitForOfflineReady();
		const threadUrl = page.url();

		await context.setOffline(true);
		await forum.reply('Décidé en réunion de bureau, sans réseau.');
		await expect(
			forum.post('Décidé en réunion de bureau').getByText('En attente d’envoi')
		).toBeVisible();
		await context.close();

		// The server restarts (same data folder, same port) and three days pass.
		const port = Number(new URL(server.url).port);
		await server.close();
		clockOffset = 3 * day;
		server = await startServer({ ...options, port });

		context = await open();
		page = context.pages()[0] ?? (await context.newPage());
		forum = new ForumPage(page);
		await page.goto(threadUrl);
		await expect(forum.post('Décidé en réunion de bureau')).toBeVisible();
		await expect(
			forum.post('Décidé en réunion de bureau').getByText('En attente d’envoi')
		).toHaveCount(0, { timeout: 20_000 });
		await expect(forum.status()).toHaveText('À jour');
		const onServer = await page.request.get(
			'/db/forum/_all_docs?include_docs=true&startkey="reply:"&endkey="reply:\ufff0"'
		);
		const replies = ((await onServer.json()) as { rows: { doc: { body: string } }[] }).rows;
		expect(replies.map((row) => row.doc.body)).toContain(
			'Décidé en réunion de bureau, sans réseau.'
		);
	} finally {
		await context.close();
		await server.close();
		await rm(dataDir, { recursive: true, force: true });
		await rm(profile, { recursive: true, force: true });
	}
});
