import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app';
import { PlanPage } from './pages/plan';

/** The export file without its export time: what must be identical between two devices. */
function comparable(text: string) {
	const file = JSON.parse(text) as Record<string, unknown>;
	delete file.exportedAt;
	return file;
}

test.describe('transition plan', () => {
	test('built offline: plan, diagnosis, ticks in two steps, meeting; all there after reload; export and import elsewhere', async ({
		page,
		context,
		browser
	}) => {
		test.setTimeout(90_000);
		const app = new AppShell(page);
		const plan = new PlanPage(page);
		// Online once: the app shell and the alternatives catalogue come onto the device.
		await plan.gotoList();
		await app.waitForOfflineReady();
		await page.goto('/alternatives');
		await context.setOffline(true);

		await plan.gotoList();
		await expect(page.getByText('Aucun plan pour l’instant.')).toBeVisible();
		const planId = await plan.create('Les Amis du Jardin');

		// Diagnosis: Gmail for email, depended on heavily by a team → 100 × 1 × 0.75.
		await plan.section('Diagnostic');
		await plan.addCatalogueTool('Messagerie électronique', 'Gmail (Google)');
		await page.getByLabel('Dépendance', { exact: true }).selectOption({ label: 'Forte' });
		await expect(page.getByTestId('overall-score')).toContainText(
			'Dépendance globale : 75 sur 100'
		);
		await expect(
			page.getByRole('button', { name: 'Planifier le passage à Roundcube' })
		).toBeVisible();

		// Two steps, one tick each.
		await plan.section('Les 8 étapes');
		await plan.checkbox('Lister les outils numériques utilisés').check();
		await expect(page.getByTestId('step-progress')).toContainText('1 sur 5 tâches');
		await page.getByRole('link', { name: 'Étape suivante' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Sensibilisation et mobilisation' })
		).toBeVisible();
		await page.getByLabel('Notes').fill('Réunion d’information le 12 avril');

		// A board meeting: a tick and a decision are recorded in it.
		await plan.section('Réunion');
		await page.getByLabel('Participants').fill('Camille, Yanis');
		await page.getByRole('button', { name: 'Démarrer la réunion' }).click();
		await page.getByLabel('Nouvelle décision').fill('Passer à Nextcloud en juin');
		await page.getByRole('button', { name: 'Noter la décision' }).click();
		// Saved once it is listed (leaving the page sooner would cut its write short).
		await expect(page.getByTestId('decisions')).toContainText('Passer à Nextcloud en juin');
		await plan.gotoStep(planId, 'tool-choice');
		await expect(page.getByText('Réunion en cours')).toBeVisible();
		await plan.checkbox('Tester les outils avec quelques bénévoles').check();
		await plan.section('Réunion');
		await expect(page.getByTestId('meeting-events')).toContainText(
			'Tâche faite : Tester les outils avec quelques bénévoles'
		);
		await page.getByRole('button', { name: 'Terminer la réunion' }).click();
		const minutes = page.getByRole('article', { name: /Compte rendu du/ });
		await expect(minutes).toContainText('Passer à Nextcloud en juin');
		await expect(minutes).toContainText('Camille');

		// Reload, still offline: everything is there.
		await page.reload();
		await expect(minutes).toContainText('Passer à Nextcloud en juin');
		const { text: minutesFile } = await plan.download('Télécharger le compte rendu (.md)');
		expect(minutesFile).toContain('Passer à Nextcloud en juin');
		await plan.gotoStep(planId, 'needs-assessment');
		await expect(plan.checkbox('Lister les outils numériques utilisés')).toBeChecked();
		await plan.gotoStep(planId, 'awareness');
		await expect(page.getByLabel('Notes')).toHaveValue('Réunion d’information le 12 avril');
		await plan.gotoStep(planId, 'tool-choice');
		await expect(plan.checkbox('Tester les outils avec quelques bénévoles')).toBeChecked();
		await page.goto(`/plan/${planId}`);
		await expect(page.getByTestId('overall-score')).toContainText('75 sur 100');
		await expect(page.getByTestId('step-progress-needs-assessment')).toContainText(
			'1 sur 5 tâches'
		);

		// The parts loaded on demand (calendar file, print view and its minutes) work offline too.
		const { text: ics } = await plan.download('Calendrier des échéances (.ics)');
		expect(ics).toContain('BEGIN:VCALENDAR');
		await page.getByRole('link', { name: 'Version imprimable' }).click();
		await expect(page.getByRole('article', { name: /Compte rendu du/ })).toContainText(
			'Passer à Nextcloud en juin'
		);
		await page.goto(`/plan/${planId}`);

		// Export, then import on another device (a fresh browser context): the same plan.
		const { text: exported } = await plan.download('Télécharger le plan (JSON)');
		await context.setOffline(false);
		const other = await browser.newContext({ locale: 'fr-FR' });
		const otherPage = await other.newPage();
		const elsewhere = new PlanPage(otherPage);
		await elsewhere.gotoList();
		await otherPage.getByLabel('Fichier de plan (.json)').setInputFiles({
			name: 'plan.json',
			mimeType: 'application/json',
			buffer: Buffer.from(exported)
		});
		await expect(
			otherPage.getByText('Le plan « Les Amis du Jardin » a été importé.')
		).toBeVisible();
		await otherPage.getByRole('link', { name: 'Ouvrir le plan de Les Amis du Jardin' }).click();
		await expect(otherPage.getByTestId('overall-score')).toContainText('75 sur 100');
		const { text: reexported } = await elsewhere.download('Télécharger le plan (JSON)');
		expect(comparable(reexported)).toEqual(comparable(exported));
		await other.close();
	});

	test('a foreign file is refused with a clear message, and deleting a plan can be undone', async ({
		page
	}) => {
		test.setTimeout(60_000);
		const plan = new PlanPage(page);
		await plan.gotoList();
		await plan.create('Atelier Vélo');
		await plan.gotoList();
		await page.getByLabel('Fichier de plan (.json)').setInputFiles({
			name: 'board.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format":"trello-board","version":1}')
		});
		await expect(page.getByRole('alert')).toHaveText(
			'Ce fichier n’est pas un plan Passerelle : rien n’a été importé.'
		);

		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Supprimer Atelier Vélo' }).click();
		await expect(page.getByRole('link', { name: 'Atelier Vélo' })).toHaveCount(0);
		await page.getByRole('button', { name: 'Annuler' }).click();
		await expect(page.getByRole('link', { name: 'Atelier Vélo' })).toBeVisible();
	});

	test('a meeting decision typed but not recorded survives a reload and holds the meeting open; a removed one can be undone', async ({
		page
	}) => {
		const plan = new PlanPage(page);
		await plan.gotoList();
		await plan.create('Chorale du Lac');
		await plan.section('Réunion');
		await page.getByRole('button', { name: 'Démarrer la réunion' }).click();
		const field = page.getByLabel('Nouvelle décision');
		await field.fill('Ouvrir un compte Framaspace');
		await page.reload();
		await expect(field).toHaveValue('Ouvrir un compte Framaspace');

		// Ending the meeting now would leave it behind: the app says so and the meeting goes on.
		await page.getByRole('button', { name: 'Terminer la réunion' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Une décision est saisie mais pas notée : notez-la ou effacez-la avant de terminer la réunion.'
		);
		await expect(field).toBeFocused();

		await page.getByRole('button', { name: 'Noter la décision' }).click();
		await expect(page.getByRole('alert')).toBeHidden();
		const decisions = page.getByTestId('decisions');
		await expect(decisions).toContainText('Ouvrir un compte Framaspace');
		await expect(field).toHaveValue('');
		await page.reload();
		await expect(field).toHaveValue('');

		await page
			.getByRole('button', { name: 'Retirer la décision « Ouvrir un compte Framaspace »' })
			.click();
		await expect(page.getByText('Aucune décision notée.')).toBeVisible();
		await page.getByRole('button', { name: 'Annuler' }).click();
		await expect(decisions).toContainText('Ouvrir un compte Framaspace');
	});
});
