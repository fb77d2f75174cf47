import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinEnvironments } from 'vitest/environments';
import { preloadMarkdownRenderer } from './lazy-render';
import Markdown from './Markdown.svelte';

// The app renders this component in the browser only; here it is rendered with svelte/server
// (Node), with jsdom's globals alongside for the sanitiser (DOMPurify needs a DOM).
let teardown: (() => unknown) | undefined;
beforeAll(async () => {
	const dom = await builtinEnvironments.jsdom.setup(globalThis, {});
	teardown = () => dom.teardown(globalThis);
});
afterAll(() => teardown?.());

describe('Markdown.svelte', () => {
	it('renders the sanitised HTML inside a .markdown container', async () => {
		await preloadMarkdownRenderer();
		const { body } = render(Markdown, {
			props: { source: '## Titre\n\n*Bonjour* <script>alert(1)</script>' }
		});
		expect(body).toContain('<div class="markdown');
		// The text's highest heading starts at h3, under the page's h1 and h2.
		expect(body).toContain('<h3>Titre</h3>');
		expect(body).toContain('<em>Bonjour</em> &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(body).not.toContain('<script>');
	});
});
