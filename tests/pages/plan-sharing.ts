import { expect, type BrowserContext, type Page } from '@playwright/test';
import { AppShell } from './app';
import { ForumPage } from './forum';
import { PlanPage } from './plan';

/** A board member's phone: a browser context logged in with their forum account. */
export class BoardPhone {
	readonly plan: PlanPage;

	constructor(
		readonly context: BrowserContext,
		readonly page: Page,
		readonly name: string
	) {
		this.plan = new PlanPage(page);
	}

	/** Opens a new context, logs in, and installs the app for offline use. */
	static async open(
		context: BrowserContext,
		account: { name: string; password: string }
	): Promise<BoardPhone> {
		const page = await context.newPage();
		// Every Content-Security-Policy violation, recorded before any of the app's code runs.
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (event) =>
				seen.push(`${event.violatedDirective} ${event.blockedURI}`)
			);
		});
		await new ForumPage(page).logIn(account.name, account.password);
		await new AppShell(page).waitForOfflineReady();
		return new BoardPhone(context, page, account.name);
	}

	/** The policy violations of the page on screen (none expected). */
	cspViolations(): Promise<string[]> {
		return this.page.evaluate(
			() => (window as unknown as { cspViolations: string[] }).cspViolations
		);
	}

	/** How far the page scrolls sideways (0 when it fits the screen). */
	sidewaysScroll(): Promise<number> {
		return this.page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
	}

	/** The sync status in the plan's header. */
	status() {
		return this.page.getByTestId('sync-status');
	}

	async expectUpToDate(): Promise<void> {
		await expect(this.status()).toContainText('À jour', { timeout: 20_000 });
	}

	/** Shares the plan on screen (its overview) with the board. */
	async share(): Promise<void> {
		await this.page.getByRole('button', { name: 'Partager avec le bureau' }).click();
		await expect(this.page.getByRole('heading', { name: 'Partagé avec le bureau' })).toBeVisible();
		await this.expectUpToDate();
	}

	/** Creates an invitation on the plan's overview; returns the code as shown (XXXX-XXXX). */
	async invite(
		role: 'modifier le plan' | 'seulement le lire' = 'modifier le plan'
	): Promise<string> {
		const code = this.page.getByTestId('invite-code');
		const previous = (await code.count()) > 0 ? await code.textContent() : null;
		await this.page.getByLabel(role).check();
		await this.page.getByRole('button', { name: 'Créer une invitation' }).click();
		await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		// Each invitation has a code of its own (one-time): wait for the new one.
		if (previous) await expect(code).not.toHaveText(previous);
		await expect(this.page.getByRole('img', { name: /QR code de l’invitation/ })).toBeVisible();
		return (await code.textContent()) ?? '';
	}

	/** Joins with a code on the join page (typed, as read out at the table). */
	async join(code: string, planName: string): Promise<string> {
		await this.page.goto('/plan/rejoindre');
		await this.page.getByLabel('Code d’invitation (8 caractères)').fill(code);
		await this.page.getByRole('button', { name: 'Rejoindre' }).click();
		await expect(this.page.getByRole('heading', { level: 1, name: planName })).toBeVisible({
			timeout: 20_000
		});
		await this.expectUpToDate();
		const id = /\/plan\/([^/]+)$/.exec(this.page.url())?.[1];
		if (!id) throw new Error(`Not on a plan page: ${this.page.url()}`);
		return id;
	}

	async setOffline(offline: boolean): Promise<void> {
		await this.context.setOffline(offline);
	}
}
