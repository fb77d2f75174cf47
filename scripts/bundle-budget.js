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
import { markdownTable } from './lib/markdown-table.js';
import { readRouteChunks } from './lib/route-chunks.js';

export const budgets = { jsKb: 100, forumJsKb: 170 };

const root = resolve(import.meta.dirname, '..');

/**
 * @typedef {{ route: string, forum: boolean, jsFiles: string[], cssFiles: string[],
 *   jsGzip: number, lazyJsGzip: number, cssGzip: number, budgetKb: number, pouchdb: string[],
 *   ok: boolean }}
 *   RouteBudget
 */

/** Measures every route of the last build. @returns {RouteBudget[]} */
export function measureRoutes() {
	const { clientDir, entries, modules, routes, closure } = readRouteChunks();
	/** @param {string} file */
	const gzipSize = (file) => gzipSync(readFileSync(join(clientDir, file))).length;

	return [...routes]
		.sort((a, b) => a.route.localeCompare(b.route))
		.map(({ route, nodes, forum, chunks: staticChunks, messages, ownDynamic }) => {
			// A feature's French messages load by dynamic import, but the route's `load` awaits
			// them before the page renders: they count as initial JavaScript. On /forum routes, so
			// does what the page's own modules import dynamically: the forum opens PouchDB (and
			// renders Markdown) as it mounts. What the shell may fetch later for every route
			// (content sync, English messages) does not count.
			const chunks = [...staticChunks];
			for (const chunk of [...messages.fr, ...(forum ? ownDynamic : [])]) {
				if (!chunks.includes(chunk)) chunks.push(chunk);
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
	return markdownTable(header, lines);
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
