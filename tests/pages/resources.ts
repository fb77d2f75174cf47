import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

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
	JSON.parse(readFileSync(`static/data/${file}`, 'utf8')).items as unknown[];

/** The shipped demo feeds, read as the server serves them: what the UI is checked against. */
export const resourceFeed = readFeed('resources.json') as FeedResource[];
export const catalogueFeed = readFeed('alternatives.json') as FeedTool[];

/** French wording of a library result count, as the page prints it. */
export function resourceCountText(count: number): string {
	return count === 0 ? 'Aucune ressource' : count === 1 ? '1 ressource' : `${count} ressources`;
}

/** Page object for /ressources, its resource pages and the testimonies view. */
export class ResourcesPage {
	constructor(readonly page: Page) {}

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

	/** Ticks a filter value in a facet (fieldset legend → checkbox label). */
	async tick(facet: string, value: string): Promise<void> {
		const group = this.page.getByRole('group', { name: facet });
		// The filter panel is folded on phones until a filter is active.
		if (!(await group.isVisible())) await this.page.getByText('Filtres', { exact: true }).click();
		await group.getByRole('checkbox', { name: value, exact: true }).check();
	}
}
