// No two feature folders of src/lib/ import each other, even through a third: a cycle between
// folders is how "a small change here" starts breaking pages over there. Read from the source's
// own import lines (static, dynamic and type-only), resolving `$lib/` and relative paths.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = 'src/lib';
const importPattern =
	/(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The app's source files under `folder` (tests left out: they may reach anywhere). */
function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** The src/lib/ folder a path lies in (`forum` for src/lib/forum/ui/PostCard.svelte). */
function folderOf(path: string): string | undefined {
	const inside = relative(lib, path);
	return inside.startsWith('..') || !inside.includes('/') ? undefined : inside.split('/')[0];
}

type Graph = Map<string, Map<string, string>>;

/** Folder → the folders its files import, with one example import for each. */
function folderGraph(): Graph {
	const graph: Graph = new Map();
	for (const file of sourceFiles(lib)) {
		const from = folderOf(file);
		if (!from) continue;
		for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
			const specifier = match[1] ?? match[2] ?? '';
			const target = specifier.startsWith('$lib/')
				? join(lib, specifier.slice('$lib/'.length))
				: specifier.startsWith('.')
					? join(dirname(file), specifier)
					: undefined;
			const to = target && folderOf(target);
			if (!to || to === from) continue;
			const edges = graph.get(from) ?? new Map<string, string>();
			if (!edges.has(to)) edges.set(to, `${file} imports ${specifier}`);
			graph.set(from, edges);
		}
	}
	return graph;
}

/** Groups of folders that reach each other (Tarjan's strongly connected components, size > 1). */
function cycles(graph: Graph): string[][] {
	const order = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const found: string[][] = [];
	const visit = (node: string) => {
		const own = order.size;
		order.set(node, own);
		low.set(node, own);
		stack.push(node);
		for (const next of graph.get(node)?.keys() ?? []) {
			if (!order.has(next)) visit(next);
			if (stack.includes(next)) {
				low.set(node, Math.min(low.get(node) ?? own, low.get(next) ?? own));
			}
		}
		if (low.get(node) !== own) return;
		const group = stack.splice(stack.indexOf(node));
		if (group.length > 1) found.push(group.sort());
	};
	for (const node of graph.keys()) if (!order.has(node)) visit(node);
	return found;
}

describe('imports between the folders of src/lib/', () => {
	const graph = folderGraph();

	it('form no cycle', () => {
		const described = cycles(graph).map((group) =>
			group.flatMap((from) =>
				group.flatMap((to) => {
					const example = graph.get(from)?.get(to);
					return example ? [example] : [];
				})
			)
		);
		expect(described).toEqual([]);
	});

	it('keep the foundations, the browser helpers and the UI kit below the features', () => {
		const allowed = new Set(['schemas', 'search', 'browser', 'i18n']);
		for (const folder of ['schemas', 'search', 'browser', 'ui']) {
			const reached = [...(graph.get(folder)?.keys() ?? [])];
			expect(
				reached.filter((to) => !allowed.has(to)),
				folder
			).toEqual([]);
		}
	});

	it('finds a cycle when there is one, even through a third folder', () => {
		const looped: Graph = new Map([
			['forum', new Map([['pwa', 'forum imports pwa']])],
			['pwa', new Map([['ui', 'pwa imports ui']])],
			['ui', new Map([['forum', 'ui imports forum']])],
			['plan', new Map([['ui', 'plan imports ui']])]
		]);
		expect(cycles(looped)).toEqual([['forum', 'pwa', 'ui']]);
	});
});
