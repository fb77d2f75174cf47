import { expect, type Page } from '@playwright/test';

/** Page object for one's own forum account on /compte (display name, password, every device). */
export class AccountSettings {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto('/compte');
		await expect(this.page.getByRole('heading', { level: 3, name: 'Nom affiché' })).toBeVisible();
	}

	displayName() {
		return this.page.getByRole('textbox', { name: 'Nom affiché', exact: true });
	}

	currentPassword() {
		return this.page.getByLabel('Mot de passe actuel');
	}

	newPassword() {
		return this.page.getByLabel('Nouveau mot de passe');
	}

	/** The status line under a form: what was saved. */
	saved(form: 'name' | 'password') {
		const heading = form === 'name' ? 'Nom affiché' : 'Mot de passe';
		return this.page.getByRole('region', { name: heading, exact: true }).getByRole('status');
	}

	async rename(displayName: string): Promise<void> {
		await this.displayName().fill(displayName);
		await this.page.getByRole('button', { name: 'Enregistrer le nom' }).click();
	}

	async changePassword(current: string, next: string): Promise<void> {
		await this.currentPassword().fill(current);
		await this.newPassword().fill(next);
		await this.page.getByRole('button', { name: 'Changer le mot de passe' }).click();
	}

	/** The confirmation of « Se déconnecter de tous les appareils », opened. */
	async openLogOutEverywhere() {
		await this.page.getByRole('button', { name: 'Se déconnecter de tous les appareils' }).click();
		const dialog = this.page.getByRole('dialog', { name: 'Déconnecter tous vos appareils ?' });
		await expect(dialog).toBeVisible();
		return dialog;
	}
}

/** Who the server thinks this page's browser is logged in as (null: nobody). */
export function sessionName(page: Page): Promise<string | null> {
	return page.evaluate(async () => {
		const answer = await fetch('/db/_session', { headers: { accept: 'application/json' } });
		return ((await answer.json()) as { userCtx: { name: string | null } }).userCtx.name;
	});
}
