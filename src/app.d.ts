// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The app's version from package.json (vite.config.ts `define`), shown in the settings. */
	const __APP_VERSION__: string;

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
