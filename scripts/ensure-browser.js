// Before the end-to-end tests: make sure a Chromium exists. These machines and CI use Debian's
// (/usr/bin/chromium, installed by .ci/run); a developer laptop falls back to Playwright's own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.js';

if (existsSync(systemChromium)) {
	console.log(`Using ${systemChromium}`);
} else if (existsSync(chromium.executablePath())) {
	console.log(`Using Playwright's Chromium at ${chromium.executablePath()}`);
} else {
	console.log('No Chromium found: installing Playwright’s own (needs internet access)…');
	execFileSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], {
		stdio: 'inherit'
	});
}
