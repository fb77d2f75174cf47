/**
 * Runs `task` once the page has loaded and the browser has a quiet moment. Background work that
 * the page on screen does not wait for (the service worker's precache, the content check) then
 * stays off the first paint's network and main thread, which matters most on a slow phone.
 */
export function afterPageLoad(task: () => void): void {
	const whenIdle = () => {
		if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 });
		else setTimeout(task, 200);
	};
	if (document.readyState === 'complete') whenIdle();
	else window.addEventListener('load', whenIdle, { once: true });
}
