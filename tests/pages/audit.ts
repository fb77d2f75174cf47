import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type Locale = 'fr' | 'en';

/** WCAG 2.1 levels A and AA, the bar of the issue (and of the RGAA). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Chooses the language before the app starts, as a returning user would have saved it. */
export async function useLocale(page: Page, locale: Locale): Promise<void> {
	await page.addInitScript((value) => localStorage.setItem('passerelle.locale', value), locale);
}

/** Keeps the content feed from loading, so every page shows its "no content yet" state. */
export async function blockContentFeed(page: Page): Promise<void> {
	await page.route('**/data/**', (route) => route.abort('internetdisconnected'));
}

/** Loads the demo content into the device (the directory shows its providers once it is in). */
export async function loadContent(page: Page): Promise<void> {
	await page.goto('/prestataires');
	await expect(page.getByTestId('result-count')).toHaveText(/^[1-9]\d* /);
}

/**
 * A status that says work is under way: the app words each one with a closing ellipsis
 * ("Chargement de l’annuaire…", "Connexion…", "Synchro…", "Vérification du stockage…").
 */
const workUnderWay = /…\s*$/;

/** Opens `path` and waits until its page has rendered its heading and settled. */
export async function openSettled(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('main h1').first()).toBeVisible();
	// Settled when no status says it is still loading (its data come from the local database, after
	// the first paint). Not "network idle": the forum keeps a live-sync long-poll open.
	await expect(page.getByRole('status').filter({ hasText: workUnderWay })).toHaveCount(0);
}

/**
 * Best-practice rules Lighthouse's accessibility score also counts: a page that breaks one fails
 * the Lighthouse gate, so the route-by-route audit catches it first, on every route.
 */
export const outlineRules = ['heading-order', 'page-has-heading-one', 'landmark-one-main'];

/**
 * The axe-core violations of the page at WCAG 2.1 A/AA and of its outline (`outlineRules`), one
 * readable line each.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
	const wcag = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	const outline = await new AxeBuilder({ page }).withRules(outlineRules).analyze();
	return [...wcag.violations, ...outline.violations].map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.help} — ` +
			violation.nodes
				.slice(0, 3)
				.map((node) => `${node.target.join(' ')} ${node.failureSummary?.split('\n')[1] ?? ''}`)
				.join(' | ')
	);
}
