// Runs in Node (the server): the built SvelteKit app. Hashed assets are cached for a year, the
// shell and the service worker always revalidated (so a deployment is seen), and the SPA shell
// answers any page URL, under the shell's Content-Security-Policy.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express from 'express';
import { contentSecurityPolicy } from '../../scripts/lib/content-security-policy.js';

/** @param {string} buildDir */
export function staticApp(buildDir) {
	const router = express.Router();
	const shell = join(resolve(buildDir), 'index.html');
	const policy = contentSecurityPolicy(existsSync(shell) ? readFileSync(shell, 'utf8') : '', {
		header: true
	});
	router.use((req, res, next) => {
		res.setHeader('Content-Security-Policy', policy);
		next();
	});
	router.use(
		express.static(buildDir, {
			index: 'index.html',
			setHeaders(res, path) {
				// Hashed assets, and content chunks named by their digest, never change.
				if (path.includes('/_app/immutable/') || /\/data\/chunks\/[0-9a-f]{64}\.json$/.test(path)) {
					res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
				} else {
					res.setHeader('Cache-Control', 'no-cache');
				}
				if (path.endsWith('.webmanifest'))
					res.setHeader('Content-Type', 'application/manifest+json');
			}
		})
	);
	router.get(/.*/, (req, res, next) => {
		// Files with an extension are real assets: a missing one is a 404, never the HTML shell.
		if (/\.[a-z0-9]+$/i.test(req.path) || !existsSync(shell)) return next();
		res.setHeader('Cache-Control', 'no-cache');
		res.sendFile(shell);
	});
	return router;
}
