import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** A unique, valid forum user name for one test. */
export function uniqueName(prefix: string): string {
	return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Creates an account through the CouchDB API (as the sign-up form does), shown as `<name> (e2e)`. */
export async function createAccount(
	request: APIRequestContext,
	name: string,
	password = `pass-${name}`
): Promise<{ name: string; password: string; displayName: string }> {
	const response = await request.put(`/db/_users/org.couchdb.user:${name}`, {
		data: {
			_id: `org.couchdb.user:${name}`,
			name,
			password,
			roles: [],
			type: 'user',
			displayName: `${name} (e2e)`
		}
	});
	expect(response.status()).toBe(201);
	return { name, password, displayName: `${name} (e2e)` };
}

/** Page object for the forum pages. */
export class ForumPage {
	constructor(readonly page: Page) {}

	status() {
		return this.page.getByRole('status', { name: 'État de la connexion' });
	}

	async logIn(name: string, password: string): Promise<void> {
		await this.page.goto('/forum/connexion');
		await this.submitLogIn(name, password);
		await expect(
			this.page.getByRole('heading', { level: 1, name: 'Forum d’entraide' })
		).toBeVisible();
		await expect(this.page.getByText(/Connecté·e en tant que/)).toBeVisible();
	}

	/** Fills and sends the log-in form of the page on screen. */
	async submitLogIn(name: string, password: string): Promise<void> {
		await this.page.getByLabel('Identifiant').first().fill(name);
		await this.page.getByLabel('Mot de passe').first().fill(password);
		await this.page.getByRole('button', { name: 'Se connecter' }).click();
	}

	async openCategory(name: string): Promise<void> {
		await this.page.goto('/forum');
		await this.page.getByRole('link', { name }).click();
		await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
	}

	async openThread(title: string | RegExp): Promise<void> {
		await this.page.getByRole('link', { name: title }).click();
		await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	}

	async reply(text: string): Promise<void> {
		await this.page.getByLabel('Votre réponse').fill(text);
		await this.page.getByRole('button', { name: 'Envoyer la réponse' }).click();
	}

	post(text: string) {
		return this.page.getByTestId('post').filter({ hasText: text });
	}

	/** The name shown with the post holding `text`. */
	authorOf(text: string) {
		return this.post(text).getByTestId('post-author');
	}
}

/** Every reply on the server, as the server has it. */
export async function serverReplies(
	request: APIRequestContext
): Promise<{ body: string; author: string }[]> {
	const response = await request.get(
		'/db/forum/_all_docs?include_docs=true&startkey="reply:"&endkey="reply:\ufff0"'
	);
	const rows = ((await response.json()) as { rows: { doc: { body: string; author: string } }[] })
		.rows;
	return rows.map((row) => row.doc);
}

/** Writes a thread or a reply on the server as `user`, as another device would (not this page). */
export async function postAs(
	playwright: {
		request: { newContext(options: { baseURL?: string }): Promise<APIRequestContext> };
	},
	baseURL: string,
	user: { name: string; password: string },
	doc: Record<string, unknown>
): Promise<void> {
	const device = await playwright.request.newContext({ baseURL });
	const login = await device.post('/db/_session', {
		data: { name: user.name, password: user.password }
	});
	expect(login.status()).toBe(200);
	const now = new Date().toISOString();
	const response = await device.put(`/db/forum/${doc._id}`, {
		data: {
			author: user.name,
			createdAt: now,
			updatedAt: now,
			...doc
		}
	});
	expect(response.status(), await response.text()).toBe(201);
	await device.dispose();
}
