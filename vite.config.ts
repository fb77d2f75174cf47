import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { chunkCacheName } from './src/lib/content/feed-fetch';
import { webManifest } from './src/lib/pwa/web-manifest';
import { chunkModules } from './scripts/lib/chunk-modules-plugin.js';

// In `vite dev`, /db is proxied to a running embedded server (`npm start`), so the dev app talks to
// the same CouchDB API as production, on the same origin.
const dbProxyTarget = process.env.DB_PROXY_TARGET ?? 'http://localhost:4173';

const packageVersion: string = JSON.parse(readFileSync('package.json', 'utf8')).version;

export default defineConfig({
	// The version people read in the settings (SvelteKit's own `version` is the build's time).
	define: { __APP_VERSION__: JSON.stringify(packageVersion) },
	plugins: [
		sveltekit(),
		chunkModules(),
		SvelteKitPWA({
			// 'prompt': a new version waits until the user chooses to reload, so nothing typed is lost.
			registerType: 'prompt',
			injectRegister: false,
			// Absolute: SvelteKit's relative base ('./') would register `./sw.js` against the first
			// page's URL, so a first visit to /forum/connexion or /plan/… would ask for /plan/sw.js
			// (a 404) and never get the offline shell.
			scope: '/',
			buildBase: '/',
			manifest: webManifest,
			kit: { adapterFallback: 'index.html', spa: true },
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}',
					// The build's content version, so a first start offline has the directory.
					'client/data/manifest.json',
					'client/data/chunks/*.json'
				],
				// Files named by their content need no revision: a deployment that lists the same
				// chunk again does not download it again. (This replaces the plugin's default, the
				// first alternative.)
				dontCacheBustURLsMatching: /(?:_app\/immutable\/|data\/chunks\/[0-9a-f]{64}\.json$)/,
				// Chunks published by editors after the build: kept once fetched (a chunk never
				// changes under its name), so a device that was online once has them offline. A query
				// string means "past the caches" (src/lib/content/feed-fetch.ts).
				runtimeCaching: [
					{
						urlPattern: ({ url, sameOrigin }) =>
							sameOrigin &&
							url.search === '' &&
							/^\/data\/chunks\/[0-9a-f]{64}\.json$/.test(url.pathname),
						handler: 'CacheFirst',
						options: {
							cacheName: chunkCacheName,
							cacheableResponse: { statuses: [200] },
							expiration: { maxEntries: 500, purgeOnQuotaError: true }
						}
					}
				],
				navigateFallback: '/index.html',
				// The CouchDB API is live data: never answer it from the shell cache.
				navigateFallbackDenylist: [/^\/db(\/|$)/],
				cleanupOutdatedCaches: true
			}
		})
	],
	// PouchDB (forum) imports Node's `events`: in the browser that resolves to the `events` package
	// (a dependency), the browser port of Node's EventEmitter.
	resolve: {
		alias: [
			// Dexie's ES2018 build: the default one carries polyfills no supported browser needs.
			{
				find: /^dexie$/,
				replacement: fileURLToPath(
					new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)
				)
			}
		]
	},
	// The content worker (src/lib/content/sync.worker.ts) is started with `type: 'module'`.
	worker: { format: 'es' },
	build: {
		rollupOptions: {
			output: {
				// Svelte's and SvelteKit's runtime, which every page needs, as one file instead of a
				// few dozen: over HTTP/1.1 (six connections) each small file costs a round trip.
				manualChunks: (id) =>
					/[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue)[\\/]/.test(id)
						? 'framework'
						: undefined
			}
		}
	},
	server: { proxy: { '/db': { target: dbProxyTarget, changeOrigin: false } } },
	test: {
		include: ['src/**/*.spec.ts', 'couchdb/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		testTimeout: 20_000,
		hookTimeout: 60_000
	}
});
