// Runs in Node: the Content-Security-Policy of the app's shell, at build time (a <meta> in the
// shell, so any web server serving build/ applies it) and in the embedded server (the same policy
// as a header, with the directives only a header can carry). Scripts: the app's own files and the
// shell's few inline scripts by their SHA-256 hash, never 'unsafe-inline' or 'unsafe-eval'.
import { createHash } from 'node:crypto';

/** The text of each inline `<script>` (one with no `src`). @param {string} html */
export function inlineScripts(html) {
	return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
		(match) => match[1] ?? ''
	);
}

/**
 * @param {string} html the shell
 * @param {{ header?: boolean }} [options] `header`: add what a <meta> cannot say (framing)
 */
export function contentSecurityPolicy(html, { header = false } = {}) {
	const hashes = inlineScripts(html).map(
		(text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
	);
	return [
		"default-src 'self'",
		['script-src', "'self'", ...hashes].join(' '),
		// Svelte sets style attributes; styles cannot run code.
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		...(header ? ["frame-ancestors 'none'"] : [])
	].join('; ');
}

/**
 * Adds the policy at the start of the shell's <head> (after its charset), before any script.
 * @param {string} html
 */
export function withPolicyMeta(html) {
	const without = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
	const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(without)}">`;
	const anchor = without.search(/<meta charset[^>]*>/i);
	const head = anchor >= 0 ? anchor : without.search(/<head[^>]*>/i);
	if (head < 0) throw new Error('The shell has no <head>.');
	const at = without.indexOf('>', head) + 1;
	return without.slice(0, at) + meta + without.slice(at);
}
