import { expect, test, type Browser } from '@playwright/test';
import { wcagViolations } from './pages/audit';
import { createAccount, uniqueName } from './pages/forum';
import { BoardPhone } from './pages/plan-sharing';

// Three board members, each on their own phone (a browser context with its own storage and
// session), share one plan through the real server, work offline during a meeting, and find the
// same plan once back online.

/** A board member with an account and a phone, logged in. */
async function member(browser: Browser, request: Parameters<typeof createAccount>[0], who: string) {
	const account = await createAccount(request, uniqueName(who));
	return BoardPhone.open(await browser.newContext(), account);
}

const tasks = {
	first: 'Lister les outils numériques utilisés',
	second: 'Noter qui utilise chaque outil (bureau, bénévoles, salariés)',
	shared: 'Recueillir les difficultés et les attentes de chacun'
};

test.describe('sharing a plan with the board', () => {
	test('three phones offline during a meeting: every tick, task and decision kept, the same text edited twice shown with both values', async ({
		browser,
		request
	}) => {
		test.setTimeout(180_000);
		const alix = await member(browser, request, 'alix');
		const basile = await member(browser, request, 'basile');
		const chloe = await member(browser, request, 'chloe');
		const name = `Jardins ${uniqueName('p')}`;

		// Alix creates and shares the plan, and invites the others at the table.
		await alix.plan.gotoList();
		const planId = await alix.plan.create(name);
		await alix.share();
		const forBasile = await alix.invite();
		const forChloe = await alix.invite();
		expect(forChloe).not.toBe(forBasile);
		// The sharing panel with its members, invitation and QR code: accessible, fits a phone.
		expect(await wcagViolations(alix.page)).toEqual([]);
		expect(await alix.sidewaysScroll()).toBeLessThanOrEqual(0);

		// Basile opens the QR code's link; Chloé types the code as read out (lower case).
		await basile.page.goto(`/plan/rejoindre?code=${forBasile.replace('-', '')}`);
		await expect(basile.page.getByLabel('Code d’invitation (8 caractères)')).toHaveValue(forBasile);
		await basile.page.getByRole('button', { name: 'Rejoindre' }).click();
		await expect(basile.page.getByRole('heading', { level: 1, name })).toBeVisible({
			timeout: 20_000
		});
		expect(await chloe.join(forChloe.toLowerCase(), name)).toBe(planId);
		await expect(alix.page.getByTestId('members')).toContainText(chloe.name, { timeout: 20_000 });

		// The meeting, in a room without signal.
		for (const phone of [alix, basile, chloe]) {
			await phone.plan.gotoStep(planId, 'needs-assessment');
			await expect(phone.plan.checkbox(tasks.first)).toBeVisible();
			await phone.setOffline(true);
		}
		await alix.plan.checkbox(tasks.first).check();
		await editTaskText(alix, tasks.shared, 'Appeler la mairie');
		await expect(alix.status()).toContainText('Hors ligne · 2 changements en attente', {
			timeout: 20_000
		});
		await basile.plan.checkbox(tasks.second).check();
		await editTaskText(basile, tasks.shared, 'Écrire à la mairie');
		await expect(basile.status()).toContainText('2 changements en attente', { timeout: 20_000 });
		await chloe.page.getByLabel('Nouvelle tâche', { exact: true }).fill('Réserver la salle');
		await chloe.page.getByRole('button', { name: 'Ajouter', exact: true }).click();
		await chloe.plan.section('Réunion');
		await chloe.page.getByRole('button', { name: 'Démarrer la réunion' }).click();
		await chloe.page.getByLabel('Nouvelle décision').fill('Passer à Nextcloud en juin');
		await chloe.page.getByRole('button', { name: 'Noter la décision' }).click();
		await expect(chloe.page.getByTestId('decisions')).toContainText('Passer à Nextcloud en juin');
		await expect(chloe.status()).toContainText('Hors ligne');

		// Back online: every phone ends with the same plan.
		for (const phone of [alix, basile, chloe]) await phone.setOffline(false);
		for (const phone of [alix, basile, chloe]) {
			await phone.plan.gotoStep(planId, 'needs-assessment');
			await phone.expectUpToDate();
		}
		for (const phone of [alix, basile, chloe]) {
			await expect(phone.plan.checkbox(tasks.first)).toBeChecked({ timeout: 20_000 });
			await expect(phone.plan.checkbox(tasks.second)).toBeChecked({ timeout: 20_000 });
			await expect(phone.plan.checkbox('Réserver la salle')).toBeVisible();
			// The later edit (Basile's) everywhere, Alix's beside it with a one-tap choice.
			await expect(phone.plan.checkbox('Écrire à la mairie')).toBeVisible();
			const notice = phone.page.getByTestId('field-notice');
			await expect(notice).toContainText(`aussi modifié par ${alix.name}`);
			await expect(notice).toContainText('Appeler la mairie');
			await expect(
				notice.getByRole('button', { name: `Prendre celle de ${alix.name}` })
			).toBeVisible();
			expect(await wcagViolations(phone.page)).toEqual([]);
			expect(await phone.sidewaysScroll()).toBeLessThanOrEqual(0);
			await phone.plan.section('Décisions');
			await expect(phone.page.getByText('Passer à Nextcloud en juin')).toBeVisible();
		}

		// A reload offline keeps everything.
		await alix.setOffline(true);
		await alix.plan.gotoStep(planId, 'needs-assessment');
		await alix.page.reload();
		await expect(alix.plan.checkbox(tasks.first)).toBeChecked();
		await expect(alix.plan.checkbox(tasks.second)).toBeChecked();
		await expect(alix.plan.checkbox('Réserver la salle')).toBeVisible();
		await expect(alix.page.getByTestId('field-notice')).toContainText('Appeler la mairie');

		// Alix takes her own wording back (online): the notice goes on every phone.
		await alix.setOffline(false);
		await alix.page
			.getByTestId('field-notice')
			.getByRole('button', { name: 'Garder celle-ci' })
			.waitFor();
		await alix.page.getByRole('button', { name: `Prendre celle de ${alix.name}` }).click();
		await expect(alix.plan.checkbox('Appeler la mairie')).toBeVisible();
		for (const phone of [basile, chloe]) {
			await phone.plan.section('Les 8 étapes');
			await expect(phone.plan.checkbox('Appeler la mairie')).toBeVisible({ timeout: 30_000 });
			await expect(phone.page.getByTestId('field-notice')).toHaveCount(0);
		}
		for (const phone of [alix, basile, chloe]) {
			expect(await phone.cspViolations()).toEqual([]);
			await phone.context.close();
		}
	});

	test('a revoked member keeps the copy, no longer shared; a new phone gets the shared plans back', async ({
		browser,
		request
	}) => {
		test.setTimeout(120_000);
		const alixAccount = await createAccount(request, uniqueName('alix'));
		const alix = await BoardPhone.open(await browser.newContext(), alixAccount);
		const basile = await member(browser, request, 'basile');
		const name = `Chorale ${uniqueName('p')}`;
		await alix.plan.gotoList();
		const planId = await alix.plan.create(name);
		await alix.plan.gotoStep(planId, 'needs-assessment');
		await alix.plan.checkbox(tasks.first).check();
		await alix.page.goto(`/plan/${planId}`);
		await alix.share();
		const code = await alix.invite('seulement le lire');
		await basile.join(code, name);
		await expect(basile.page.getByText('Votre rôle : lecture seule.')).toBeVisible();

		// Alix revokes Basile.
		alix.page.once('dialog', (dialog) => void dialog.accept());
		await alix.page.getByRole('button', { name: `Retirer ${basile.name} du plan` }).click();
		await expect(alix.page.getByText(`${basile.name} ne fait plus partie du plan.`)).toBeVisible();
		await basile.page.reload();
		await expect(basile.page.getByText(/Ce plan n’est plus partagé avec vous/)).toBeVisible({
			timeout: 20_000
		});
		expect(await wcagViolations(basile.page)).toEqual([]);
		await basile.plan.gotoStep(planId, 'needs-assessment');
		await expect(basile.plan.checkbox(tasks.first)).toBeChecked();
		const denied = await basile.page.evaluate(
			async (id) => (await fetch(`/db/plan-${id}/_all_docs`)).status,
			planId
		);
		expect(denied).toBe(404);

		// Alix's phone is lost: on a new one, once logged in, the plan comes back.
		const newPhone = await BoardPhone.open(await browser.newContext(), alixAccount);
		await newPhone.plan.gotoList();
		const recover = newPhone.page.getByTestId('recover-plans');
		await recover.getByRole('button', { name: `Récupérer le plan ${name}` }).click();
		await expect(newPhone.page.getByRole('heading', { level: 1, name })).toBeVisible({
			timeout: 20_000
		});
		await newPhone.expectUpToDate();
		await newPhone.plan.gotoStep(planId, 'needs-assessment');
		await expect(newPhone.plan.checkbox(tasks.first)).toBeChecked();
		for (const phone of [alix, basile, newPhone]) {
			expect(await phone.cspViolations()).toEqual([]);
			await phone.context.close();
		}
	});
});

/** Edits a task's text on the step page on screen. */
async function editTaskText(phone: BoardPhone, task: string, text: string): Promise<void> {
	await phone.page.getByRole('button', { name: `Modifier « ${task} »` }).click();
	await phone.page.getByLabel('Texte de la tâche').fill(text);
	await phone.page.getByRole('button', { name: 'Valider' }).click();
	await expect(phone.plan.checkbox(text)).toBeVisible();
}
