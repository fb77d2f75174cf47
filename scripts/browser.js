// One place that decides which Chromium the project drives (tests, icons, benchmarks, audits).
import { existsSync } from 'node:fs';

/** Debian's Chromium when installed (these machines and CI); otherwise Playwright's own. */
export const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch options for `chromium.launch()`. */
export function browserLaunchOptions() {
	const args = [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	];
	if (!existsSync(systemChromium)) return { args };
	return { executablePath: systemChromium, args };
}
