#!/usr/bin/env node
// Runs in Node: `node scripts/bundle-budget.js [--no-build] [--json]`. Builds the app (unless
// --no-build), then reports, for every route of the build, the JavaScript and CSS a phone
// downloads before the first interaction, gzip-compressed, and fails over budget:
//   - ≤ 100 kB gzip of JavaScript on every route, ≤ 170 kB on the /forum routes;
//   - no PouchDB module in the initial JavaScript of a non-forum route.
// "Initial" = SvelteKit's entry (start + app), the root layout, the route's layouts and page, the
// error page (the client fetches it with every route) and everything they import statically, plus
// the feature's French messages (dynamic, but awaited by the route's `load`). On /forum routes the
// page's own dynamic imports are counted too, since the forum opens PouchDB as it mounts.
// Routes are read from the build itself, so new routes are checked without editing this script.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const budgets = { jsKb: 100, forumJsKb: 170 };

const root = resolve(import.meta.dirname, '..');
const clientDir = join(root, '.svelte-kit/output/client');
const nodePrefix = '.svelte-kit/generated/client-optimized/nodes/';

/**
 * @typedef {{ file: string, name?: string, src?: string, isEntry?: boolean,
 *   isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[] }}
 *   ManifestChunk
 * @typedef {{ route: string, forum: boolean, jsFiles: string[], cssFiles: string[],
 *   jsGzip: number, lazyJsGzip: number, cssGzip: number, budgetKb: number, pouchdb: string[],
 *   ok: boolean }}
 *   RouteBudget
 */

/** SvelteKit's route dictionary (`"/x": [leaf, layouts?, errors?]`) from the generated app. */
function readDictionary() {
	const app = readFileSync(join(root, '.svelte-kit/generated/client-optimized/app.js'), 'utf8');
	const literal = /export const dictionary = (\{[\s\S]*?\n\t\});/.exec(app)?.[1];
	if (!literal) throw new Error('No route dictionary in .svelte-kit/generated: build first.');
	/** @type {Record<string, [number, (number | undefined)[]?, (number | undefined)[]?]>} */
	const dictionary = new Function(`return ${literal}`)();
	return dictionary;
}

/** A feature's French messages module (`src/lib/i18n/messages/<feature>.fr.ts`). @param {string} id */
const isFrenchMessages = (id) => /[\\/]i18n[\\/]messages[\\/][^\\/]+\.fr\.ts$/.test(id);

/** @param {string} file */
function gzipSize(file) {
	return gzipSync(readFileSync(join(clientDir, file))).length;
}

/** Measures every route of the last build. @returns {RouteBudget[]} */
export function measureRoutes() {
	/** @type {Record<string, ManifestChunk>} */
	const manifest = JSON.parse(readFileSync(join(clientDir, '.vite/manifest.json'), 'utf8'));
	/** @type {Record<string, string[]>} */
	const modules = JSON.parse(readFileSync(join(clientDir, '.vite/chunk-modules.json'), 'utf8'));
	const entries = Object.keys(manifest).filter(
		(key) => manifest[key]?.isEntry && !manifest[key]?.isDynamicEntry
	);
	/** @param {number} index */
	const nodeKey = (index) => `${nodePrefix}${index}.js`;

	/** @param {string[]} start @param {boolean} withDynamic */
	function closure(start, withDynamic) {
		const seen = new Set();
		const stack = [...start];
		while (stack.length > 0) {
			const key = /** @type {string} */ (stack.pop());
			if (seen.has(key)) continue;
			const chunk = manifest[key];
			if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
			seen.add(key);
			stack.push(...(chunk.imports ?? []));
			if (withDynamic) stack.push(...(chunk.dynamicImports ?? []));
		}
		return [...seen].map((key) => /** @type {ManifestChunk} */ (manifest[key]));
	}

	const shellFiles = new Set(
		closure([...entries, nodeKey(0), nodeKey(1)], false).map((chunk) => chunk.file)
	);

	return Object.entries(readDictionary())
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([route, [leaf, layouts = [], errors = []]]) => {
			const nodes = [0, ...layouts, 1, ...errors, leaf < 0 ? ~leaf : leaf]
				.filter((index) => index !== undefined)
				.map((index) => nodeKey(index));
			const forum = route === '/forum' || route.startsWith('/forum/');
			const chunks = closure([...entries, ...nodes], false);
			// A feature's French messages load by dynamic import, but the route's `load` awaits
			// them before the page renders: they count as initial JavaScript.
			const messages = chunks
				.filter((chunk) => !shellFiles.has(chunk.file))
				.flatMap((chunk) => chunk.dynamicImports ?? [])
				.filter((key) => (modules[manifest[key]?.file ?? ''] ?? []).some(isFrenchMessages));
			for (const chunk of closure(messages, false)) if (!chunks.includes(chunk)) chunks.push(chunk);
			if (forum) {
				// The forum opens PouchDB (and renders Markdown) as it mounts: count what the page's
				// own modules import dynamically, not what the shell may fetch later for every route
				// (content sync, English messages).
				const page = nodeKey(leaf < 0 ? ~leaf : leaf);
				const own = closure([page], false)
					.filter((chunk) => !shellFiles.has(chunk.file))
					.flatMap((chunk) => chunk.dynamicImports ?? []);
				for (const chunk of closure(own, true)) if (!chunks.includes(chunk)) chunks.push(chunk);
			}
			const jsFiles = chunks.map((chunk) => chunk.file);
			const cssFiles = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))];
			const pouchdb = jsFiles.filter((file) =>
				(modules[file] ?? []).some((id) => /[\\/]node_modules[\\/]pouchdb/.test(id))
			);
			const jsGzip = jsFiles.reduce((sum, file) => sum + gzipSize(file), 0);
			// For information: what the route may fetch later by dynamic import (content sync, zod…).
			const lazyJsGzip = closure([...entries, ...nodes], true)
				.filter((chunk) => !jsFiles.includes(chunk.file))
				.reduce((sum, chunk) => sum + gzipSize(chunk.file), 0);
			const cssGzip = cssFiles.reduce((sum, file) => sum + gzipSize(file), 0);
			const budgetKb = forum ? budgets.forumJsKb : budgets.jsKb;
			const ok = jsGzip <= budgetKb * 1000 && (forum || pouchdb.length === 0);
			return {
				route,
				forum,
				jsFiles,
				cssFiles,
				jsGzip,
				lazyJsGzip,
				cssGzip,
				budgetKb,
				pouchdb,
				ok
			};
		});
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** A Markdown table of the routes. @param {RouteBudget[]} routes */
export function formatBudgetTable(routes) {
	const lines = routes.map((r) => [
		r.route,
		kb(r.jsGzip),
		`${r.jsFiles.length}`,
		kb(r.lazyJsGzip),
		kb(r.cssGzip),
		`≤ ${r.budgetKb} kB`,
		r.forum ? (r.pouchdb.length > 0 ? 'yes (forum)' : 'no') : r.pouchdb.length > 0 ? 'YES' : 'no',
		r.ok ? '✅' : '❌'
	]);
	const header = [
		'Route',
		'JS gzip',
		'JS files',
		'Lazy JS',
		'CSS gzip',
		'JS budget',
		'PouchDB',
		'OK'
	];
	const widths = header.map((title, i) =>
		Math.max(title.length, ...lines.map((l) => (l[i] ?? '').length))
	);
	/** @param {string[]} cells */
	const row = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
	return [
		row(header),
		`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
		...lines.map(row)
	].join('\n');
}

function main() {
	const args = process.argv.slice(2);
	if (!args.includes('--no-build')) {
		console.error('Building the app (vite build)…');
		const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit']
		});
		if (build.status !== 0) {
			console.error('The build failed.');
			process.exit(1);
		}
	}
	const routes = measureRoutes();
	if (args.includes('--json')) {
		console.log(JSON.stringify(routes, null, '\t'));
	} else {
		console.log(formatBudgetTable(routes));
		console.log(
			`\nInitial JavaScript and CSS per route, gzip. Budget: ≤ ${budgets.jsKb} kB JS ` +
				`(≤ ${budgets.forumJsKb} kB on /forum routes, the page's own dynamic imports included); ` +
				'no PouchDB outside the forum.'
		);
	}
	const over = routes.filter((r) => !r.ok);
	for (const r of over) {
		const why =
			r.pouchdb.length > 0 && !r.forum
				? `PouchDB is in its initial JavaScript (${r.pouchdb.join(', ')})`
				: `${kb(r.jsGzip)} of JavaScript is over ${r.budgetKb} kB`;
		console.error(`❌ ${r.route}: ${why}`);
	}
	if (over.length > 0) process.exit(1);
	console.error(`✅ ${routes.length} routes within budget.`);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) main();
