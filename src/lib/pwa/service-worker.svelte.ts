import { browser, dev } from '$app/environment';

const hourMs = 60 * 60 * 1000;

/**
 * Service-worker lifecycle as the UI sees it. A new version never takes over by itself
 * (registerType 'prompt'): it waits until the user presses "reload", so nothing typed is lost.
 */
class ServiceWorkerState {
	needRefresh = $state(false);
	offlineReady = $state(false);
	#applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

	/** Registers the generated Workbox service worker once, after the app has started. */
	async register(): Promise<void> {
		if (!browser || dev || !('serviceWorker' in navigator) || this.#applyUpdate) return;
		const { registerSW } = await import('virtual:pwa-register');
		this.#applyUpdate = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.needRefresh = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisteredSW: (_url, registration) => {
				if (registration) watchForUpdates(registration);
			}
		});
	}

	/** Activates the waiting version; the page reloads once it controls it. */
	async applyUpdate(): Promise<void> {
		this.needRefresh = false;
		await this.#applyUpdate?.(true);
	}
}

/** Checks for a new deployment when the app comes back to the foreground or online, and hourly. */
function watchForUpdates(registration: ServiceWorkerRegistration): void {
	const check = () => {
		if (navigator.onLine) registration.update().catch(() => undefined);
	};
	setInterval(check, hourMs);
	window.addEventListener('online', check);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') check();
	});
}

export const serviceWorker = new ServiceWorkerState();
