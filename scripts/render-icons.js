// Renders the PWA icons (PNG) from static/favicon.svg with the local Chromium.
// Run after changing the logo: `node scripts/render-icons.js`. The PNGs are committed.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './browser.js';

const svg = await readFile(new URL('../static/favicon.svg', import.meta.url), 'utf8');
const outputs = [
	{ file: 'icon-192.png', size: 192, maskable: false },
	{ file: 'icon-512.png', size: 512, maskable: false },
	{ file: 'apple-touch-icon.png', size: 180, maskable: true },
	// Maskable: full-bleed background, logo inside the 80% safe zone that launchers may crop to.
	{ file: 'icon-maskable-512.png', size: 512, maskable: true }
];

const browser = await chromium.launch(browserLaunchOptions());
const page = await browser.newPage();
for (const { file, size, maskable } of outputs) {
	const inner = maskable ? Math.round(size * 0.72) : size;
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(`<html><body style="margin:0;display:grid;place-items:center;
		width:${size}px;height:${size}px;background:${maskable ? '#1d4e89' : 'transparent'}">
		<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"
			width="${inner}" height="${inner}"></body></html>`);
	const png = await page.screenshot({ omitBackground: !maskable });
	await writeFile(new URL(`../static/icons/${file}`, import.meta.url), png);
	console.log(`static/icons/${file} (${size}×${size})`);
}
await browser.close();
