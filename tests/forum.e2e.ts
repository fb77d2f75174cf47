import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { insertAsAdmin } from '../couchdb/server/test-helpers';
import { makePoisonedDocs } from '../src/lib/forum/post-factory';
import { XSS_CORPUS } from '../src/lib/markdown/xss-corpus';
import { AppShell } from './pages/app';
import { wcagViolations } from './pages/audit';
import { createAccount, ForumPage, serverReplies, uniqueName } from './pages/forum';

// Sync round-trips, several browser contexts and a shared 2-core machine: triple the timeout.
test.beforeEach(() => test.slow());

const demoThread = 'Remplacer WhatsApp pour un groupe de 60 bénévoles';

interface ThreadDoc {
	title: string;
	category: string;
	_attachments?: object;
}

test('reads the demo forum: categories with counts, threads, replies', async ({ page }) => {
	const forum = new ForumPage(page);
	await page.goto('/forum');
	await expect(page.getByRole('link', { name: 'Aide technique' })).toBeVisible();
	await expect(page.getByText('3 sujets').first()).toBeVisible();
	await expect(forum.status()).toHaveText(/À jour/);
	await forum.openCategory('Choisir un outil');
	await forum.openThread(demoThread);
	await expect(page.getByRole('heading', { name: '3 réponses' })).toBeVisible();
	await expect(forum.post('Signal chez nous')).toBeVisible();
	await expect(page.getByText('Connectez-vous pour écrire sur le forum.').first()).toBeVisible();
});

test('a poisoned thread on the server is set aside: the first sync completes and says so', async ({
	page,
	request
}) => {
	// A thread carrying an attachment, as a database from before the rule refusing them may hold;
	// the e2e server (playwright.config.ts) keeps its generated admin account in its data folder.
	const admin = JSON.parse(await readFile('.data/e2e/admin.json', 'utf8'));
	const poisoned = makePoisonedDocs('mallory', 'thread:unused').attachment;
	// The database itself, where the server said it is this time (the gateway refuses this).
	const adminUrl = (await readFile('.data/e2e/database-url', 'utf8')).trim();
	await insertAsAdmin({ adminUrl, admin }, 'forum', [poisoned], { withoutRules: true });
	const threads = await request.get(
		'/db/forum/_all_docs?include_docs=true&startkey="thread:"&endkey="thread:\ufff0"'
	);
	const rows = ((await threads.json()) as { rows: { id: string; doc: ThreadDoc }[] }).rows;
	const others = rows.filter(
		(row) => row.doc.category === poisoned.category && !row.doc._attachments
	);

	const forum = new ForumPage(page);
	await page.goto('/forum'); // a new device: its first sync
	await expect(forum.status()).toHaveText('À jour', { timeout: 20_000 });
	await expect(page.getByText(/documents? du serveur mis de côté/)).toBeVisible();
	await forum.openCategory('Aide technique');
	for (const title of new Set(others.map((row) => row.doc.title))) {
		await expect(page.getByRole('link', { name: title, exact: true }).first()).toBeVisible();
	}
	await expect(page.getByRole('link', { name: poisoned.title })).toHaveCount(0);

	// Named in the sync details, reachable from the forum.
	await page.goto('/forum');
	await page.getByRole('link', { name: 'Voir le détail' }).click();
	const setAside = page.getByRole('list', { name: 'Documents mis de côté' });
	await expect(setAside.getByRole('listitem').filter({ hasText: poisoned._id })).toContainText(
		'pièce jointe'
	);
	expect(await wcagViolations(page)).toEqual([]);
});

test('a thread this device does not have is fetched from the server on demand', async ({
	page,
	context,
	request
}) => {
	// Keep the first sync from starting (its first page is the threads from `"thread:"`), as for a
	// thread older than what a device keeps: the thread is on the server only.
	await page.route(/\/db\/forum\/_all_docs\?.*startkey=%22thread%3A%22/, (route) => route.abort());
	const threads = await request.get(
		'/db/forum/_all_docs?include_docs=true&startkey="thread:"&endkey="thread:\ufff0"'
	);
	const rows = ((await threads.json()) as { rows: { id: string; doc: { title: string } }[] }).rows;
	const threadId = rows.find((row) => row.doc.title === demoThread)?.id;
	if (!threadId) throw new Error(`no demo thread "${demoThread}" on the server`);

	await page.goto(`/forum/sujet/${threadId}`);
	const fetchButton = page.getByRole('button', { name: 'Le chercher sur le serveur' });
	await expect(fetchButton).toBeVisible();
	await context.setOffline(true);
	await fetchButton.click();
	await expect(page.getByRole('alert')).toHaveText(
		'Impossible de le récupérer : vérifiez la connexion.'
	);
	await context.setOffline(false);
	await fetchButton.click();
	await expect(page.getByRole('heading', { level: 1, name: demoThread })).toBeVisible();
	await expect(page.getByRole('heading', { name: '3 réponses' })).toBeVisible();
});

test('a device keeps the categories it follows, and downloads one when it is followed', async ({
	page
}) => {
	const forum = new ForumPage(page);
	await test.step('this device follows technical help only; following a category downloads it', async () => {
		// This device follows technical help only, from its first sync.
		await page.goto('/');
		await page.evaluate(() =>
			localStorage.setItem(
				'forum.scope',
				JSON.stringify({ categories: ['aide-technique'], windowMonths: 12 })
			)
		);
		await page.goto('/forum');
		await expect(forum.status()).toHaveText(/À jour/);
		await expect(page.getByText('Non suivie')).toHaveCount(3);
		await forum.openCategory('Choisir un outil');
		const notice = page.getByText('Vous ne suivez pas cette catégorie');
		await expect(notice).toBeVisible();
		await expect(page.getByText('Aucun sujet dans cette catégorie pour l’instant.')).toBeVisible();

		await page.getByRole('button', { name: 'Suivre cette catégorie' }).click();
		await expect(page.getByRole('link', { name: demoThread })).toBeVisible();
		await expect(notice).toBeHidden();
	});

	await test.step('the settings on /forum: at least one category, and the choice survives a reload', async () => {
		await page.goto('/forum');
		const settings = page.getByRole('region', { name: 'Sur cet appareil' });
		for (const name of ['Aide technique', 'Choisir un outil']) {
			await settings.getByRole('checkbox', { name }).uncheck();
		}
		await settings.getByRole('button', { name: 'Enregistrer ces choix' }).click();
		await expect(settings.getByRole('alert')).toHaveText('Choisissez au moins une catégorie.');
		await page.reload();
		await expect(settings.getByRole('checkbox', { name: 'Choisir un outil' })).toBeChecked();
		await settings.getByRole('checkbox', { name: 'Aide technique' }).uncheck();
		await settings.getByLabel('Activité gardée').selectOption({ label: 'Les 3 derniers mois' });
		await settings.getByRole('button', { name: 'Enregistrer ces choix' }).click();
		await expect(settings.getByRole('status')).toHaveText(
			'Choix enregistrés. Ce qui est déjà sur l’appareil y reste.'
		);
		await page.reload();
		await expect(settings.getByRole('checkbox', { name: 'Aide technique' })).not.toBeChecked();
		await expect(settings.getByLabel('Activité gardée')).toHaveValue('3');
	});
	await test.step('unfollowing keeps what the device already has: still readable', async () => {
		await forum.openCategory('Aide technique');
		await expect(
			page.getByRole('link', { name: 'Exporter les adhérents de Google Forms vers Framaforms' })
		).toBeVisible();
		await expect(page.getByText('Vous ne suivez pas cette catégorie')).toBeVisible();
	});
});

test('a reply written offline waits in the outbox and goes out on reconnect', async ({
	page,
	context,
	request
}) => {
	const forum = new ForumPage(page);
	const user = await createAccount(request, uniqueName('ines'));
	await forum.logIn(user.name, user.password);
	await forum.openCategory('Choisir un outil');
	await forum.openThread(demoThread);
	await new AppShell(page).waitForOfflineReady();
	await context.setOffline(true);
	await forum.reply('Écrit dans le train, sans réseau.');
	const post = forum.post('Écrit dans le train');
	await expect(post.getByText('En attente d’envoi')).toBeVisible();
	await expect(forum.status()).toHaveText(/Hors ligne.*1 en attente/);
	// The longer status keeps the header on one line (it wrapped to two on a 412 px phone).
	expect((await page.locator('.app-header').boundingBox())?.height).toBeLessThanOrEqual(60);
	await page.reload(); // still there after a reload offline
	await expect(post.getByText('En attente d’envoi')).toBeVisible();
	await context.setOffline(false);
	await expect(post.getByText('En attente d’envoi')).toHaveCount(0, { timeout: 20_000 });
	await expect(forum.status()).toHaveText('À jour');
	expect(await serverReplies(request)).toContainEqual(
		expect.objectContaining({ body: 'Écrit dans le train, sans réseau.', author: user.name })
	);
});

test('two users: A writes offline, B online; after A reconnects both see both', async ({
	browser,
	request
}) => {
	const a = await createAccount(request, uniqueName('alix'));
	const b = await createAccount(request, uniqueName('basile'));
	const contextA = await browser.newContext();
	const contextB = await browser.newContext();
	const forumA = new ForumPage(await contextA.newPage());
	const forumB = new ForumPage(await contextB.newPage());
	await forumA.logIn(a.name, a.password);
	await forumB.logIn(b.name, b.password);
	for (const forum of [forumA, forumB]) {
		await forum.openCategory('Besoins à mutualiser');
		await forum.openThread(/Module de gestion des adhésions/);
	}
	await contextA.setOffline(true);
	await forumA.reply(`Réponse hors ligne de ${a.name}`);
	await forumB.reply(`Réponse en ligne de ${b.name}`);
	await expect(forumB.post(`Réponse en ligne de ${b.name}`)).toBeVisible();
	await expect(forumA.post(`Réponse en ligne de ${b.name}`)).toHaveCount(0);
	await contextA.setOffline(false);
	for (const forum of [forumA, forumB]) {
		await expect(forum.post(`Réponse hors ligne de ${a.name}`)).toBeVisible({ timeout: 20_000 });
		await expect(forum.post(`Réponse en ligne de ${b.name}`)).toBeVisible({ timeout: 20_000 });
	}
	await contextA.close();
	await contextB.close();
});

test('a post the server refuses stays with its reason, editable and discardable', async ({
	page,
	context,
	request
}) => {
	const forum = new ForumPage(page);
	const owner = await createAccount(request, uniqueName('chloe'));
	const other = await createAccount(request, uniqueName('damien'));
	await forum.logIn(owner.name, owner.password);
	await forum.openCategory('Aide technique');
	await forum.openThread(/Sauvegarder les courriels/);
	// Someone else logs in on this shared device (in another tab): the session cookie is theirs.
	const status = await page.evaluate(
		async ({ name, password }) =>
			(
				await fetch('/db/_session', {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ name, password })
				})
			).status,
		other
	);
	expect(status).toBe(200);
	await context.setOffline(true);
	await forum.reply('Écrit par Chloé sur un appareil partagé.');
	await context.setOffline(false);
	const post = forum.post('Écrit par Chloé');
	await expect(post.getByText('Refusé par le serveur')).toBeVisible({ timeout: 20_000 });
	await expect(post.getByText('Raison : author must be the logged-in user')).toBeVisible();
	await expect(post.getByRole('button', { name: 'Modifier' })).toBeVisible();
	await post.getByRole('button', { name: 'Abandonner ce message' }).click();
	await expect(forum.post('Écrit par Chloé')).toHaveCount(0);
	await page.getByRole('button', { name: 'Annuler' }).click(); // the undo toast
	await expect(forum.post('Écrit par Chloé')).toBeVisible();
});

test('a revoked session: header and a banner on every page ask to log in, then the reply goes', async ({
	page,
	context,
	request
}) => {
	const forum = new ForumPage(page);
	const user = await createAccount(request, uniqueName('emile'));
	const post = await test.step('a reply written offline waits', async () => {
		await forum.logIn(user.name, user.password);
		await forum.openCategory('Trouver un prestataire');
		await forum.openThread(/Retour d’expérience/);
		await context.setOffline(true);
		await forum.reply('Envoyé après reconnexion.');
		const post = forum.post('Envoyé après reconnexion');
		await expect(post.getByText('En attente d’envoi')).toBeVisible();
		return post;
	});
	const banner =
		await test.step('the session is revoked while offline: back online, the header and a banner ask to log in', async () => {
			// The session is revoked while offline. Cleared once the reply is queued: a session check
			// still in flight when the network went away could otherwise set a renewed cookie again.
			await context.clearCookies();
			await context.setOffline(false);
			// Never « À jour » while the reply waits: the header says what it waits for.
			await expect(forum.status()).toHaveText('1 message attend votre connexion', {
				timeout: 20_000
			});
			await expect(post.getByText('En attente d’envoi')).toBeVisible();
			const banner = page.getByTestId('login-banner');
			await expect(banner).toContainText('attend votre connexion');
			await expect(page.getByText(/Failed to fetch|TypeError|HTTP \d/)).toHaveCount(0);
			return banner;
		});

	await test.step('on any other page too, with a way back; then the reply goes out', async () => {
		await page.goto('/prestataires');
		await expect(forum.status()).toHaveText('1 message attend votre connexion');
		expect(await wcagViolations(page)).toEqual([]);
		await banner.getByRole('link', { name: 'Se reconnecter' }).click();
		await forum.submitLogIn(user.name, user.password);
		await expect(page.getByRole('heading', { level: 1, name: 'Prestataires' })).toBeVisible();
		// The reply goes out with no further action.
		await expect(banner).toHaveCount(0, { timeout: 20_000 });
		await expect(forum.status()).not.toHaveText(/attend|en attente/);
		await expect
			.poll(async () => (await serverReplies(request)).map((reply) => reply.body))
			.toContain('Envoyé après reconnexion.');
	});
	await test.step('what happened stays in the sync details, with the technical part set apart', async () => {
		await page.goto('/compte');
		await expect(page.getByText(/Dernier incident .*Votre session a expiré/)).toBeVisible();
		await expect(page.getByTestId('forum-failure-detail')).toContainText('unauthorized');
	});
});

test('the XSS corpus inside a post executes nothing', async ({ page, request }) => {
	const user = await createAccount(request, uniqueName('xss'));
	const login = await request.post('/db/_session', {
		data: { name: user.name, password: user.password }
	});
	expect(login.ok()).toBe(true);
	const body = XSS_CORPUS.map((item) => item.payload)
		.join('\n\n')
		.slice(0, 20_000);
	const id = `thread:${Date.now().toString(36).padStart(9, '0')}-xsscorpus`;
	const now = new Date().toISOString();
	const created = await request.put(`/db/forum/${id}`, {
		data: {
			type: 'thread',
			category: 'aide-technique',
			title: 'Corpus XSS',
			tags: [],
			body,
			author: user.name,
			createdAt: now,
			updatedAt: now
		}
	});
	expect(created.status()).toBe(201);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(`/forum/sujet/${id}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Corpus XSS' })).toBeVisible({
		timeout: 20_000
	});
	const markdown = page.getByTestId('post').locator('.markdown');
	await expect(markdown).toBeVisible();
	expect(
		await markdown
			.locator('script, iframe, object, embed, svg, img, style, form, [onerror], [onload]')
			.count()
	).toBe(0);
	const hrefs = await markdown
		.locator('a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
	// No inline handler of any kind survived (onanimationstart, onfocus…), so nothing can run later.
	const handlers = await markdown
		.locator('*')
		.evaluateAll((elements) =>
			elements.flatMap((element) =>
				element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on'))
			)
		);
	expect(handlers).toEqual([]);
	// Whatever the post's rendering queued has run: the next frame has been painted, and the
	// task after it (where a script or a handler would have opened its dialog) is done.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
	);
	expect(dialogs).toEqual([]);
});
