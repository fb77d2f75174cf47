import { expect, test, type Page } from '@playwright/test';
import { readZip } from './lib/read-zip';
import { AppShell } from './pages/app';
import { wcagViolations } from './pages/audit';
import { PlanPage } from './pages/plan';

/** The local day `days` from now, as a date field takes it, and as the French pages write it. */
function dayFromNow(days: number): { value: string; french: string } {
	const date = new Date();
	date.setDate(date.getDate() + days);
	const pad = (n: number) => String(n).padStart(2, '0');
	return {
		value: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
		french: new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(date)
	};
}

/** How far the page scrolls sideways (0 when it fits the screen). */
function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

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
		const planId = await test.step('online once, then offline: a new plan', async () => {
			// Online once: the app shell and the alternatives catalogue come onto the device.
			await plan.gotoList();
			await app.waitForOfflineReady();
			await page.goto('/alternatives');
			await context.setOffline(true);

			await plan.gotoList();
			await expect(page.getByText('Aucun plan pour l’instant.')).toBeVisible();
			const planId = await plan.create('Les Amis du Jardin');
			return planId;
		});

		await test.step('diagnosis: Gmail for email, depended on heavily by a team', async () => {
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
		});

		await test.step('two steps, one tick each', async () => {
			await plan.section('Les 8 étapes');
			await plan.checkbox('Lister les outils numériques utilisés').check();
			await expect(page.getByTestId('step-progress')).toContainText('1 sur 5 tâches');
			await page.getByRole('link', { name: 'Étape suivante' }).click();
			await expect(
				page.getByRole('heading', { level: 1, name: 'Sensibilisation et mobilisation' })
			).toBeVisible();
			await page.getByLabel('Notes').fill('Réunion d’information le 12 avril');
		});

		const minutes =
			await test.step('a board meeting: a tick and a decision are recorded in it', async () => {
				await plan.section('Réunion');
				await plan.addAttendee('Camille', 'présidente');
				await plan.addAttendee('Yanis', 'trésorier');
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
				return minutes;
			});

		await test.step('reload, still offline: everything is there', async () => {
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
		});

		await test.step('the parts loaded on demand (calendar file, print view and its minutes) work offline too', async () => {
			const { text: ics } = await plan.download('Calendrier des échéances (.ics)');
			expect(ics).toContain('BEGIN:VCALENDAR');
			await page.getByRole('link', { name: 'Version imprimable' }).click();
			await expect(page.getByRole('article', { name: /Compte rendu du/ })).toContainText(
				'Passer à Nextcloud en juin'
			);
			await page.goto(`/plan/${planId}`);
		});

		await test.step('export, then import on another device (a fresh browser context): the same plan', async () => {
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
	});

	test('a double tap creates one plan, adds one task, one change and one decision', async ({
		page
	}) => {
		const plan = new PlanPage(page);
		await plan.gotoList();
		await page.getByLabel('Nom de l’association').fill('Atelier Vélo');
		await page.getByRole('button', { name: 'Créer le plan' }).dblclick();
		await expect(page.getByRole('heading', { level: 1, name: 'Atelier Vélo' })).toBeVisible();
		const planId = /\/plan\/([^/]+)$/.exec(page.url())?.[1] ?? '';
		await plan.gotoList();
		await expect(page.getByRole('link', { name: 'Atelier Vélo' })).toHaveCount(1);

		await plan.gotoStep(planId, 'training');
		await page.getByLabel('Nouvelle tâche', { exact: true }).fill('Former le trésorier');
		await page.getByRole('button', { name: 'Ajouter', exact: true }).dblclick();
		await expect(plan.checkbox('Former le trésorier')).toHaveCount(1);
		await expect(page.getByLabel('Nouvelle tâche', { exact: true })).toHaveValue('');

		await plan.section('Calendrier');
		await page.getByLabel('Outil actuel').fill('Doodle');
		await page.getByLabel('Nouvel outil').fill('Framadate');
		await page.getByRole('button', { name: 'Ajouter au calendrier' }).dblclick();
		await expect(page.getByRole('listitem').filter({ hasText: 'Doodle → Framadate' })).toHaveCount(
			1
		);

		await plan.section('Réunion');
		await page.getByRole('button', { name: 'Démarrer la réunion' }).dblclick();
		await page.getByLabel('Nouvelle décision').fill('Adopter Framadate');
		await page.getByRole('button', { name: 'Noter la décision' }).dblclick();
		await expect(page.getByTestId('decisions').getByText('Adopter Framadate')).toHaveCount(1);
		await page.getByRole('button', { name: 'Terminer la réunion' }).click();
		await expect(page.getByRole('article', { name: /Compte rendu du/ })).toHaveCount(1);
	});

	test('a step’s status follows its checklist, and a status chosen by hand says so everywhere', async ({
		page
	}) => {
		test.setTimeout(60_000);
		const plan = new PlanPage(page);
		await plan.gotoList();
		const planId = await plan.create('Atelier Vélo');
		const overview = page.getByTestId('step-progress-needs-assessment');
		await expect(overview).toHaveText('Pas commencée · 0 sur 5 tâches');

		await plan.gotoStep(planId, 'needs-assessment');
		await plan.checkbox('Lister les outils numériques utilisés').check();
		await plan.checkbox('Estimer le budget et le temps disponibles').check();
		await expect(page.getByTestId('step-progress')).toContainText('En cours · 2 sur 5 tâches');
		await page.goto(`/plan/${planId}`);
		await expect(overview).toHaveText('En cours · 2 sur 5 tâches');
		await page.goto(`/plan/${planId}/imprimer`);
		await expect(page.getByTestId('print-step-needs-assessment')).toHaveText(
			'En cours · 2 sur 5 tâches'
		);

		// Blocked by hand: shown as a choice, on the step, the overview, the print view, the meeting.
		await plan.gotoStep(planId, 'needs-assessment');
		await page.getByRole('radio', { name: 'Bloquée' }).check();
		const chosen = 'Bloquée (statut choisi) · 2 sur 5 tâches';
		await expect(page.getByTestId('step-progress')).toContainText(chosen);
		await page.reload();
		await expect(page.getByRole('radio', { name: 'Bloquée' })).toBeChecked();
		await page.goto(`/plan/${planId}`);
		await expect(overview).toHaveText(chosen);
		await page.goto(`/plan/${planId}/imprimer`);
		await expect(page.getByTestId('print-step-needs-assessment')).toHaveText(chosen);
		await plan.section('Réunion');
		await page.getByRole('button', { name: 'Démarrer la réunion' }).click();
		await expect(page.getByTestId('agenda-group').first()).toContainText('Bloquée (statut choisi)');

		// Back to the checklist: ticking the rest makes it done.
		await plan.gotoStep(planId, 'needs-assessment');
		await page.getByRole('radio', { name: /^Suivre la liste de tâches/ }).check();
		await expect(page.getByTestId('step-progress')).toContainText('En cours · 2 sur 5 tâches');
		for (const task of [
			'Noter qui utilise chaque outil (bureau, bénévoles, salariés)',
			'Recueillir les difficultés et les attentes de chacun',
			'Repérer où sont les données (fichiers, contacts, adhésions)'
		]) {
			await plan.checkbox(task).check();
		}
		await expect(page.getByTestId('step-progress')).toContainText('Terminée · 5 sur 5 tâches');
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

	test('a meeting run from the meeting page alone: tick, add, assign, decide, end; minutes and .odt list it all, offline and after a reload', async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		const app = new AppShell(page);
		const plan = new PlanPage(page);
		await plan.gotoList();
		await app.waitForOfflineReady();
		await context.setOffline(true);
		const planId = await plan.create('Les Amis du Jardin');
		const due = dayFromNow(7);
		const task = 'Demander un devis à un CHATONS';
		const decision = 'Adhérer à un CHATONS\nBudget : 120 € <par an> & sans engagement';

		await test.step('the board: its members and their roles, then the meeting starts', async () => {
			await plan.section('Réunion');
			await plan.addAttendee('Camille', 'présidente');
			await plan.addAttendee('Yanis', 'trésorier');
			await page.getByRole('button', { name: 'Démarrer la réunion' }).click();
			await expect(page.getByRole('heading', { name: /Réunion du .* en cours/ })).toBeVisible();
		});

		await test.step('the agenda: the current step’s open tasks, right on the meeting page', async () => {
			const current = page.getByTestId('agenda-group').first();
			await expect(current.getByRole('heading')).toContainText('Évaluation des besoins');
			await expect(current).toContainText('Étape en cours');
			await plan.checkbox('Lister les outils numériques utilisés').check();
		});

		await test.step('a new task in another step, then its owner and due date, without leaving the page', async () => {
			await page.getByLabel('Nouvelle tâche', { exact: true }).fill(task);
			await page
				.getByLabel('Étape de la nouvelle tâche')
				.selectOption({ label: 'Choix des outils' });
			await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
			await page.getByRole('button', { name: `Attribuer « ${task} »` }).click();
			await page.getByLabel('Responsable', { exact: true }).fill('Yanis');
			await page.getByLabel('Échéance', { exact: true }).fill(due.value);
			const row = page.getByRole('listitem').filter({ has: plan.checkbox(task) });
			await expect(row).toContainText('Responsable : Yanis');
			await expect(row).toContainText(`Échéance : ${due.french}`);
		});

		await test.step('a decision on two lines, about that task', async () => {
			await page.getByLabel('Nouvelle décision').fill(decision);
			await page.getByLabel('Elle concerne').selectOption({ label: task });
			await page.getByRole('button', { name: 'Noter la décision' }).click();
			await expect(page.getByTestId('decisions')).toContainText(`Tâche : ${task}`);
		});

		await test.step('nothing out of reach or scrolling sideways on a phone, light or dark, text at 200 %', async () => {
			// Nothing on this page is out of reach or scrolls sideways on a 412 px phone, light or dark.
			expect(await wcagViolations(page)).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await wcagViolations(page)).toEqual([]);
			await page.emulateMedia({ colorScheme: 'light' });
			expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
			// Nor with the text at 200 % (as text-zoom.e2e.ts measures it), then back to normal.
			const zoom = await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
			await zoom.evaluate((style) => style.parentNode?.removeChild(style));
		});

		const { minutes, everything } =
			await test.step('the meeting ends: its minutes list it all', async () => {
				await page.getByRole('button', { name: 'Terminer la réunion' }).click();
				const minutes = page.getByRole('article', { name: /Compte rendu du/ });
				const everything = [
					'Camille (présidente)',
					'Yanis (trésorier)',
					'Adhérer à un CHATONS',
					'Budget : 120 € <par an> & sans engagement',
					`Tâche : ${task}`,
					'Tâche faite : Lister les outils numériques utilisés',
					`Tâche ajoutée : ${task}`,
					`Responsable de « ${task} » : Yanis`,
					`Échéance de « ${task} » : ${due.french}`
				];
				for (const line of everything) await expect(minutes).toContainText(line);
				expect(await wcagViolations(page)).toEqual([]);
				return { minutes, everything };
			});

		await test.step('offline, after a reload: the minutes and the .odt', async () => {
			// Offline, after a reload: the minutes, the .odt, the decision log, the next board.
			await page.reload();
			for (const line of everything) await expect(minutes).toContainText(line);
			const { bytes, download } = await plan.downloadBytes('Télécharger le compte rendu (.odt)');
			expect(download.suggestedFilename()).toMatch(/^compte-rendu-les-amis-du-jardin-.*\.odt$/);
			const entries = readZip(bytes);
			expect(entries[0]).toMatchObject({ name: 'mimetype', method: 0, extraLength: 0 });
			expect(entries[0]?.data.toString()).toBe('application/vnd.oasis.opendocument.text');
			const content = entries.find((entry) => entry.name === 'content.xml')?.data.toString() ?? '';
			expect(content).toContain(
				'Adhérer à un CHATONS<text:line-break/>Budget : 120 € &lt;par an&gt; &amp; sans engagement'
			);
			expect(content).toContain(`Tâche : ${task}`);
			const parseError = await page.evaluate((xml) => {
				const parsed = new DOMParser().parseFromString(xml, 'application/xml');
				return parsed.getElementsByTagName('parsererror')[0]?.textContent ?? '';
			}, content);
			expect(parseError).toBe('');
		});

		await test.step('the decision log links to the task', async () => {
			await plan.section('Décisions');
			await expect(
				page.getByRole('heading', { level: 1, name: 'Relevé de décisions' })
			).toBeVisible();
			const log = page.getByTestId('decision-log');
			await expect(log).toContainText('Budget : 120 € <par an> & sans engagement');
			expect(await wcagViolations(page)).toEqual([]);
			await log.getByRole('link', { name: `Tâche : ${task}` }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Choix des outils' })).toBeVisible();
			await expect(page.getByRole('listitem').filter({ hasText: task })).toContainText(
				'Responsable : Yanis'
			);
		});

		await test.step('the next board starts with the same attendees', async () => {
			await page.goto(`/plan/${planId}/reunion`);
			await expect(page.getByTestId('attendees')).toContainText('Camille (présidente)');
			await expect(page.getByTestId('attendees')).toContainText('Yanis (trésorier)');
			await expect(page.getByText('Repris de la dernière réunion')).toBeVisible();
			expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
		});
	});
});
