// Runs in Chromium, bundled by bench/lib/bundle.js: the content benchmark's measurements, made with
// the app's real modules (the chunker, the zod feed schemas, the content sync into Dexie on
// IndexedDB). The "server" is a fetch answering from memory, so the timings are the device's and
// the publisher's work, not the network's; it counts the bytes and requests it answers.
import Dexie from 'dexie';
import { generateBigTechTools } from '$lib/alternatives/alternative-factory';
import { buildChunkedVersion } from '$lib/content/feed-chunks.js';
import { syncContent } from '$lib/content/sync';
import { PasserelleDatabase } from '$lib/db/database';
import { generateProviders } from '$lib/directory/provider-factory';
import { generateEmancipations } from '$lib/resources/emancipation-factory';
import { generateResources } from '$lib/resources/resource-factory';
import { feedKinds, feedSchemas } from '$lib/schemas/content-feeds';

export interface ContentBenchOptions {
	/** How many providers the published version holds. */
	count: number;
	/** How many times each timing is repeated (the median is reported). */
	repeats: number;
	seed: number;
	dbName: string;
}

export interface ContentBenchResult {
	userAgent: string;
	isCrossOriginIsolated: boolean;
	count: number;
	chunks: number;
	/** Checking every feed with its zod schema, then cutting and hashing the version. */
	publishMs: number[];
	/** Bytes and requests of a first download (manifest + every chunk). */
	fullBytes: number;
	fullRequests: number;
	/** Bytes and requests of the update after one provider changed (manifest + new chunks). */
	updateBytes: number;
	updateRequests: number;
	/** A first load of the version on an empty device: download, checks, store. */
	firstLoadMs: number[];
	/** The update on a device holding the previous version. */
	updateMs: number[];
}

declare global {
	interface Window {
		runContentBench: (options: ContentBenchOptions) => Promise<ContentBenchResult>;
	}
}

function progress(message: string): void {
	console.log(`[bench] ${message}`);
}

async function time<T>(work: () => T | Promise<T>): Promise<[ms: number, value: T]> {
	const start = performance.now();
	const value = await work();
	return [performance.now() - start, value];
}

type Feeds = Record<(typeof feedKinds)[number], { demo: boolean; items: { id: string }[] }>;

/** What the editors' desk does to publish: check each feed with its schema, then cut and hash. */
async function publish(feeds: Feeds) {
	for (const kind of feedKinds) {
		const parsed = feedSchemas[kind].safeParse({ schemaVersion: 1, kind, ...feeds[kind] });
		if (!parsed.success) throw new Error(`${kind}: ${parsed.error.issues[0]?.message}`);
	}
	return buildChunkedVersion(feeds);
}

/** A server answering `/data/…` from a published version, counting what it sends. */
function serverOf({ manifest, chunks }: Awaited<ReturnType<typeof publish>>) {
	const files = new Map<string, string>([['manifest.json', JSON.stringify(manifest)]]);
	for (const chunk of chunks) files.set(`chunks/${chunk.sha256}.json`, chunk.text);
	const sent = { bytes: 0, requests: 0 };
	const encoder = new TextEncoder();
	const fetchImpl: typeof fetch = async (input) => {
		const path = String(input)
			.replace(/^\/data\//, '')
			.replace(/\?.*$/, '');
		const body = files.get(path);
		if (body === undefined) return new Response('not found', { status: 404 });
		const bytes = encoder.encode(body);
		sent.bytes += bytes.length;
		sent.requests++;
		return new Response(bytes);
	};
	return { fetch: fetchImpl, sent };
}

async function freshDatabase(name: string): Promise<PasserelleDatabase> {
	await Dexie.delete(name);
	const db = new PasserelleDatabase(name);
	await db.open();
	return db;
}

async function runContentBench(options: ContentBenchOptions): Promise<ContentBenchResult> {
	progress(`generating ${options.count} providers`);
	const providers = generateProviders(options.count, options.seed);
	const feeds: Feeds = {
		providers: { demo: true, items: providers },
		resources: { demo: true, items: generateResources(60, options.seed) },
		alternatives: { demo: true, items: generateBigTechTools(24, options.seed) },
		emancipations: { demo: true, items: generateEmancipations(30, options.seed) }
	};
	const changedIndex = Math.floor(options.count / 2);
	const changed: Feeds = {
		...feeds,
		providers: {
			demo: true,
			items: providers.map((p, i) =>
				i === changedIndex ? { ...p, name: `${p.name} (modifié)` } : p
			)
		}
	};

	const publishMs: number[] = [];
	let version: Awaited<ReturnType<typeof publish>> | undefined;
	for (let run = 0; run < options.repeats; run++) {
		const [ms, built] = await time(() => publish(feeds));
		progress(`publish ${run + 1}/${options.repeats}: ${ms.toFixed(0)} ms`);
		publishMs.push(ms);
		version = built;
	}
	if (!version) throw new Error('repeats must be at least 1');
	const next = await publish(changed);

	const firstLoadMs: number[] = [];
	const updateMs: number[] = [];
	let full = { bytes: 0, requests: 0 };
	let update = { bytes: 0, requests: 0 };
	for (let run = 0; run < options.repeats; run++) {
		const db = await freshDatabase(options.dbName);
		const first = serverOf(version);
		const [loadMs, loaded] = await time(() => syncContent(db, { fetch: first.fetch }));
		if (loaded.status !== 'updated') throw new Error(`First load: ${JSON.stringify(loaded)}`);
		full = { ...first.sent };
		const second = serverOf(next);
		const [applyMs, applied] = await time(() => syncContent(db, { fetch: second.fetch }));
		if (applied.status !== 'updated') throw new Error(`Update: ${JSON.stringify(applied)}`);
		update = { ...second.sent };
		progress(
			`run ${run + 1}/${options.repeats}: first load ${loadMs.toFixed(0)} ms, ` +
				`update ${applyMs.toFixed(0)} ms`
		);
		firstLoadMs.push(loadMs);
		updateMs.push(applyMs);
		if ((await db.providers.count()) !== options.count) throw new Error('Providers missing');
		db.close();
	}
	await Dexie.delete(options.dbName);

	return {
		userAgent: navigator.userAgent,
		isCrossOriginIsolated: crossOriginIsolated,
		count: options.count,
		chunks: version.chunks.length,
		publishMs,
		fullBytes: full.bytes,
		fullRequests: full.requests,
		updateBytes: update.bytes,
		updateRequests: update.requests,
		firstLoadMs,
		updateMs
	};
}

window.runContentBench = runContentBench;
