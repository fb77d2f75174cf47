import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { ManifestChunk } from './route-chunks.js';
import { buildPreloadMap, injectIntoShell, preloadScript, routePattern } from './route-preloads.js';

const chunk = (file: string, css: string[] = []): ManifestChunk => ({ file, css });
const entry = chunk('_app/immutable/entry/start.js');
const layout = chunk('_app/immutable/nodes/0.js', ['_app/immutable/assets/0.css']);
const error = chunk('_app/immutable/nodes/1.js');
const shared = chunk('_app/immutable/chunks/shared.js');
const planPage = chunk('_app/immutable/nodes/13.js', ['_app/immutable/assets/13.css']);
const planFr = chunk('_app/immutable/chunks/plan-fr.js');
const planEn = chunk('_app/immutable/chunks/plan-en.js');
const coreEn = chunk('_app/immutable/chunks/en.js');

/** A build with a home page and a plan page whose layout loads its messages. */
const build = {
	rootChunks: [entry, layout],
	coreEnglish: [coreEn],
	routes: [
		{ route: '/', chunks: [entry, layout, error], messages: { fr: [], en: [] } },
		{
			route: '/plan/[id]',
			chunks: [entry, layout, error, planPage, shared],
			messages: { fr: [planFr], en: [planEn] }
		}
	]
} as unknown as Parameters<typeof buildPreloadMap>[0];

/** Runs the shell's inline script at `path` with `<html lang>`; returns the links it added. */
function linksAddedAt(path: string, lang: string, script: string) {
	const links: { rel: string; as?: string; href: string; crossOrigin?: string }[] = [];
	const document = {
		documentElement: { lang },
		createElement: () => ({}),
		head: { append: (link: (typeof links)[number]) => links.push(link) }
	};
	const code = /<script>([\s\S]*)<\/script>/.exec(script)?.[1] ?? '';
	runInNewContext(code, { document, location: { pathname: path } });
	return links.map(({ rel, as, href }) => `${rel}${as ? `:${as}` : ''} ${href}`);
}

describe('route preloads', () => {
	it('turns route ids into the patterns the router matches', () => {
		expect(routePattern('/')).toBe('^/$');
		expect(routePattern('/prestataires')).toBe('^/prestataires/?$');
		const step = new RegExp(routePattern('/plan/[id]/etape/[step]'));
		expect(step.test('/plan/abc-1/etape/3')).toBe(true);
		expect(step.test('/plan/abc-1/etape/3/')).toBe(true);
		expect(step.test('/plan/abc-1/etape')).toBe(false);
		expect(step.test('/plan/abc-1/etape/3/x')).toBe(false);
	});

	it('refuses route syntax it does not handle rather than preloading the wrong files', () => {
		expect(() => routePattern('/docs/[...path]')).toThrow(/not supported/);
		expect(() => routePattern('/(group)/page')).toThrow(/not supported/);
		expect(() => routePattern('/a/[[lang]]')).toThrow(/not supported/);
	});

	it('lists only what the shell does not already load, each file once', () => {
		const map = buildPreloadMap(build, '_app/immutable/');
		expect(map.files).toEqual([
			'nodes/1.js',
			'nodes/13.js',
			'assets/13.css',
			'chunks/shared.js',
			'chunks/plan-fr.js',
			'chunks/plan-en.js',
			'chunks/en.js'
		]);
		expect(map.routes).toEqual([
			['^/$', [0], [], []],
			['^/plan/[^/]+/?$', [0, 1, 2, 3], [4], [5]]
		]);
		expect(map.english).toEqual([6]);
	});

	it('preloads the current route and the messages of the page’s language', () => {
		const script = preloadScript(buildPreloadMap(build, '_app/immutable/'), '/_app/immutable/');
		expect(linksAddedAt('/plan/p1', 'fr', script)).toEqual([
			'modulepreload /_app/immutable/nodes/1.js',
			'modulepreload /_app/immutable/nodes/13.js',
			'preload:style /_app/immutable/assets/13.css',
			'modulepreload /_app/immutable/chunks/shared.js',
			'modulepreload /_app/immutable/chunks/plan-fr.js'
		]);
		expect(linksAddedAt('/plan/p1', 'en', script).slice(-2)).toEqual([
			'modulepreload /_app/immutable/chunks/en.js',
			'modulepreload /_app/immutable/chunks/plan-en.js'
		]);
		expect(linksAddedAt('/nowhere', 'fr', script)).toEqual([]);
	});

	it('goes in the head before the first stylesheet, so it does not wait for it', () => {
		const html =
			'<head><link href="/a.js" rel="modulepreload">\n<link href="/a.css" rel="stylesheet"></head>';
		expect(injectIntoShell(html, '<script></script>')).toBe(
			'<head><link href="/a.js" rel="modulepreload">\n<script></script><link href="/a.css" rel="stylesheet"></head>'
		);
		expect(injectIntoShell('<head></head>', 'S')).toBe('<head>S</head>');
	});
});
