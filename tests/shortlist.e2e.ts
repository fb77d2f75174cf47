// The shortlist on the go (issue 13, item 6): where each provider is, how to reach them, what
// they do, a note writable from the provider page too, and a note limit that refuses visibly.
import { expect, test, type Page } from '@playwright/test';
import { feed } from './pages/directory';

const provider = feed.find((p) => p.slug === 'coop-numerique-du-bocage');
const supportLabels: Record<string, string> = {
	'identifying-needs': 'Identification des besoins',
	'digital-diagnosis': 'Diagnostic numérique'
};

async function shortlistFromItsPage(page: Page, slug: string): Promise<void> {
	await page.goto(`/prestataires/${slug}`);
	await page.getByRole('button', { name: 'Ajouter à ma sélection' }).click();
	await expect(page.getByRole('button', { name: 'Retirer de ma sélection' })).toBeVisible();
}

test('the shortlist shows the town, links to call and write, and the kinds of support', async ({
	page
}) => {
	if (!provider) throw new Error('demo provider missing');
	await shortlistFromItsPage(page, provider.slug);
	await page.goto('/prestataires/selection');
	const entry = page.getByRole('article').filter({ hasText: provider.name });
	await expect(entry).toContainText(`${provider.location.city}, Bretagne`);
	await expect(entry.getByRole('link', { name: /^Appeler le 02 61 91 48 20/ })).toHaveAttribute(
		'href',
		'tel:0261914820'
	);
	await expect(entry.getByRole('link', { name: /^Écrire un e-mail/ })).toHaveAttribute(
		'href',
		'mailto:bonjour@coop-bocage.example'
	);
	const kinds = entry.getByRole('list', { name: 'Accompagnements proposés' });
	for (const kind of provider.supportKinds.slice(0, 2)) {
		await expect(kinds).toContainText(supportLabels[kind] ?? kind);
	}
});

test('the note is written from the provider page too, and the shortlist shows it', async ({
	page
}) => {
	if (!provider) throw new Error('demo provider missing');
	await shortlistFromItsPage(page, provider.slug);
	const note = page.getByRole('textbox', { name: `Note sur ${provider.name}` });
	await note.fill('Rappeler jeudi pour le devis');
	await expect(page.getByText('Note enregistrée')).toBeVisible();
	await page.goto('/prestataires/selection');
	await expect(page.getByRole('textbox', { name: `Note sur ${provider.name}` })).toHaveValue(
		'Rappeler jeudi pour le devis'
	);
});

test('a note past the limit is refused visibly, and what was saved stays', async ({
	page,
	context
}) => {
	if (!provider) throw new Error('demo provider missing');
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await shortlistFromItsPage(page, provider.slug);
	await page.goto('/prestataires/selection');
	const note = page.getByRole('textbox', { name: `Note sur ${provider.name}` });
	await note.fill('Appelé le 12/03');
	await expect(page.getByText('Note enregistrée')).toBeVisible();

	// Pasting 5,000 characters: refused as a whole, said so, and the note is as it was.
	await page.evaluate(() => navigator.clipboard.writeText('x'.repeat(5000)));
	await note.press('End');
	await note.press('ControlOrMeta+V');
	await expect(
		page.getByText(/Une note tient en 2000 caractères : ces 5000 caractères/)
	).toBeVisible();
	await expect(note).toHaveValue('Appelé le 12/03');
	await expect(note).toHaveAttribute('aria-invalid', 'true');
	await page.reload();
	await expect(note).toHaveValue('Appelé le 12/03');

	// Typing at the limit: the note holds exactly 2,000 characters, the next one is refused.
	await note.fill('y'.repeat(2000));
	await expect(page.getByText('Note enregistrée')).toBeVisible();
	await expect(page.getByText('2000 / 2000 caractères')).toBeVisible();
	await note.press('End');
	await note.press('z');
	await expect(page.getByText(/la limite est atteinte/)).toBeVisible();
	await expect(note).toHaveValue('y'.repeat(2000));
	await page.reload();
	await expect(note).toHaveValue('y'.repeat(2000));
});
