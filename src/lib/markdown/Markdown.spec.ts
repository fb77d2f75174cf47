import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { preloadMarkdownRenderer } from './lazy-render';
import Markdown from './Markdown.svelte';

describe('Markdown.svelte', () => {
	it('renders the sanitised HTML inside a .markdown container', async () => {
		await preloadMarkdownRenderer();
		const { body } = render(Markdown, {
			props: { source: '## Titre\n\n*Bonjour* <script>alert(1)</script>' }
		});
		expect(body).toContain('<div class="markdown');
		expect(body).toContain('<h4>Titre</h4>');
		expect(body).toContain('<em>Bonjour</em> &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(body).not.toContain('<script>');
	});
});
