/**
 * Resolves once the page on screen has been painted: on the first page of a visit, after the
 * browser's first contentful paint (an SPA paints nothing before its first page); on later pages,
 * after the next frame. Work started after it (loading the local database, the content check)
 * cannot hold back that paint, even when its code comes from the service worker's cache and would
 * run at once. A hidden tab paints nothing: the work then starts without waiting.
 */
export function afterNextPaint(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
			return resolve();
		}
		const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
		if (painted() || typeof PerformanceObserver !== 'function') {
			requestAnimationFrame(() => setTimeout(resolve, 0));
			return;
		}
		// Should no paint be reported (an old browser, the tab hidden meanwhile), go on anyway.
		const fallback = setTimeout(done, 1000);
		const observer = new PerformanceObserver(() => {
			if (painted()) done();
		});
		observer.observe({ type: 'paint' });
		function done() {
			observer.disconnect();
			clearTimeout(fallback);
			resolve();
		}
	});
}

/**
 * Runs `task` once the page has loaded, painted, and the browser has a quiet moment. Background
 * work that the page on screen does not wait for (the service worker's precache, the content
 * check) then stays off the first paint's network and main thread, which matters most on a slow
 * phone. In this single-page app the `load` event comes before the route's own code has arrived
 * (SvelteKit imports it), hence the wait for a paint: the caller runs as the page mounts.
 */
export function afterPageLoad(task: () => void): void {
	const whenIdle = () =>
		void afterNextPaint().then(() => {
			if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 });
			else setTimeout(task, 200);
		});
	if (document.readyState === 'complete') whenIdle();
	else window.addEventListener('load', whenIdle, { once: true });
}
