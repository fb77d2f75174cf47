// The main flows with the keyboard only (Tab, Enter, Space, typing), and a visible focus.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { feed } from './pages/directory';

// Keyboard users are on computers more often than phones: a desktop-sized window, no touch.
test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
test.describe.configure({ timeout: 90_000 });

/** Presses Tab until `target` has the focus (fails after `max` presses: it is not reachable). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	for (let presses = 0; presses < max; presses += 1) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`Not reachable with Tab: ${target.toString()}`);
}

/** The focused element draws a visible outline (the :focus-visible style of app.css). */
async function expectVisibleFocus(target: Locator): Promise<void> {
	const outline = await target.evaluate((element) => {
		const style = getComputedStyle(element);
		return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
	});
	expect(outline.style).not.toBe('none');
	expect(outline.width).toBeGreaterThanOrEqual(2);
}

test('find a provider, open it and shortlist it with the keyboard only', async ({ page }) => {
	const provider = feed[0];
	if (!provider) throw new Error('empty feed');
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	const navLink = page.getByRole('navigation').getByRole('link', { name: 'Prestataires' }).first();
	await tabTo(page, navLink);
	await expectVisibleFocus(navLink);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Prestataires' })).toBeVisible();
	await expect(page.getByTestId('result-count')).toHaveText(/^[1-9]\d* /);

	const search = page.getByRole('searchbox', { name: 'Rechercher un prestataire' });
	await tabTo(page, search);
	await expectVisibleFocus(search);
	await page.keyboard.insertText(provider.name);
	const result = page.getByRole('link', { name: provider.name }).first();
	await expect(result).toBeVisible();

	await tabTo(page, result);
	await expectVisibleFocus(result);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: provider.name })).toBeVisible();

	const add = page.getByRole('button', { name: 'Ajouter à ma sélection' });
	await tabTo(page, add);
	await expectVisibleFocus(add);
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Retirer de ma sélection' })).toBeVisible();
});

test('directory filters tick with the keyboard beside the results', async ({ page }) => {
	await page.goto('/prestataires');
	await expect(page.getByTestId('result-count')).toHaveText(/^[1-9]\d* /);
	const before = await page.getByTestId('result-count').textContent();

	const checkbox = page
		.getByRole('region', { name: 'Filtres' })
		.getByRole('group', { name: 'Type de structure' })
		.getByRole('checkbox', { name: 'Coopérative (SCOP, SCIC)' });
	await tabTo(page, checkbox);
	await expectVisibleFocus(checkbox);
	await page.keyboard.press('Space');
	await expect(checkbox).toBeChecked();
	await expect(page.getByTestId('result-count')).not.toHaveText(before ?? '');
});

test.describe('in a narrow window', () => {
	test.use({ viewport: { width: 412, height: 800 } });

	test('the filter sheet opens, ticks and closes with the keyboard', async ({ page }) => {
		await page.goto('/prestataires');
		await expect(page.getByTestId('result-count')).toHaveText(/^[1-9]\d* /);
		const before = await page.getByTestId('result-count').textContent();

		const open = page.getByRole('button', { name: 'Filtres', exact: true });
		await tabTo(page, open);
		await expectVisibleFocus(open);
		await page.keyboard.press('Enter');
		const sheet = page.getByRole('dialog', { name: 'Filtres' });
		const checkbox = sheet
			.getByRole('group', { name: 'Type de structure' })
			.getByRole('checkbox', { name: 'Coopérative (SCOP, SCIC)' });
		await tabTo(page, checkbox);
		await expectVisibleFocus(checkbox);
		await page.keyboard.press('Space');
		await expect(checkbox).toBeChecked();
		await expect(page.getByTestId('result-count')).not.toHaveText(before ?? '');
		// Escape closes the sheet and gives the focus back to the button, now « Filtres (1) ».
		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
		await expect(page.getByRole('button', { name: 'Filtres (1)' })).toBeFocused();
	});
});

test('the language switch works from the keyboard', async ({ page }) => {
	await page.goto('/');
	const english = page.getByRole('button', { name: 'English' }).first();
	await tabTo(page, english);
	await expectVisibleFocus(english);
	await page.keyboard.press('Enter');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
});
