import { browser } from '$app/environment';

/**
 * The browser's own view of the network. It only says whether a network interface is up;
 * the forum's sync controller refines this into "up to date", "syncing", etc.
 */
class Connectivity {
	#online = $state(browser ? navigator.onLine : true);

	constructor() {
		if (!browser) return;
		window.addEventListener('online', () => (this.#online = true));
		window.addEventListener('offline', () => (this.#online = false));
	}

	get online(): boolean {
		return this.#online;
	}
}

export const connectivity = new Connectivity();
