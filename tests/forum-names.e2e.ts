// The name shown with a post comes from its author's account (their public profile, which every
// device syncs), never from the post: a rename shows on every device once synced, a post written
// offline shows its author's own name, and a name an old post claims for itself is never shown.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { insertAsAdmin } from '../couchdb/server/test-helpers';
import { newReplyId, newThreadId } from '../src/lib/forum/ids';
import { AccountSettings } from './pages/account';
import { AppShell } from './pages/app';
import { wcagViolations } from './pages/audit';
import { createAccount, ForumPage, postAs, uniqueName } from './pages/forum';

// Sync round-trips and two browser contexts on a shared 2-core machine: triple the timeout.
test.beforeEach(() => test.slow());

test('a post shows its author’s current name, and the new one once the author renames', async ({
	browser,
	playwright,
	request,
	baseURL
}) => {
	const author = await createAccount(request, uniqueName('rose'));
	const threadId = newThreadId();
	const title = `Le sujet de ${author.name}`;
	await postAs(playwright, baseURL ?? '', author, {
		_id: threadId,
		type: 'thread',
		category: 'aide-technique',
		title,
		tags: [],
		body: 'Qui a migré ses agendas ?'
	});

	// Another device reads it, without an account.
	const readerContext = await browser.newContext();
	const reader = new ForumPage(await readerContext.newPage());
	await reader.page.goto(`/forum/sujet/${threadId}`);
	await expect(reader.authorOf('Qui a migré')).toHaveText(author.displayName, { timeout: 20_000 });
	await reader.openCategory('Aide technique');
	const row = reader.page.getByRole('listitem').filter({ hasText: title });
	await expect(row).toContainText(`par ${author.displayName}`);

	// The author renames on the settings page of their own device.
	const authorContext = await browser.newContext();
	const authorPage = await authorContext.newPage();
	await new ForumPage(authorPage).logIn(author.name, author.password);
	const settings = new AccountSettings(authorPage);
	await settings.open();
	const renamed = `Rose · Jardins ${author.name.slice(-4)}`;
	await settings.rename(renamed);
	await expect(settings.saved('name')).toHaveText(
		`C’est fait : vos messages sont désormais signés « ${renamed} ».`
	);
	await expect(
		authorPage.getByText(`Vous écrivez sur le forum en tant que ${renamed}.`)
	).toBeVisible();

	// The reader's device shows the new name once its sync brought the profile, on the list too.
	await expect(row).toContainText(`par ${renamed}`, { timeout: 20_000 });
	await reader.openThread(title);
	await expect(reader.authorOf('Qui a migré')).toHaveText(renamed);

	// The author's device writes offline: the reply waiting there shows the new name as well.
	const own = new ForumPage(authorPage);
	await authorPage.goto(`/forum/sujet/${threadId}`);
	await expect(own.authorOf('Qui a migré')).toHaveText(renamed);
	await new AppShell(authorPage).waitForOfflineReady();
	await authorContext.setOffline(true);
	await own.reply('Écrit hors ligne, signé de mon nom.');
	await expect(own.post('Écrit hors ligne').getByText('En attente d’envoi')).toBeVisible();
	await expect(own.authorOf('Écrit hors ligne')).toHaveText(renamed);
	await authorContext.setOffline(false);
	await expect(reader.authorOf('Écrit hors ligne')).toHaveText(renamed, { timeout: 20_000 });

	await readerContext.close();
	await authorContext.close();
});

test('an old post that claims a name of its own shows its author’s name instead', async ({
	page,
	request
}) => {
	const author = await createAccount(request, uniqueName('forge'));
	// A post from before names came from accounts, carrying a name anyone could set. Written on the
	// database itself as its admin (the door drops the field, and the rules refuse it from members).
	const admin = JSON.parse(await readFile('.data/e2e/admin.json', 'utf8'));
	const adminUrl = (await readFile('.data/e2e/database-url', 'utf8')).trim();
	const threadId = newThreadId();
	const now = new Date().toISOString();
	const legacy = { author: author.name, authorName: 'Modération', createdAt: now, updatedAt: now };
	await insertAsAdmin({ adminUrl, admin }, 'forum', [
		{
			_id: threadId,
			type: 'thread',
			category: 'besoins-a-mutualiser',
			title: `Annonce officielle ${author.name}`,
			tags: [],
			body: 'Message important de la modération.',
			...legacy
		},
		{
			_id: newReplyId(threadId),
			type: 'reply',
			threadId,
			body: 'Une réponse qui se dit de la modération.',
			...legacy
		}
	]);

	const forum = new ForumPage(page);
	await page.goto(`/forum/sujet/${threadId}`);
	await expect(forum.authorOf('Message important')).toHaveText(author.displayName, {
		timeout: 20_000
	});
	await expect(forum.authorOf('Une réponse qui se dit')).toHaveText(author.displayName);
	await expect(page.getByText(/Modération/)).toHaveCount(0);
	await forum.openCategory('Besoins à mutualiser');
	await expect(
		page.getByRole('listitem').filter({ hasText: `Annonce officielle ${author.name}` })
	).toContainText(`par ${author.displayName}`);
	await expect(page.getByText(/Modération/)).toHaveCount(0);
	expect(await wcagViolations(page)).toEqual([]);
});
