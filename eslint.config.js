import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'.data/',
			'test-results/',
			'playwright-report/',
			'bench-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Passerelle is always served at the origin root (the service worker's scope and the
			// same-origin /db API assume it), so plain hrefs need no base path from resolve().
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// Type-aware rules: a forgotten promise is a lost write or an unreported sync error.
		files: ['**/*.ts', '**/*.svelte'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		// zod through its one entry (src/lib/schemas/zod.ts), which sets it up for the app's
		// Content-Security-Policy; types may come from zod itself.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/schemas/zod.ts', 'src/**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: 'zod',
							message: "Import z from '$lib/schemas/zod' (set up for the app's CSP).",
							allowTypeImports: true
						}
					]
				}
			]
		}
	},
	{
		// CouchDB design functions run in CouchDB's own JavaScript engine, not as modules.
		files: ['couchdb/**/_design/**/*.js'],
		languageOptions: { globals: { emit: 'readonly', log: 'readonly', sum: 'readonly' } }
	}
);
