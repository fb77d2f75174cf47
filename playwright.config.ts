import { defineConfig, devices } from '@playwright/test';
import { browserLaunchOptions } from './scripts/browser.js';

const port = Number(process.env.E2E_PORT ?? 4317);

/** End-to-end tests drive the built app, served by the real `npm start` server, in Chromium. */
export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'fr-FR',
		trace: 'retain-on-failure',
		launchOptions: browserLaunchOptions()
	},
	projects: [
		{ name: 'phone', use: { ...devices['Pixel 7'], launchOptions: browserLaunchOptions() } },
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], launchOptions: browserLaunchOptions() },
			testMatch: '**/layout.e2e.ts'
		}
	],
	webServer: {
		// A fresh data folder each run; `npm start` builds the app first when sources changed.
		command: `rm -rf .data/e2e && npm start`,
		// Every test signs up from the same address: the sign-up and log-in limits are raised.
		env: {
			PORT: String(port),
			DATA_DIR: '.data/e2e',
			HOST: '127.0.0.1',
			SIGNUPS_PER_HOUR: '100000',
			LOGIN_FAILURES: '1000',
			LOGINS_PER_ACCOUNT: '100000',
			LOGINS_PER_ADDRESS: '100000',
			FEEDS_PER_ADDRESS: '100000',
			GATEWAY_LOG_REFUSALS: '1'
		},
		url: `http://localhost:${port}/db/`,
		reuseExistingServer: !process.env.CI,
		timeout: 240_000,
		stdout: 'pipe'
	}
});
