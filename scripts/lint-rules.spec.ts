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
});
