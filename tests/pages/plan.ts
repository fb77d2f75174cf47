import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Page object for /plan and a plan's pages (French labels, the default language). */
export class PlanPage {
	constructor(readonly page: Page) {}

	async gotoList(): Promise<void> {
		await this.page.goto('/plan');
		await expect(
			this.page.getByRole('heading', { level: 1, name: 'Mon plan de transition' })
		).toBeVisible();
	}

	/** Creates a plan from the list page and waits for its overview. */
	async create(name: string): Promise<string> {
		await this.page.getByLabel('Nom de l’association').fill(name);
		await this.page.getByLabel('Nombre de bénévoles').fill('25');
		await this.page.getByRole('button', { name: 'Créer le plan' }).click();
		await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
		const id = /\/plan\/([^/]+)$/.exec(this.page.url())?.[1];
		if (!id) throw new Error(`Not on a plan page: ${this.page.url()}`);
		return id;
	}

	async section(
		name: 'Vue d’ensemble' | 'Diagnostic' | 'Les 8 étapes' | 'Calendrier' | 'Réunion' | 'Décisions'
	) {
		await this.page
			.getByRole('navigation', { name: 'Sections du plan' })
			.getByRole('link', { name, exact: true })
			.click();
	}

	async gotoStep(planId: string, stepId: string): Promise<void> {
		await this.page.goto(`/plan/${planId}/etape/${stepId}`);
	}

	checkbox(name: string) {
		return this.page.getByRole('checkbox', { name, exact: true });
	}

	/** Adds a catalogue tool for a use in the diagnosis. */
	async addCatalogueTool(useLabel: string, option: string): Promise<void> {
		await this.page.getByLabel(`Outil utilisé pour : ${useLabel}`).selectOption({ label: option });
		await this.page.getByRole('button', { name: 'Ajouter l’outil' }).click();
	}

	/** Adds an attendee with the meeting page's form (before or during the meeting). */
	async addAttendee(name: string, role: string): Promise<void> {
		await this.page.getByLabel('Nom', { exact: true }).fill(name);
		await this.page.getByLabel('Rôle', { exact: true }).fill(role);
		await this.page.getByRole('button', { name: 'Ajouter le participant' }).click();
		await expect(this.page.getByTestId('attendees')).toContainText(name);
	}

	/**
	 * A plan with something on every page, built through the UI: a diagnosis of three catalogue
	 * tools, a planned change, two ticked tasks, a past meeting with an attendee and a decision.
	 * Call from the plan list (online once, so the catalogue is on the device); returns its id.
	 */
	async createFullPlan(name: string): Promise<string> {
		const planId = await this.create(name);
		await this.section('Diagnostic');
		await this.addCatalogueTool('Stockage de fichiers', 'Google Drive (Google)');
		await this.addCatalogueTool('Messagerie instantanée', 'WhatsApp (Meta)');
		await this.addCatalogueTool('Visioconférence', 'Zoom (Zoom Video Communications)');
		await this.page
			.getByRole('button', { name: /^Planifier le passage à/ })
			.first()
			.click();
		await expect(this.page.getByRole('status').filter({ hasText: /calendrier/ })).toBeVisible();
		await this.gotoStep(planId, 'needs-assessment');
		await this.checkbox('Lister les outils numériques utilisés').check();
		await this.checkbox('Noter qui utilise chaque outil (bureau, bénévoles, salariés)').check();
		await expect(this.page.getByTestId('step-progress')).toContainText('2 sur 5 tâches');
		await this.section('Réunion');
		await this.addAttendee('Camille', 'présidente');
		await this.page.getByRole('button', { name: 'Démarrer la réunion' }).click();
		await this.page.getByLabel('Nouvelle décision').fill('Passer à Nextcloud en juin');
		await this.page.getByRole('button', { name: 'Noter la décision' }).click();
		await expect(this.page.getByTestId('decisions')).toContainText('Passer à Nextcloud en juin');
		await this.page.getByRole('button', { name: 'Terminer la réunion' }).click();
		await expect(this.page.getByRole('article', { name: /Compte rendu du/ })).toBeVisible();
		return planId;
	}

	/** Clicks a button that downloads a file and returns the file's text. */
	async download(button: string): Promise<{ download: Download; text: string }> {
		const { download, bytes } = await this.downloadBytes(button);
		return { download, text: bytes.toString('utf8') };
	}

	/** Clicks a button that downloads a file and returns the file's bytes. */
	async downloadBytes(button: string): Promise<{ download: Download; bytes: Buffer }> {
		const [download] = await Promise.all([
			this.page.waitForEvent('download'),
			this.page.getByRole('button', { name: button }).click()
		]);
		return { download, bytes: await readFile(await download.path()) };
	}
}
