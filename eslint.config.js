import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Architecture rules (README "Architecture notes"), each proven by scripts/lint-rules.spec.ts.
// A file gets one `no-restricted-imports` setting (a later one would replace an earlier one), so
// each area's list is built whole and restrictImports() keeps the areas apart with `ignores`.
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
		'!$lib/schemas/regions',
		'!$lib/schemas/step-support'
	],
	message:
		'A zod schema costs ~28 kB on a page: import its values module, or load the schema lazily.',
	allowTypeImports: true
};
const features = [
	'alternatives',
	'browser',
	'content',
	'db',
	'directory',
	'forum',
	'i18n',
	'markdown',
	'plan',
	'pwa',
	'resources',
	'shell',
	'ui'
];
/** Import patterns that reach a folder of src/lib/, by alias or relative path. */
const reaching = (folders) =>
	folders.flatMap((folder) => [
		`$lib/${folder}`,
		`$lib/${folder}/*`,
		`../${folder}/*`,
		`../../${folder}/*`
	]);
const featuresFromFoundations = {
	group: reaching(features),
	message: 'src/lib/schemas/ and src/lib/search/ are foundations: they never import a feature.'
};
const featuresFromBrowser = {
	group: reaching(features.filter((folder) => folder !== 'browser')),
	message: 'src/lib/browser/ holds browser helpers any feature may import: it imports no feature.'
};
const featuresFromKit = {
	group: reaching(features.filter((folder) => !['i18n', 'browser', 'ui'].includes(folder))),
	message:
		'src/lib/ui/ is the small UI kit features share: it imports no feature and not the shell (pass data as props).'
};
const shellFromFeatures = {
	group: reaching(['shell']),
	message: 'src/lib/shell/ is the app shell: only routes import it (it imports features).'
};
const planFromDirectory = {
	group: reaching(['plan']),
	message:
		'The plan imports the directory (its facet URL names); the directory never imports the plan (shared data goes in src/lib/schemas/).'
};
const schemaFromValues = {
	group: [
		'./*',
		'$lib/schemas/*',
		'!./labels',
		'!./plan-steps',
		'!./regions',
		'!./*-values',
		'!$lib/schemas/labels',
		'!$lib/schemas/plan-steps',
		'!$lib/schemas/regions',
		'!$lib/schemas/*-values'
	],
	message:
		'A *-values module is a leaf: it imports no zod schema module (the record types are imported from the schema module, with import type).'
};

const namespaces = ['account', 'directory', 'forum', 'plan', 'resources'];
/** A feature's messages (`$lib/i18n/<name>`, loaded by `$lib/i18n/namespaces/<name>`) are read by
 * that feature and its routes. */
const namespacesExcept = (...allowed) => ({
	group: namespaces
		.filter((name) => !allowed.includes(name))
		.flatMap((name) => [`$lib/i18n/${name}`, `$lib/i18n/namespaces/${name}`]),
	message:
		'A feature’s messages are there only under the routes that load them: read them in that feature’s code and routes only.'
});

/**
 * One `no-restricted-imports` setting per file: the first area whose `files` match a file gives it
 * its rules (each area ignores the files of the areas above it).
 * @param {{ files: string[], entries: object[] }[]} areas
 */
function restrictImports(areas) {
	return areas.map(({ files, entries }, index) => {
		const paths = entries.filter((entry) => 'name' in entry);
		const patterns = entries.filter((entry) => 'group' in entry || 'regex' in entry);
		return {
			files,
			ignores: [
				'src/**/*.spec.ts',
				'src/lib/schemas/zod.ts',
				...areas.slice(0, index).flatMap((area) => area.files)
			],
			rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] }
		};
	});
}

function architectureRules() {
	const app = [zodEntry, dexieOutsideDb, pouchOutsideForum];
	const noNamespace = namespacesExcept();
	const routes = [...app, databaseFromRoutes];
	return restrictImports([
		{
			files: ['src/lib/schemas/*-values.ts'],
			entries: [...app, featuresFromFoundations, schemaFromValues]
		},
		{
			files: ['src/lib/schemas/**', 'src/lib/search/**'],
			entries: [...app, featuresFromFoundations]
		},
		{ files: ['src/lib/browser/**'], entries: [...app, featuresFromBrowser] },
		{ files: ['src/lib/ui/**'], entries: [...app, featuresFromKit, noNamespace] },
		{ files: ['src/lib/shell/**'], entries: [...app, noNamespace] },
		{
			files: ['src/lib/db/**'],
			entries: [zodEntry, pouchOutsideForum, shellFromFeatures, noNamespace]
		},
		{
			files: ['src/lib/forum/**'],
			entries: [zodEntry, dexieOutsideDb, shellFromFeatures, namespacesExcept('forum', 'account')]
		},
		{
			files: ['src/lib/directory/**'],
			entries: [...app, shellFromFeatures, planFromDirectory, namespacesExcept('directory')]
		},
		{
			files: ['src/lib/plan/**', 'src/lib/start/**'],
			entries: [...app, shellFromFeatures, namespacesExcept('plan')]
		},
		{
			files: ['src/lib/resources/**', 'src/lib/alternatives/**'],
			entries: [...app, shellFromFeatures, namespacesExcept('resources')]
		},
		{ files: ['src/lib/**'], entries: [...app, shellFromFeatures, noNamespace] },
		{ files: ['src/routes/forum/**'], entries: [...routes, namespacesExcept('forum')] },
		{
			files: ['src/routes/compte/**'],
			entries: [...routes, zodSchemasFromPages, namespacesExcept('forum', 'account')]
		},
		{
			// The guided start shows the plan's dependency chart and creates the plan.
			files: ['src/routes/plan/**', 'src/routes/demarrer/**'],
			entries: [...routes, zodSchemasFromPages, namespacesExcept('plan')]
		},
		{
			files: ['src/routes/prestataires/**'],
			entries: [...routes, zodSchemasFromPages, namespacesExcept('directory')]
		},
		{
			files: ['src/routes/ressources/**', 'src/routes/alternatives/**'],
			entries: [...routes, zodSchemasFromPages, namespacesExcept('resources')]
		},
		{ files: ['src/routes/**'], entries: [...routes, zodSchemasFromPages, noNamespace] },
		{ files: ['src/**/*.ts', 'src/**/*.svelte'], entries: app }
	]);
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
