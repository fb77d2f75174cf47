// The pages every quality gate checks (accessibility, text zoom, offline crawl), read from the
// app's own route folders so that a new route is checked as soon as it exists. A route with a
// parameter ([slug], [id]…) is checked on one sample taken from the shipped content feed; a
// parameter this file cannot sample is listed in `unsampledRoutes`, which a11y.e2e.ts refuses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface CheckedPage {
	/** URL path to visit. */
	path: string;
	/** The route it stands for, e.g. `/prestataires/[slug]`. */
	route: string;
}

const routesDir = 'src/routes';

/** The first item of a demo feed (couchdb/demo/content/, which the build's feed is made of). */
function firstItem(feed: string): { id: string; slug?: string } | undefined {
	const items = JSON.parse(readFileSync(`couchdb/demo/content/${feed}.json`, 'utf8')).items;
	return Array.isArray(items) ? items[0] : undefined;
}

/** First plan step id, read from the source (Playwright cannot import `$lib` modules). */
function firstPlanStep(): string | undefined {
	return /id: '([a-z-]+)'/.exec(readFileSync('src/lib/schemas/plan-steps.ts', 'utf8'))?.[1];
}

/** First forum category id, read from the source like the plan step. */
function firstForumCategory(): string | undefined {
	const source = readFileSync('src/lib/schemas/forum.ts', 'utf8');
	return /forumCategories = \[\s*'([a-z-]+)'/.exec(source)?.[1];
}

/** Sample values of a route parameter, by the section (first URL segment) it belongs to. */
const samples: Record<string, () => string | undefined> = {
	prestataires: () => firstItem('providers')?.slug,
	ressources: () => firstItem('resources')?.slug,
	alternatives: () => {
		const item = firstItem('alternatives');
		return item?.slug ?? item?.id;
	},
	plan: firstPlanStep,
	// A category for /forum/[categorie]; /forum/sujet/[id] then shows its "thread not found" state
	// (threads live in CouchDB, not in the static feeds).
	forum: firstForumCategory
};

/** Route ids of every `+page.svelte` under src/routes, route groups `(x)` removed. */
function routeIds(dir = routesDir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return routeIds(path);
		if (name !== '+page.svelte') return [];
		const segments = relative(routesDir, dir)
			.split(sep)
			.filter((segment) => segment !== '' && !/^\(.+\)$/.test(segment));
		return [`/${segments.join('/')}`];
	});
}

function resolveRoute(route: string): string | undefined {
	const segments = route.split('/').filter(Boolean);
	const resolved = segments.map((segment) => {
		if (!segment.startsWith('[')) return segment;
		return samples[segments[0] ?? '']?.();
	});
	if (resolved.some((segment) => segment === undefined)) return undefined;
	return `/${resolved.map((segment) => encodeURIComponent(segment ?? '')).join('/')}`;
}

const all = routeIds().sort();

/** Every route of the app (one sample per parameterised route), in a stable order. */
export const checkedPages: CheckedPage[] = all.flatMap((route) => {
	const path = resolveRoute(route);
	return path ? [{ path, route }] : [];
});

/** Parameterised routes with no sample: add a sampler to `samples` above. */
export const unsampledRoutes: string[] = all.filter((route) => resolveRoute(route) === undefined);

/** Pages in an empty or "nothing found" state, on top of `checkedPages` without content. */
export const emptyStatePages: CheckedPage[] = [
	{ path: '/prestataires?q=zzzzqqqxw', route: 'directory search with no match' },
	{ path: '/prestataires/selection', route: 'empty shortlist' },
	{ path: '/prestataires/prestataire-inexistant', route: 'unknown provider' },
	{ path: '/nulle-part', route: 'unknown URL (error page)' }
];
