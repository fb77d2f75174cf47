import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Architecture rules (README "Repository layout"), each proven by scripts/lint-rules.spec.ts.
// A file gets one `no-restricted-imports` setting (a later one would replace an earlier one), so
// each folder's list is built whole and the folders are kept apart with `ignores`.
const zodEntry = {
	name: 'zod',
	message: "Import z from '$lib/schemas/zod' (set up for the app's CSP).",
	allowTypeImports: true
};
const dexieOutsideDb = {
	name: 'dexie',
	message: 'Dexie is used in src/lib/db/ only: call a domain function or LiveQuery.'
};
const pouchOutsideForum = {
	group: ['pouchdb', 'pouchdb-*'],
	message: 'PouchDB belongs to the forum’s sync layer (src/lib/forum/) only.'
};
const databaseFromRoutes = {
	regex: '^\\$lib/db(/(?!live\\.svelte$).*)?$',
	message:
		'Routes read through LiveQuery ($lib/db/live.svelte) and domain functions, not the database.',
	allowTypeImports: true
};
const zodSchemasFromPages = {
	group: [
		'$lib/schemas/*',
		'!$lib/schemas/*-values',
		'!$lib/schemas/labels',
		'!$lib/schemas/plan-steps',
		'!$lib/schemas/regions'
	],
	message:
		'A zod schema costs ~28 kB on a page: import its values module, or load the schema lazily.',
	allowTypeImports: true
};
const features = [
	'alternatives',
	'content',
	'db',
	'directory',
	'forum',
	'i18n',
	'markdown',
	'net',
	'plan',
	'pwa',
	'resources',
	'ui'
];
const featuresFromFoundations = {
	group: features.flatMap((feature) => [`$lib/${feature}`, `$lib/${feature}/*`, `../${feature}/*`]),
	message: 'src/lib/schemas/ and src/lib/search/ are foundations: they never import a feature.'
};

/** @param {string[]} files @param {string[]} ignores @param {object[]} entries */
function restrictImports(files, ignores, entries) {
	const paths = entries.filter((entry) => 'name' in entry);
	const patterns = entries.filter((entry) => 'group' in entry || 'regex' in entry);
	return {
		files,
		ignores: ['src/**/*.spec.ts', 'src/lib/schemas/zod.ts', ...ignores],
		rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] }
	};
}

function architectureRules() {
	const code = ['src/**/*.ts', 'src/**/*.svelte'];
	const foundations = ['src/lib/schemas/**', 'src/lib/search/**'];
	return [
		restrictImports(
			code,
			['src/routes/**', 'src/lib/db/**', 'src/lib/forum/**', ...foundations],
			[zodEntry, dexieOutsideDb, pouchOutsideForum]
		),
		restrictImports(['src/lib/db/**'], [], [zodEntry, pouchOutsideForum]),
		restrictImports(['src/lib/forum/**'], [], [zodEntry, dexieOutsideDb]),
		restrictImports(
			foundations,
			[],
			[zodEntry, dexieOutsideDb, pouchOutsideForum, featuresFromFoundations]
		),
		restrictImports(
			['src/routes/forum/**'],
			[],
			[zodEntry, dexieOutsideDb, pouchOutsideForum, databaseFromRoutes]
		),
		restrictImports(
			['src/routes/**'],
			['src/routes/forum/**'],
			[zodEntry, dexieOutsideDb, pouchOutsideForum, databaseFromRoutes, zodSchemasFromPages]
		)
	];
}

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
	...architectureRules(),
	{
		// CouchDB design functions run in CouchDB's own JavaScript engine, not as modules.
		files: ['couchdb/**/_design/**/*.js'],
		languageOptions: { globals: { emit: 'readonly', log: 'readonly', sum: 'readonly' } }
	}
);
