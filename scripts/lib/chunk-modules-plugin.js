// Runs in Node, inside `vite build`: writes `.vite/chunk-modules.json` next to Vite's manifest in
// the client output, listing the source modules of every JavaScript chunk. Vite's manifest names
// chunks but not what is inside them; the bundle budget (scripts/bundle-budget.js) needs both to
// tell whether PouchDB sits in a route's initial JavaScript. The file is not copied into build/.

/** @returns {import('vite').Plugin} */
export function chunkModules() {
	return {
		name: 'passerelle:chunk-modules',
		apply: 'build',
		generateBundle(_options, bundle) {
			// Only the browser build: the server build of SvelteKit is never shipped.
			if (this.environment.config.consumer !== 'client') return;
			/** @type {Record<string, string[]>} */
			const modules = {};
			for (const item of Object.values(bundle)) {
				if (item.type === 'chunk') modules[item.fileName] = Object.keys(item.modules);
			}
			this.emitFile({
				type: 'asset',
				fileName: '.vite/chunk-modules.json',
				source: JSON.stringify(modules)
			});
		}
	};
}
