import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { FilterSheet } from './filter-sheet';

export interface FeedResource {
	id: string;
	slug: string;
	title: string;
	type: string;
	planSteps: string[];
	tools: string[];
	body: string;
	association?: { name: string };
}

export interface FeedTool {
	id: string;
	name: string;
	alternatives: { id: string; name: string; providerTools: string[] }[];
}

const readFeed = (file: string) =>
	JSON.parse(readFileSync(`couchdb/demo/content/${file}`, 'utf8')).items as unknown[];

/** The demo feeds the build's content is made of: what the UI is checked against. */
export const resourceFeed = readFeed('resources.json') as FeedResource[];
export const catalogueFeed = readFeed('alternatives.json') as FeedTool[];

/** French wording of a library result count, as the page prints it. */
export function resourceCountText(count: number): string {
	return count === 0 ? 'Aucune ressource' : count === 1 ? '1 ressource' : `${count} ressources`;
}

/** Page object for /ressources, its resource pages and the testimonies view. */
export class ResourcesPage {
	readonly filters: FilterSheet;

	constructor(readonly page: Page) {
		this.filters = new FilterSheet(page);
	}

	get resultCount() {
		return this.page.getByTestId('result-count');
	}

	get search() {
		return this.page.getByRole('searchbox', { name: 'Rechercher une ressource' });
	}

	get results() {
		return this.page.getByRole('article').getByRole('heading', { level: 3 });
	}

	async goto(query = ''): Promise<void> {
		await this.page.goto(`/ressources${query}`);
	}

	async expectCount(count: number): Promise<void> {
		await expect(this.resultCount).toHaveText(resourceCountText(count));
	}

	/** Ticks a filter value in a facet, in the phone's filter sheet. */
	async tick(facet: string, value: string): Promise<void> {
		await this.filters.tick(facet, value);
	}
}
