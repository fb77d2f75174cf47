// Runs in Node: bundles a benchmark's in-browser entry (TypeScript importing the app's real
// modules through $lib) into one ES module, in memory, with Vite's build API.
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/**
 * The minified code of one ES module containing `entry` and everything it imports.
 * @param {string} entry path of the entry, relative to the repository root
 * @returns {Promise<string>}
 */
export async function bundleForBrowser(entry) {
	const output = await build({
		configFile: false,
		root,
		logLevel: 'warn',
		publicDir: false,
		// The app's `.svelte.ts` modules (runes: connectivity, i18n…) are compiled as in the app.
		plugins: [svelte({ configFile: false })],
		// PouchDB imports Node's `events`: the `events` package, as in the app (vite.config.ts).
		resolve: {
			alias: {
				$lib: resolve(root, 'src/lib'),
				'$app/environment': resolve(root, 'bench/lib/app-environment.js')
			}
		},
		// Library mode leaves process.env alone; the browser has no `process`.
		define: { 'process.env.NODE_ENV': JSON.stringify('production') },
		build: {
			lib: { entry: resolve(root, entry), formats: ['es'], fileName: 'bench' },
			write: false,
			minify: true,
			sourcemap: false,
			reportCompressedSize: false,
			rollupOptions: {
				output: { inlineDynamicImports: true },
				// zod's sources carry comments Rollup cannot place; harmless, and noisy on every run.
				onwarn(warning, warn) {
					if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
				}
			}
		}
	});
	const outputs = Array.isArray(output) ? output : [output];
	const chunks = outputs.flatMap((result) =>
		'output' in result ? result.output.filter((item) => item.type === 'chunk') : []
	);
	const [chunk, ...others] = chunks;
	if (!chunk || others.length > 0) {
		throw new Error(`Expected one bundled chunk for ${entry}, got ${chunks.length}`);
	}
	return chunk.code;
}
