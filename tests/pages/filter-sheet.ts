import { expect, type Page } from '@playwright/test';

/** The phone's filter sheet on /prestataires and /ressources (wide screens show the groups inline). */
export class FilterSheet {
	constructor(readonly page: Page) {}

	/** « Filtres » or « Filtres (n) », the button that opens the sheet. */
	get button() {
		return this.page.getByTestId('filters-button');
	}

	get dialog() {
		return this.page.getByRole('dialog', { name: 'Filtres' });
	}

	/** The filters in force, shown above the results as removable chips. */
	get chips() {
		return this.page.getByRole('list', { name: 'Filtres actifs' }).getByRole('button');
	}

	chip(label: string) {
		return this.page.getByRole('button', { name: `Retirer le filtre « ${label} »` });
	}

	async open(): Promise<void> {
		if (await this.dialog.isVisible()) return;
		await this.button.click();
		await expect(this.dialog).toBeVisible();
	}

	/** Back to the results with the button that says how many there are. */
	async showResults(): Promise<void> {
		await this.dialog.getByRole('button', { name: /^Voir |^Aucun résultat/ }).click();
		await expect(this.dialog).toBeHidden();
	}

	/** Opens the sheet, ticks `value` in the group `facet`, and goes back to the results. */
	async tick(facet: string, value: string): Promise<void> {
		await this.open();
		await this.dialog
			.getByRole('group', { name: facet })
			.getByRole('checkbox', { name: value, exact: true })
			.check();
		await this.showResults();
	}
}
