// The treasurer's board meeting: logged in, the phone goes offline, a reply is written, the
// browser is closed, the server restarts, and days later the phone is back online in a new
// browser process on the same profile: the reply goes out with no action. If the session was
// really revoked meanwhile (the password changed on another device), every page says so and the
// reply goes out after logging in again. The server's clock is moved forward (its sessions'
// `now`), so "days later" takes no time.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { browserLaunchOptions } from '../scripts/browser.js';
import { startServer } from '../couchdb/server/start-server.js';
import { AppShell } from './pages/app';
import { createAccount, ForumPage, uniqueName } from './pages/forum';

// A persistent context takes the device's options, not which browser to use.
const phone = { ...devices['Pixel 7'], defaultBrowserType: undefined };
const day = 24 * 3600 * 1000;
const replyText = 'Décidé en réunion de bureau, sans réseau.';

/**
 * Logs in, writes a reply offline, closes the browser; `meanwhile` runs while it is closed; the
 * server restarts three days later; `then` runs in a new browser process on the same profile.
 */
async function boardMeeting(
	meanwhile: (server: { url: string }, user: { name: string; password: string }) => Promise<void>,
	then: (page: Page, forum: ForumPage, user: { name: string; password: string }) => Promise<void>
) {
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
	const open = (): Promise<BrowserContext> =>
		chromium.launchPersistentContext(profile, {
			...browserLaunchOptions(),
			...phone,
			locale: 'fr-FR',
			baseURL: server.url
		});
	let context = await open();
	try {
		let page = context.pages()[0] ?? (await context.newPage());
		const user = await createAccount(page.request, uniqueName('tresorier'));
		const threadUrl = await test.step('log in and open a thread, ready offline', async () => {
			await new ForumPage(page).logIn(user.name, user.password);
			await new ForumPage(page).openCategory('Choisir un outil');
			await new ForumPage(page).openThread(/Remplacer WhatsApp/);
			await new AppShell(page).waitForOfflineReady();
			return page.url();
		});

		await test.step('reply offline, then close the browser', async () => {
			await context.setOffline(true);
			await new ForumPage(page).reply(replyText);
			await expect(
				new ForumPage(page).post(replyText).getByText('En attente d’envoi')
			).toBeVisible();
			await context.close();
		});
		await test.step('meanwhile, with the browser closed', () => meanwhile(server, user));

		await test.step('the server restarts and three days pass', async () => {
			// Same data folder, same port.
			const port = Number(new URL(server.url).port);
			await server.close();
			clockOffset = 3 * day;
			server = await startServer({ ...options, port });
		});

		const forum = await test.step('a new browser on the same profile shows the reply', async () => {
			context = await open();
			page = context.pages()[0] ?? (await context.newPage());
			await page.goto(threadUrl);
			const shown = new ForumPage(page);
			await expect(shown.post(replyText)).toBeVisible();
			return shown;
		});
		await test.step('online again', () => then(page, forum, user));
		await test.step('the reply is on the server', async () => {
			const onServer = await page.request.get(
				'/db/forum/_all_docs?include_docs=true&startkey="reply:"&endkey="reply:\ufff0"'
			);
			const replies = ((await onServer.json()) as { rows: { doc: { body: string } }[] }).rows;
			expect(replies.map((row) => row.doc.body)).toContain(replyText);
		});
	} finally {
		await context.close();
		await server.close();
		await rm(dataDir, { recursive: true, force: true });
		await rm(profile, { recursive: true, force: true });
	}
}

test('a reply written offline goes out days later, after a browser and a server restart', async () => {
	test.setTimeout(120_000);
	await boardMeeting(
		async () => {},
		async (_page, forum) => {
			await expect(forum.post(replyText).getByText('En attente d’envoi')).toHaveCount(0, {
				timeout: 20_000
			});
			await expect(forum.status()).toHaveText('À jour');
		}
	);
});

test('a session revoked meanwhile: every page asks to log in, then the reply goes out', async () => {
	test.setTimeout(120_000);
	const newPassword = 'nouveau-mot-de-passe-2026';
	await boardMeeting(
		// The password is changed on another device (which gives the current one): every other
		// session ends.
		async (server, user) => {
			const login = await fetch(`${server.url}/db/_session`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(user)
			});
			const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
			const path = `${server.url}/db/_users/org.couchdb.user:${user.name}`;
			const own = await fetch(path, { headers: { cookie } }).then((r) => r.json());
			const changed = await fetch(path, {
				method: 'PUT',
				headers: { 'content-type': 'application/json', cookie },
				body: JSON.stringify({ ...own, password: newPassword, currentPassword: user.password })
			});
			expect(changed.status).toBe(201);
		},
		async (page, forum, user) => {
			await expect(forum.status()).toHaveText('1 message attend votre connexion', {
				timeout: 20_000
			});
			await page.goto('/plan');
			const banner = page.getByTestId('login-banner');
			await expect(banner).toContainText('attend votre connexion');
			await banner.getByRole('link', { name: 'Se reconnecter' }).click();
			await forum.submitLogIn(user.name, newPassword);
			await expect(banner).toHaveCount(0, { timeout: 20_000 });
			await expect(forum.status()).not.toHaveText(/attend|en attente/);
		}
	);
});
