// The project's own lint rules fire on a bad example (eslint.config.js): a rule that never fires
// would let the code drift from what the README promises. The examples are linted as if they
// were existing files (the type-aware rules need a file of the TypeScript project).
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesFiredOn(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const restricted = '@typescript-eslint/no-restricted-imports';

// The first lint loads the TypeScript project (tens of seconds on a busy machine): done once here,
// with its own time limit, so the tests measure the rules, not the load.
beforeAll(async () => {
	await eslint.lintText('export {};\n', { filePath: 'src/lib/content/sync.ts' });
}, 180_000);

describe('lint rules', { timeout: 60_000 }, () => {
	it('refuses zod imported directly by app code, but not its types', async () => {
		const direct = "import { z } from 'zod';\nexport const schema = z.string();\n";
		expect(await rulesFiredOn('src/lib/content/sync.ts', direct)).toContain(restricted);
		const typeOnly = "import type { z } from 'zod';\nexport type Schema = z.ZodString;\n";
		expect(await rulesFiredOn('src/lib/content/sync.ts', typeOnly)).not.toContain(restricted);
		const entry = "import { z } from './zod';\nexport const schema = z.string();\n";
		expect(await rulesFiredOn('src/lib/schemas/feed.ts', entry)).toEqual([]);
	});

	it('keeps Dexie in src/lib/db/ and PouchDB in the forum', async () => {
		const dexie = "import Dexie from 'dexie';\nexport const D = Dexie;\n";
		expect(await rulesFiredOn('src/lib/content/sync.ts', dexie)).toContain(restricted);
		expect(await rulesFiredOn('src/lib/db/database.ts', dexie)).not.toContain(restricted);
		const pouch = "import PouchDB from 'pouchdb-browser';\nexport const P = PouchDB;\n";
		expect(await rulesFiredOn('src/lib/plan/plans.ts', pouch)).toContain(restricted);
		expect(await rulesFiredOn('src/lib/forum/sync-engine.ts', pouch)).not.toContain(restricted);
	});

	it('lets routes read through LiveQuery only, and keeps zod schemas off non-forum pages', async () => {
		const page = (imports: string) => `<script lang="ts">\n${imports}\n</script>\n`;
		const route = 'src/routes/prestataires/+page.svelte';
		expect(
			await rulesFiredOn(route, page("\timport { getDb } from '$lib/db';\n\tgetDb();"))
		).toContain(restricted);
		expect(
			await rulesFiredOn(
				route,
				page("\timport { LiveQuery } from '$lib/db/live.svelte';\n\tnew LiveQuery(() => 1);")
			)
		).not.toContain(restricted);
		expect(
			await rulesFiredOn(
				route,
				page(
					"\timport type { ShortlistRow } from '$lib/db';\n\tlet row: ShortlistRow | undefined;\n\tvoid row;"
				)
			)
		).not.toContain(restricted);
		expect(
			await rulesFiredOn(
				route,
				page("\timport { providerSchema } from '$lib/schemas/provider';\n\tvoid providerSchema;")
			)
		).toContain(restricted);
		expect(
			await rulesFiredOn(
				route,
				page("\timport { regions } from '$lib/schemas/provider-values';\n\tvoid regions;")
			)
		).not.toContain(restricted);
		const forumPage = 'src/routes/forum/[categorie]/+page.svelte';
		expect(
			await rulesFiredOn(
				forumPage,
				page("\timport { forumCategories } from '$lib/schemas/forum';\n\tvoid forumCategories;")
			)
		).not.toContain(restricted);
	});

	it('keeps schemas and search free of features', async () => {
		const steps =
			"import { isPlanStepId } from '$lib/plan/steps';\nexport const f = isPlanStepId;\n";
		expect(await rulesFiredOn('src/lib/schemas/plan.ts', steps)).toContain(restricted);
		const relative = "import { x } from '../directory/filters';\nexport const y = x;\n";
		expect(await rulesFiredOn('src/lib/search/fuzzy.ts', relative)).toContain(restricted);
		const own = "import { planSteps } from './plan-steps';\nexport const s = planSteps;\n";
		expect(await rulesFiredOn('src/lib/schemas/plan.ts', own)).not.toContain(restricted);
	});

	it('keeps the UI kit free of features and of the shell', async () => {
		const kit = 'src/lib/ui/EmptyResults.svelte';
		const page = (imports: string) => `<script lang="ts">\n${imports}\n</script>\n`;
		const forum =
			"\timport { forumSyncStatus } from '$lib/forum/sync-status.svelte';\n\tvoid forumSyncStatus;";
		expect(await rulesFiredOn(kit, page(forum))).toContain(restricted);
		const shell = "\timport AppHeader from '$lib/shell/AppHeader.svelte';\n\tvoid AppHeader;";
		expect(await rulesFiredOn(kit, page(shell))).toContain(restricted);
		const i18n = "\timport { i18n } from '$lib/i18n/index.svelte';\n\tvoid i18n;";
		expect(await rulesFiredOn(kit, page(i18n))).not.toContain(restricted);
	});

	it('keeps browser helpers free of features', async () => {
		const helper = 'src/lib/browser/after-paint.ts';
		const forum =
			"import { loginPath } from '$lib/forum/return-path';\nexport const p = loginPath;\n";
		expect(await rulesFiredOn(helper, forum)).toContain(restricted);
		const kit = "import { facetOptions } from '../ui/facets';\nexport const f = facetOptions;\n";
		expect(await rulesFiredOn(helper, kit)).toContain(restricted);
	});

	it('lets routes, and no feature, import the app shell', async () => {
		const shell =
			"import { primaryNav } from '$lib/shell/nav-items';\nexport const n = primaryNav;\n";
		expect(await rulesFiredOn('src/lib/forum/sync-controller.svelte.ts', shell)).toContain(
			restricted
		);
		expect(await rulesFiredOn('src/lib/db/index.ts', shell)).toContain(restricted);
		expect(await rulesFiredOn('src/lib/plan/plans.ts', shell)).toContain(restricted);
		expect(await rulesFiredOn('src/routes/+layout.ts', shell)).not.toContain(restricted);
	});

	it('keeps the directory from importing the plan', async () => {
		const plan =
			"import { isPlanStepId } from '$lib/plan/steps';\nexport const f = isPlanStepId;\n";
		expect(await rulesFiredOn('src/lib/directory/providers.ts', plan)).toContain(restricted);
		const shared =
			"import { stepsForSupportKinds } from '$lib/schemas/step-support';\nexport const f = stepsForSupportKinds;\n";
		expect(await rulesFiredOn('src/lib/directory/providers.ts', shared)).not.toContain(restricted);
	});

	it('keeps each *-values module a leaf of its schema module', async () => {
		const values = 'src/lib/schemas/provider-values.ts';
		const reexport = "export type { Provider } from './provider';\n";
		expect(await rulesFiredOn(values, reexport)).toContain(restricted);
		const schema =
			"import { providerSchema } from './provider';\nexport const s = providerSchema;\n";
		expect(await rulesFiredOn(values, schema)).toContain(restricted);
		const leaf = "import { regionIds } from './regions';\nexport const r = regionIds;\n";
		expect(await rulesFiredOn(values, leaf)).not.toContain(restricted);
	});

	it('lets a feature’s messages be read by that feature and its routes only', async () => {
		const forum =
			"import { i18n } from '$lib/i18n/forum';\nexport const t = () => i18n.m.forum.title;\n";
		expect(await rulesFiredOn('src/lib/shell/nav-items.ts', forum)).toContain(restricted);
		expect(await rulesFiredOn('src/lib/plan/plans.ts', forum)).toContain(restricted);
		expect(await rulesFiredOn('src/routes/+layout.ts', forum)).toContain(restricted);
		expect(await rulesFiredOn('src/lib/forum/posts.ts', forum)).not.toContain(restricted);
		expect(await rulesFiredOn('src/routes/compte/+page.ts', forum)).not.toContain(restricted);
		const directory =
			"import { i18n } from '$lib/i18n/directory';\nexport const t = () => i18n.m.directory.mapTitle;\n";
		expect(await rulesFiredOn('src/lib/plan/plans.ts', directory)).toContain(restricted);
		expect(await rulesFiredOn('src/routes/ressources/+layout.ts', directory)).toContain(restricted);
		expect(await rulesFiredOn('src/lib/directory/shortlist.ts', directory)).not.toContain(
			restricted
		);
		expect(await rulesFiredOn('src/routes/prestataires/+layout.ts', directory)).not.toContain(
			restricted
		);
	});
});
