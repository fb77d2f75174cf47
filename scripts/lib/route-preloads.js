// Runs in Node, at build time (svelte.config.js): puts in the SPA shell (`index.html`, served for
// every URL, online by the server and offline by the service worker) a small inline script that
// asks for the current route's code as the HTML is parsed. Without it, the browser learns which
// files a page needs only once SvelteKit's router has started and fetched the page's module: on a
// slow network, two round trips more before the page's first paint.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { withPolicyMeta } from './content-security-policy.js';
import { readRouteChunks } from './route-chunks.js';

/**
 * @typedef {{ files: string[], routes: [string, number[], number[], number[]][],
 *   english: number[] }} PreloadMap
 *   files: paths under the immutable folder; routes: [pattern, files, French messages' files,
 *   English messages' files], in the router's order; english: the shell's English messages
 */

/**
 * The pattern SvelteKit matches a route id against (`/plan/[id]/etape/[step]` →
 * `^/plan/[^/]+/etape/[^/]+/?$`). Only the route syntax this app uses is accepted: anything else
 * fails the build here rather than preloading the wrong page.
 * @param {string} routeId
 */
export function routePattern(routeId) {
	const segments = routeId
		.split('/')
		.filter(Boolean)
		.map((segment) => {
			if (/^\[[a-z_]\w*\]$/i.test(segment)) return '[^/]+';
			if (/^[\w.~-]+$/.test(segment)) return segment.replace(/\./g, '\\.');
			throw new Error(`Route ${routeId}: "${segment}" is not supported by the route preloads.`);
		});
	return segments.length === 0 ? '^/$' : `^/${segments.join('/')}/?$`;
}

/**
 * For each route, the files its first paint needs that the shell does not already load: its
 * layouts', page's and error page's modules and CSS, and its feature's messages per language.
 * @param {ReturnType<typeof readRouteChunks>} build
 * @param {string} immutablePrefix the immutable folder as the manifest names it (`_app/immutable/`)
 * @returns {PreloadMap}
 */
export function buildPreloadMap(build, immutablePrefix) {
	const inShell = new Set(build.rootChunks.flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]));
	/** @type {string[]} */
	const files = [];
	/** @param {import('./route-chunks.js').ManifestChunk[]} chunks */
	const indexesOf = (chunks) => {
		const needed = [
			...new Set(chunks.flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]))
		].filter((file) => !inShell.has(file));
		return needed.map((file) => {
			if (!file.startsWith(immutablePrefix)) throw new Error(`${file} is not immutable`);
			const name = file.slice(immutablePrefix.length);
			const known = files.indexOf(name);
			return known >= 0 ? known : files.push(name) - 1;
		});
	};
	const routes = build.routes.map(
		({ route, chunks, messages }) =>
			/** @type {[string, number[], number[], number[]]} */ ([
				routePattern(route),
				indexesOf(chunks),
				indexesOf(messages.fr),
				indexesOf(messages.en)
			])
	);
	return { files, routes, english: indexesOf(build.coreEnglish) };
}

/**
 * The inline script: finds the route of `location.pathname` (first match, like the router) and adds
 * a `modulepreload` per module and a `preload` per stylesheet (SvelteKit then inserts the
 * stylesheets in its usual order: the preload only fetches them early), plus the messages of the
 * language `<html lang>` holds (set from the saved choice by the script before this one).
 * @param {PreloadMap} map
 * @param {string} baseUrl the immutable folder's URL (`/_app/immutable/`)
 */
export function preloadScript(map, baseUrl) {
	const data = JSON.stringify({ b: baseUrl, f: map.files, r: map.routes, e: map.english });
	return `<script>
			// The current page's code, fetched while SvelteKit's own starts (scripts/lib/route-preloads.js).
			((m) => {
				const path = location.pathname;
				const route = m.r.find(([pattern]) => new RegExp(pattern).test(path));
				if (!route) return;
				const english = document.documentElement.lang === 'en';
				for (const i of [...route[1], ...(english ? [...m.e, ...route[3]] : route[2])]) {
					const link = document.createElement('link');
					const file = m.f[i];
					if (file.endsWith('.css')) {
						link.rel = 'preload';
						link.as = 'style';
					} else link.rel = 'modulepreload';
					link.crossOrigin = '';
					link.href = m.b + file;
					document.head.append(link);
				}
			})(${data});
		</script>
		`;
}

/**
 * Inserts `script` into the shell's head, before its first stylesheet: a script after a stylesheet
 * would wait for it to download before running.
 * @param {string} html
 * @param {string} script
 */
export function injectIntoShell(html, script) {
	const headEnd = html.indexOf('</head>');
	if (headEnd < 0) throw new Error('The shell has no </head>.');
	const stylesheet = html.slice(0, headEnd).search(/<link[^>]*rel="stylesheet"/);
	const at = stylesheet >= 0 ? stylesheet : headEnd;
	return html.slice(0, at) + script + html.slice(at);
}

/**
 * Wraps the SvelteKit adapter: once it has written the site, adds the route preloads and the
 * Content-Security-Policy to the SPA shell (before @vite-pwa/sveltekit's service worker precaches
 * it: its revision follows the build).
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {{ pages: string, fallback: string }} output the adapter's folder and fallback page
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withRoutePreloads(adapter, { pages, fallback }) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const { base } = builder.config.kit.paths;
			const immutable = `${builder.config.kit.appDir}/immutable/`;
			const map = buildPreloadMap(readRouteChunks(resolve(builder.config.kit.outDir)), immutable);
			const shell = join(pages, fallback);
			const html = await readFile(shell, 'utf8');
			const withPreloads = injectIntoShell(html, preloadScript(map, `${base}/${immutable}`));
			// Last: the policy names the hash of every inline script, the preloads' included.
			await writeFile(shell, withPolicyMeta(withPreloads));
			builder.log.minor(`Route preloads and Content-Security-Policy added to ${shell}.`);
		}
	};
}
