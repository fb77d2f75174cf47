// Content versions for end-to-end tests: the demo feeds (couchdb/demo/content, what the build's
// feed is made of), changed as a test needs, cut into chunks as editors publish them
// (src/lib/content/feed-chunks.js), and served in place of the server's.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { buildChunkedVersion, type ChunkedManifest } from '../../src/lib/content/feed-chunks.js';

export const feedKinds = ['providers', 'resources', 'alternatives', 'emancipations'] as const;
export type FeedKind = (typeof feedKinds)[number];
type Items = { id: string; [field: string]: unknown }[];

/** The demo feed of `kind`'s items, as the build ships them. */
export function demoItems(kind: FeedKind): Items {
	return JSON.parse(readFileSync(`couchdb/demo/content/${kind}.json`, 'utf8')).items;
}

export interface PublishedVersion {
	manifest: ChunkedManifest;
	/** Chunk path (`/data/chunks/<sha>.json`) → text. */
	chunks: Map<string, string>;
}

/** A version of the demo content with some feeds replaced. */
export async function publishVersion(
	replaced: Partial<Record<FeedKind, Items>> = {}
): Promise<PublishedVersion> {
	const feeds = Object.fromEntries(
		feedKinds.map((kind) => [kind, { demo: true, items: replaced[kind] ?? demoItems(kind) }])
	);
	const { manifest, chunks } = await buildChunkedVersion(feeds);
	return {
		manifest,
		chunks: new Map(chunks.map((chunk) => [`/data/chunks/${chunk.sha256}.json`, chunk.text]))
	};
}

/** The chunk paths a version lists that another does not. */
export function newChunks(version: PublishedVersion, previous: PublishedVersion): string[] {
	return [...version.chunks.keys()].filter((path) => !previous.chunks.has(path));
}

/**
 * Serves `version` instead of the server's content (its manifest, and its chunks the server does
 * not have), and records every chunk request (path and query).
 */
export async function serveVersion(
	target: Page | BrowserContext,
	version: PublishedVersion
): Promise<string[]> {
	const requests: string[] = [];
	await target.route(
		(url) => url.pathname === '/data/manifest.json',
		(route) => route.fulfill({ json: version.manifest })
	);
	await target.route(
		(url) => url.pathname.startsWith('/data/chunks/'),
		(route: Route) => {
			const url = new URL(route.request().url());
			requests.push(url.pathname + url.search);
			const text = version.chunks.get(url.pathname);
			return text === undefined
				? route.continue()
				: route.fulfill({ body: text, contentType: 'application/json' });
		}
	);
	return requests;
}
