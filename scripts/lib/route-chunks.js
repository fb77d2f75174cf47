// Runs in Node, on the last build: which files each route of the app needs before it renders, read
// from Vite's manifest, `.vite/chunk-modules.json` (scripts/lib/chunk-modules-plugin.js) and
// SvelteKit's route dictionary. Shared by the bundle budget (scripts/bundle-budget.js) and the
// shell's route preloads (scripts/lib/route-preloads.js), so both count the same files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const defaultKitDir = resolve(import.meta.dirname, '../../.svelte-kit');
const nodePrefix = '.svelte-kit/generated/client-optimized/nodes/';

/**
 * @typedef {{ file: string, name?: string, src?: string, isEntry?: boolean,
 *   isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[] }}
 *   ManifestChunk
 * @typedef {'fr' | 'en'} MessagesLocale
 * @typedef {{ route: string, nodes: string[], forum: boolean, chunks: ManifestChunk[],
 *   messages: Record<MessagesLocale, ManifestChunk[]>, ownDynamic: ManifestChunk[] }} RouteChunks
 */

/** SvelteKit's route dictionary (`"/x": [leaf, layouts?, errors?]`) from the generated app. */
function readDictionary(/** @type {string} */ kitDir) {
	const app = readFileSync(join(kitDir, 'generated/client-optimized/app.js'), 'utf8');
	const literal = /export const dictionary = (\{[\s\S]*?\n\t\});/.exec(app)?.[1];
	if (!literal) throw new Error('No route dictionary in .svelte-kit/generated: build first.');
	/** @type {Record<string, [number, (number | undefined)[]?, (number | undefined)[]?]>} */
	const dictionary = new Function(`return ${literal}`)();
	return dictionary;
}

/** A feature's messages module in `locale` (`src/lib/i18n/messages/<feature>.<locale>.ts`). */
const isFeatureMessages = (/** @type {string} */ id, /** @type {MessagesLocale} */ locale) =>
	new RegExp(`[\\\\/]i18n[\\\\/]messages[\\\\/][^\\\\/]+\\.${locale}\\.ts$`).test(id);
/** The shell's own messages in `locale` (`src/lib/i18n/messages/<locale>.ts`). */
const isCoreMessages = (/** @type {string} */ id, /** @type {MessagesLocale} */ locale) =>
	new RegExp(`[\\\\/]i18n[\\\\/]messages[\\\\/]${locale}\\.ts$`).test(id);

/**
 * Reads the last build: the client directory, every chunk's static closure, and per route (in the
 * dictionary's order, which is the order SvelteKit's router matches them in) the chunks it needs.
 * @param {string} [kitDir] SvelteKit's output folder (`.svelte-kit`)
 */
export function readRouteChunks(kitDir = defaultKitDir) {
	const clientDir = join(kitDir, 'output/client');
	/** @type {Record<string, ManifestChunk>} */
	const manifest = JSON.parse(readFileSync(join(clientDir, '.vite/manifest.json'), 'utf8'));
	/** @type {Record<string, string[]>} */
	const modules = JSON.parse(readFileSync(join(clientDir, '.vite/chunk-modules.json'), 'utf8'));
	const entries = Object.keys(manifest).filter(
		(key) => manifest[key]?.isEntry && !manifest[key]?.isDynamicEntry
	);
	/** @param {number} index */
	const nodeKey = (index) => `${nodePrefix}${index}.js`;
	/** @param {string} key */
	const chunkOf = (key) => {
		const chunk = manifest[key];
		if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
		return chunk;
	};
	/** @param {ManifestChunk} chunk @param {(id: string) => boolean} test */
	const holds = (chunk, test) => (modules[chunk.file] ?? []).some(test);

	/** Keys reachable from `start` by static imports (and dynamic ones when asked). */
	function closure(/** @type {string[]} */ start, withDynamic = false) {
		const seen = new Set();
		const stack = [...start];
		while (stack.length > 0) {
			const key = /** @type {string} */ (stack.pop());
			if (seen.has(key)) continue;
			const chunk = chunkOf(key);
			seen.add(key);
			stack.push(...(chunk.imports ?? []));
			if (withDynamic) stack.push(...(chunk.dynamicImports ?? []));
		}
		return [...seen].map(chunkOf);
	}
	/** Keys of the chunks imported dynamically by `chunks`. @param {ManifestChunk[]} chunks */
	const dynamicKeys = (chunks) => chunks.flatMap((chunk) => chunk.dynamicImports ?? []);

	// What every route loads: SvelteKit's entry and the root layout (the fallback page preloads
	// them), and the error page, which the client fetches with every route.
	const rootChunks = closure([...entries, nodeKey(0)]);
	const shellFiles = new Set(closure([...entries, nodeKey(0), nodeKey(1)]).map((c) => c.file));
	/** The shell's English messages (the French ones are in the shell). */
	const coreEnglish = closure(
		dynamicKeys(rootChunks).filter((key) => holds(chunkOf(key), (id) => isCoreMessages(id, 'en')))
	);

	/** @type {RouteChunks[]} */
	const routes = Object.entries(readDictionary(kitDir)).map(
		([route, [leaf, layouts = [], errors = []]]) => {
			const leafIndex = leaf < 0 ? ~leaf : leaf;
			const nodes = [0, ...layouts, 1, ...errors, leafIndex]
				.filter((index) => index !== undefined)
				.map((index) => nodeKey(index));
			const chunks = closure([...entries, ...nodes]);
			// A feature's messages load by dynamic import, but the route's `load` awaits them before
			// the page renders.
			const routeDynamic = dynamicKeys(chunks.filter((chunk) => !shellFiles.has(chunk.file)));
			/** @param {MessagesLocale} locale */
			const messagesIn = (locale) =>
				closure(
					routeDynamic.filter((key) => holds(chunkOf(key), (id) => isFeatureMessages(id, locale)))
				);
			// What the page's own modules import dynamically (the forum opens PouchDB as it mounts).
			const ownDynamic = closure(
				dynamicKeys(closure([nodeKey(leafIndex)]).filter((chunk) => !shellFiles.has(chunk.file))),
				true
			);
			return {
				route,
				nodes,
				forum: route === '/forum' || route.startsWith('/forum/'),
				chunks,
				messages: { fr: messagesIn('fr'), en: messagesIn('en') },
				ownDynamic
			};
		}
	);

	return { clientDir, entries, modules, rootChunks, coreEnglish, routes, closure, nodeKey };
}
