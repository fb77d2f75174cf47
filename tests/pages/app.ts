import { expect, type Page } from '@playwright/test';

/** Every route of the app shell with its French heading (the default language). */
export const routes = [
	{ path: '/', heading: 'Bienvenue sur Passerelle' },
	{ path: '/prestataires', heading: 'Prestataires' },
	{ path: '/ressources', heading: 'Ressources' },
	{ path: '/alternatives', heading: 'Alternatives' },
	{ path: '/plan', heading: 'Mon plan de transition' },
	{ path: '/forum', heading: 'Forum d’entraide' },
	{ path: '/compte', heading: 'Réglages' }
] as const;

/** Page object for the app shell: navigation, language, service worker. */
export class AppShell {
	constructor(readonly page: Page) {}

	async goto(path: string): Promise<void> {
		await this.page.goto(path);
	}

	heading(name: string) {
		return this.page.getByRole('heading', { level: 1, name });
	}

	async expectHeading(name: string): Promise<void> {
		await expect(this.heading(name)).toBeVisible();
	}

	/** Resolves once the service worker is active, i.e. the shell is precached for offline use. */
	async waitForOfflineReady(): Promise<void> {
		await this.page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			return registration.active?.state;
		});
	}

	async chooseLanguage(name: 'Français' | 'English'): Promise<void> {
		await this.page.getByRole('button', { name }).first().click();
	}
}
