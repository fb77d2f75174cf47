// The project's own lint rules fire on a bad example (eslint.config.js): a rule that never fires
// would let the code drift from what the README promises. The examples are linted as if they
// were existing files (the type-aware rules need a file of the TypeScript project).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesFiredOn(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint rules', () => {
	it('refuses zod imported directly by app code, but not its types', async () => {
		const direct = "import { z } from 'zod';\nexport const schema = z.string();\n";
		expect(await rulesFiredOn('src/lib/content/sync.ts', direct)).toContain(
			'no-restricted-imports'
		);
		const typeOnly = "import type { z } from 'zod';\nexport type Schema = z.ZodString;\n";
		expect(await rulesFiredOn('src/lib/content/sync.ts', typeOnly)).not.toContain(
			'no-restricted-imports'
		);
		const entry = "import { z } from './zod';\nexport const schema = z.string();\n";
		expect(await rulesFiredOn('src/lib/schemas/feed.ts', entry)).toEqual([]);
	});
});
