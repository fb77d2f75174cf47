import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export interface FeedProvider {
	id: string;
	slug: string;
	name: string;
	structureType: string;
	location: { city: string; region: string };
	supportKinds: string[];
	associationSizes: string[];
	modalities: string[];
}

/** The shipped demo feed, read as the server serves it: the reference the UI is checked against. */
export const feed: FeedProvider[] = JSON.parse(
	readFileSync('static/data/providers.json', 'utf8')
).items;

/** French wording of a result count, as the page prints it. */
export function countText(count: number): string {
	return count === 0
		? 'Aucun prestataire'
		: count === 1
			? '1 prestataire'
			: `${count} prestataires`;
}

/** Page object for /prestataires and its sub-pages. */
export class DirectoryPage {
	constructor(readonly page: Page) {}

	get resultCount() {
		return this.page.getByTestId('result-count');
	}

	get search() {
		return this.page.getByRole('searchbox', { name: 'Rechercher un prestataire' });
	}

	get results() {
		return this.page.getByRole('article').getByRole('heading', { level: 3 });
	}

	async goto(query = ''): Promise<void> {
		await this.page.goto(`/prestataires${query}`);
	}

	async expectCount(count: number): Promise<void> {
		await expect(this.resultCount).toHaveText(countText(count));
	}

	async openFilters(): Promise<void> {
		const summary = this.page.getByText('Filtres', { exact: true });
		const details = this.page.locator('details.filters');
		if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await summary.click();
	}

	/** Ticks a filter value in a facet (fieldset legend → checkbox label). */
	async tick(facet: string, value: string): Promise<void> {
		await this.openFilters();
		await this.page
			.getByRole('group', { name: facet })
			.getByRole('checkbox', { name: value })
			.check();
	}
}
