import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInputs, isBuildCurrent } from './build-if-needed.js';

const root = resolve(import.meta.dirname, '../..');
const configFiles = ['vite.config.ts', 'svelte.config.js'];

/** Project files (relative to the root) that `file` imports, directly or through each other. */
function localImports(file: string, seen = new Set<string>()): Set<string> {
	const source = readFileSync(join(root, file), 'utf8');
	for (const [, specifier] of source.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
		if (!specifier) continue;
		const base = join(dirname(file), specifier);
		const found = [base, `${base}.ts`, `${base}.js`].find((candidate) =>
			existsSync(join(root, candidate))
		);
		if (!found || seen.has(found)) continue;
		seen.add(found);
		localImports(found, seen);
	}
	return seen;
}

const isInput = (file: string) =>
	buildInputs.some((input) => file === input || file.startsWith(`${input}/`));

describe('build inputs', () => {
	it('cover the build configuration and every project module it imports', () => {
		const files = [...configFiles, ...configFiles.flatMap((file) => [...localImports(file)])];
		expect(files).toContain('scripts/lib/route-preloads.js');
		expect(files.filter((file) => !isInput(file))).toEqual([]);
	});

	it('cover the demo content the build’s feed is written from', () => {
		expect(isInput('couchdb/demo/content/providers.json')).toBe(true);
	});

	describe('a build older than a build helper', () => {
		let fixture: string;
		const buildDir = () => join(fixture, 'build');
		const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));

		beforeAll(async () => {
			fixture = await mkdtemp(join(tmpdir(), 'passerelle-build-inputs-'));
			await mkdir(join(fixture, 'src'), { recursive: true });
			await mkdir(join(fixture, 'scripts/lib'), { recursive: true });
			await mkdir(buildDir(), { recursive: true });
			await writeFile(join(fixture, 'src/app.html'), '');
			await writeFile(join(fixture, 'scripts/lib/route-preloads.js'), '');
			await writeFile(join(buildDir(), 'index.html'), '');
			await utimes(join(fixture, 'src/app.html'), at(0), at(0));
			await utimes(join(fixture, 'scripts/lib/route-preloads.js'), at(0), at(0));
			await utimes(join(buildDir(), 'index.html'), at(10), at(10));
		});
		afterAll(async () => {
			await rm(fixture, { recursive: true, force: true });
		});

		it('is rebuilt once the helper changes', async () => {
			expect(await isBuildCurrent(buildDir(), fixture)).toBe(true);
			await utimes(join(fixture, 'scripts/lib/route-preloads.js'), at(20), at(20));
			expect(await isBuildCurrent(buildDir(), fixture)).toBe(false);
		});

		it('is rebuilt when there is none', async () => {
			expect(await isBuildCurrent(join(fixture, 'nowhere'), fixture)).toBe(false);
		});
	});
});
