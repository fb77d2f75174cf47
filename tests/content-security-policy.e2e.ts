// The app works under its Content-Security-Policy (no inline script but the shell's hashed ones,
// no eval): every checked page, the forum with a log-in and a reply (PouchDB, the sync), a plan,
// and a reload offline (the service worker's copy of the shell) raise no violation.
import { expect, test, type Page } from '@playwright/test';
import { checkedPages } from './checked-routes';
import { AppShell } from './pages/app';
import { loadContent, openSettled } from './pages/audit';
import { createAccount, ForumPage, uniqueName } from './pages/forum';

/** Records every CSP violation of the page's documents, before any of the app's code runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(
				`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
			)
		);
	});
	return () =>
		page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the shell is served with a strict policy', async ({ request }) => {
	const response = await request.get('/prestataires');
	const policy = response.headers()['content-security-policy'] ?? '';
	const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
	expect(scripts).toContain("'self'");
	expect(scripts).not.toContain('unsafe-inline');
	expect(scripts).not.toContain('unsafe-eval');
	expect(policy).toContain("frame-ancestors 'none'");
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['x-powered-by']).toBeUndefined();
});

test('every page, the forum and the offline shell run without a policy violation', async ({
	page,
	context,
	request
}) => {
	test.setTimeout(120_000);
	const violations = await recordViolations(page);
	await loadContent(page);
	await new AppShell(page).waitForOfflineReady();
	for (const { path } of checkedPages) {
		await test.step(path, async () => {
			await openSettled(page, path);
			expect(await violations(), path).toEqual([]);
		});
	}

	await test.step('forum: log in, reply', async () => {
		const user = await createAccount(request, uniqueName('csp'));
		const forum = new ForumPage(page);
		await forum.logIn(user.name, user.password);
		// Not the thread forum.e2e.ts counts the replies of (the e2e server is shared).
		await forum.openCategory('Trouver un prestataire');
		await forum.openThread(/Retour d’expérience/);
		await forum.reply('Réponse écrite sous la politique de sécurité.');
		await expect(forum.post('Réponse écrite sous la politique de sécurité.')).toBeVisible();
		await expect(forum.status()).toHaveText(/À jour/);
		expect(await violations()).toEqual([]);
	});

	await test.step('offline reload', async () => {
		await context.setOffline(true);
		await page.goto('/ressources');
		await expect(page.locator('main h1').first()).toBeVisible();
		expect(await violations()).toEqual([]);
	});
});
