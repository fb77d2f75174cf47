import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { FilterSheet } from './filter-sheet';

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

/** The demo feed the build's content is made of: the reference the UI is checked against. */
export const feed: FeedProvider[] = JSON.parse(
	readFileSync('couchdb/demo/content/providers.json', 'utf8')
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
	readonly filters: FilterSheet;

	constructor(readonly page: Page) {
		this.filters = new FilterSheet(page);
	}

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

	/** Ticks a filter value in a facet, in the phone's filter sheet. */
	async tick(facet: string, value: string): Promise<void> {
		await this.filters.tick(facet, value);
	}

	/** The region map, behind the « Carte » toggle on a phone. */
	async showMap(): Promise<void> {
		await this.page.getByRole('button', { name: 'Carte', exact: true }).click();
	}
}
