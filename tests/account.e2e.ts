// One's own forum account: the sign-up says when a display name is taken or kept for the team,
// /compte changes the display name and the password (which needs the current one), and « Se
// déconnecter de tous les appareils » ends every session, another browser's included, whose
// waiting reply then waits for a log-in.
import { expect, test } from '@playwright/test';
import { AccountSettings, sessionName } from './pages/account';
import { AppShell } from './pages/app';
import { wcagViolations } from './pages/audit';
import { createAccount, ForumPage, uniqueName } from './pages/forum';

test.beforeEach(() => test.slow());

test('sign-up: a display name taken or kept for the team is said on its field, nothing lost', async ({
	page,
	request
}) => {
	const existing = await createAccount(request, uniqueName('elise'));
	const name = uniqueName('nouvelle');
	await page.goto('/forum/connexion');
	const form = page.getByRole('region', { name: 'Créer un compte' });
	const displayName = form.getByLabel(/^Nom affiché/);
	await form.getByLabel('Identifiant').fill(name);
	// The same name but for case: the same person to a reader.
	await displayName.fill(existing.displayName.toUpperCase());
	await form.getByLabel('Mot de passe').fill('un-mot-de-passe-sûr');
	await form.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(form.getByText(/Ce nom affiché est déjà celui d’un autre compte/)).toBeVisible();
	await expect(displayName).toBeFocused();
	await expect(displayName).toHaveAttribute('aria-invalid', 'true');
	await expect(displayName).toHaveValue(existing.displayName.toUpperCase());
	await expect(form.getByLabel('Identifiant')).toHaveValue(name);
	await expect(form.getByLabel('Mot de passe')).toHaveValue('un-mot-de-passe-sûr');
	expect(await wcagViolations(page)).toEqual([]);

	await displayName.fill('L’équipe de modération');
	await form.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(form.getByText(/Ce nom est réservé à la modération/)).toBeVisible();
	await expect(displayName).toHaveValue('L’équipe de modération');

	await displayName.fill(`Nouvelle ${name.slice(-5)}`);
	await form.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Forum d’entraide' })).toBeVisible();
	await expect(page.getByText(`Connecté·e en tant que Nouvelle ${name.slice(-5)}`)).toBeVisible();
});

test('/compte: the display name and the password change; a new password needs the current one', async ({
	page,
	request
}) => {
	const user = await createAccount(request, uniqueName('hugo'));
	const other = await createAccount(request, uniqueName('ines'));
	await new ForumPage(page).logIn(user.name, user.password);
	const settings = new AccountSettings(page);
	await settings.open();
	await expect(settings.displayName()).toHaveValue(user.displayName);

	await test.step('another account’s name is refused, what was typed stays', async () => {
		await settings.rename(other.displayName);
		await expect(page.getByText(/Ce nom affiché est déjà celui d’un autre compte/)).toBeVisible();
		await expect(settings.displayName()).toBeFocused();
		await expect(settings.displayName()).toHaveValue(other.displayName);
		await settings.rename(`  Hugo   ${user.name.slice(-4)} `);
		await expect(settings.saved('name')).toContainText(`« Hugo ${user.name.slice(-4)} »`);
		await expect(settings.displayName()).toHaveValue(`Hugo ${user.name.slice(-4)}`);
	});

	const newPassword = 'un-nouveau-mot-de-passe';
	await test.step('without the current password, or a wrong one, nothing changes', async () => {
		await settings.newPassword().fill(newPassword);
		await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
		await expect(page.getByText('Saisissez votre mot de passe actuel.')).toBeVisible();
		await expect(settings.currentPassword()).toBeFocused();
		await settings.changePassword('pas-le-bon-mot-de-passe', newPassword);
		await expect(page.getByText('Le mot de passe actuel n’est pas le bon.')).toBeVisible();
		await expect(settings.currentPassword()).toHaveValue('pas-le-bon-mot-de-passe');
		await expect(settings.newPassword()).toHaveValue(newPassword);
		expect(await wcagViolations(page)).toEqual([]);
		const withOld = await request.post('/db/_session', {
			data: { name: user.name, password: user.password }
		});
		expect(withOld.status()).toBe(200);
	});

	await test.step('with the current password: changed, this device stays logged in', async () => {
		// Keyboard only: the field, then Enter sends the form.
		await settings.currentPassword().fill(user.password);
		await settings.currentPassword().press('Enter');
		await expect(settings.saved('password')).toHaveText(
			'Mot de passe changé. Vos autres appareils devront se reconnecter.'
		);
		await expect(settings.currentPassword()).toHaveValue('');
		expect(await sessionName(page)).toBe(user.name);
		const withOld = await request.post('/db/_session', {
			data: { name: user.name, password: user.password }
		});
		expect(withOld.status()).toBe(401);
		const withNew = await request.post('/db/_session', {
			data: { name: user.name, password: newPassword }
		});
		expect(withNew.status()).toBe(200);
	});
});

test('« Se déconnecter de tous les appareils » logs the other browser out; its reply waits', async ({
	browser
}) => {
	const contextA = await browser.newContext();
	const contextB = await browser.newContext();
	const pageA = await contextA.newPage();
	const pageB = await contextB.newPage();
	const user = await createAccount(pageA.request, uniqueName('jade'));
	const forumA = new ForumPage(pageA);
	const forumB = new ForumPage(pageB);
	await forumA.logIn(user.name, user.password);
	await forumB.logIn(user.name, user.password);

	// The other device writes a reply offline, which waits there.
	await forumB.openCategory('Choisir un outil');
	await forumB.openThread(/Remplacer WhatsApp/);
	await new AppShell(pageB).waitForOfflineReady();
	await contextB.setOffline(true);
	await forumB.reply('Écrit sur mon autre téléphone.');
	await expect(forumB.post('Écrit sur mon autre').getByText('En attente d’envoi')).toBeVisible();

	const settings = new AccountSettings(pageA);
	await settings.open();
	const dialog =
		await test.step('the confirmation says what happens to waiting posts', async () => {
			const dialog = await settings.openLogOutEverywhere();
			await expect(dialog).toContainText('celui-ci compris');
			await expect(dialog).toContainText('rien n’est perdu');
			expect(await wcagViolations(pageA)).toEqual([]);
			// Escape cancels; nothing ended.
			await pageA.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			expect(await sessionName(pageA)).toBe(user.name);
			return settings.openLogOutEverywhere();
		});
	await dialog.getByRole('button', { name: 'Oui, tout déconnecter' }).click();
	await expect(dialog).toBeHidden();
	await expect(pageA.getByText('Tous vos appareils sont déconnectés.')).toBeFocused();
	await expect(pageA.getByRole('link', { name: 'Se connecter ou créer un compte' })).toBeVisible();
	expect(await sessionName(pageA)).toBeNull();

	await test.step('the other browser is logged out: its reply waits for a log-in', async () => {
		await contextB.setOffline(false);
		expect(await sessionName(pageB)).toBeNull();
		await expect(forumB.status()).toHaveText('1 message attend votre connexion', {
			timeout: 20_000
		});
		await expect(forumB.post('Écrit sur mon autre').getByText('En attente d’envoi')).toBeVisible();
		await pageB.goto('/compte');
		await expect(pageB.getByText(/Votre session du forum .* a pris fin/)).toBeVisible();
	});
	await contextA.close();
	await contextB.close();
});
