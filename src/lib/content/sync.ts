import type { ContentChunkRow, PasserelleDatabase } from '$lib/db/database';
import { feedKinds, feedSchemas, type FeedItems } from '$lib/schemas/content-feeds';
import {
	contentManifestSchema,
	type ContentManifest,
	type FeedEntry,
	type FeedKind
} from '$lib/schemas/content-manifest';
import type { z } from 'zod';
import { sha256OfText } from './feed-chunks.js';
import { ContentUnreachableError, fetchChunk, fetchContentFile } from './feed-fetch';

/** Why a content update was refused; the previous content stays in place in every case. */
export type ContentProblem =
	| 'unreachable'
	| 'manifest-missing'
	| 'manifest-invalid'
	| 'feed-missing'
	| 'feed-corrupt'
	| 'feed-invalid'
	| 'storage-failed';

export type ContentSyncResult =
	| { status: 'updated'; version: string }
	| { status: 'unchanged'; version: string }
	| { status: 'refused'; problem: ContentProblem; detail: string };

/** The Dexie table each feed kind's items are swapped into. */
const feedTables = {
	providers: 'providers',
	resources: 'resources',
	alternatives: 'alternatives',
	emancipations: 'emancipations'
} as const satisfies Record<FeedKind, string>;

/** Every feed's items, checked (digests and schema), as they are about to be stored. */
export type ValidatedFeeds = FeedItems;

/** Chunks downloaded at once: enough to fill a phone's connection, few enough not to queue. */
const parallelDownloads = 6;

class ContentRefusal extends Error {
	constructor(
		readonly problem: ContentProblem,
		readonly detail: string
	) {
		super(`${problem}: ${detail}`);
	}
}

interface SyncOptions {
	baseUrl?: string;
	fetch?: typeof fetch;
	/** Check and swap in the published version even when it is the one already loaded. */
	force?: boolean;
	now?: () => Date;
	/**
	 * Called with the new content once every feed passed its checks, before it is stored (the
	 * content worker prepares the directory's search index from it meanwhile).
	 */
	onValidated?: (feeds: ValidatedFeeds) => void;
}

/**
 * Brings the local content (directory, resources…) up to the published version: fetches the
 * manifest and, when its version differs, the chunks this device does not hold yet (each checked
 * against its digest), checks each feed whole with its zod schema and swaps every feed into Dexie
 * in one transaction, keeping exactly the chunks the version lists. Anything wrong and nothing is
 * written: the old content stays.
 */
export async function syncContent(
	db: PasserelleDatabase,
	{
		baseUrl = '/data',
		fetch: fetchImpl = fetch,
		force = false,
		now = () => new Date(),
		onValidated
	}: SyncOptions = {}
): Promise<ContentSyncResult> {
	try {
		const { manifest, isFresh } = await loadManifest(baseUrl, fetchImpl, now);
		const stored = await db.contentMeta.bulkGet(feedKinds);
		const isCurrent = stored.every((meta) => meta?.version === manifest.version);
		if (isCurrent && !force) return { status: 'unchanged', version: manifest.version };
		// Offline, the manifest is the copy cached with the app: the build's version, which may be
		// older than what this device has from the server. It fills an empty device (a first start
		// offline), never replaces content.
		if (!isFresh && stored.some(Boolean)) {
			throw new ContentUnreachableError(`${baseUrl}/manifest.json`);
		}

		const entries = feedEntries(manifest);
		const { texts, fetched } = await gatherChunks(db, entries, baseUrl, fetchImpl);
		const assembled = {} as Record<FeedKind, AssembledFeed>;
		for (const kind of feedKinds) assembled[kind] = assembleFeed(kind, entries[kind], texts);
		onValidated?.(
			Object.fromEntries(feedKinds.map((kind) => [kind, assembled[kind].items])) as ValidatedFeeds
		);

		const loadedAt = now().toISOString();
		const downloaded = new Set(fetched.map((chunk) => chunk.sha256));
		const tables = [
			db.contentMeta,
			db.contentChunks,
			...feedKinds.map((kind) => db.table(feedTables[kind]))
		];
		await db.transaction('rw', tables, async () => {
			for (const kind of feedKinds) {
				const { items } = assembled[kind];
				await swapItems(db.table(feedTables[kind]), assembled[kind], (sha) =>
					force ? true : downloaded.has(sha)
				);
				await db.contentMeta.put({
					kind,
					version: manifest.version,
					loadedAt,
					count: items.length
				});
			}
			await db.contentChunks.bulkPut(fetched);
			// Chunks of earlier versions that this one no longer lists.
			const held = await db.contentChunks.toCollection().primaryKeys();
			await db.contentChunks.bulkDelete(held.filter((sha) => !texts.has(sha)));
		});
		return { status: 'updated', version: manifest.version };
	} catch (error) {
		if (error instanceof ContentRefusal) {
			return { status: 'refused', problem: error.problem, detail: error.detail };
		}
		if (error instanceof ContentUnreachableError) {
			return { status: 'refused', problem: 'unreachable', detail: error.message };
		}
		throw error;
	}
}

async function loadManifest(
	baseUrl: string,
	fetchImpl: typeof fetch,
	now: () => Date
): Promise<{ manifest: ContentManifest; isFresh: boolean }> {
	const file = await fetchContentFile(
		`${baseUrl}/manifest.json`,
		fetchImpl,
		String(now().getTime())
	);
	if (!file) throw new ContentRefusal('manifest-missing', 'manifest.json not found');
	const parsed = contentManifestSchema.safeParse(parseJson(file.bytes, 'manifest-invalid'));
	if (!parsed.success) {
		throw new ContentRefusal('manifest-invalid', `manifest.json: ${describeIssue(parsed.error)}`);
	}
	return { manifest: parsed.data, isFresh: file.isFresh };
}

/** Every feed kind's entry; a newer kind the publisher left out is an empty feed. */
function feedEntries(manifest: ContentManifest): Record<FeedKind, FeedEntry> {
	const entries = {} as Record<FeedKind, FeedEntry>;
	for (const kind of feedKinds) {
		entries[kind] = manifest.feeds[kind] ?? { kind, demo: false, count: 0, chunks: [] };
	}
	return entries;
}

/**
 * The text of every chunk the version lists: those this device holds (checked against their
 * digest: a damaged one is fetched again), and the others downloaded, a few at a time.
 */
async function gatherChunks(
	db: PasserelleDatabase,
	entries: Record<FeedKind, FeedEntry>,
	baseUrl: string,
	fetchImpl: typeof fetch
): Promise<{ texts: Map<string, string>; fetched: ContentChunkRow[] }> {
	const listed = [
		...new Set(feedKinds.flatMap((kind) => entries[kind].chunks.map((chunk) => chunk.sha256)))
	];
	const texts = new Map<string, string>();
	const held = await db.contentChunks.bulkGet(listed);
	for (const row of held) {
		if (row && (await sha256OfText(row.text)) === row.sha256) texts.set(row.sha256, row.text);
	}
	const missing = listed.filter((sha) => !texts.has(sha));
	const fetched: ContentChunkRow[] = [];
	let next = 0;
	const download = async () => {
		for (let sha = missing[next++]; sha !== undefined; sha = missing[next++]) {
			const chunk = await fetchChunk(baseUrl, sha, fetchImpl);
			if ('problem' in chunk) {
				const name = `${kindOf(entries, sha)}: chunk ${sha.slice(0, 12)}`;
				throw chunk.problem === 'missing'
					? new ContentRefusal('feed-missing', `${name} not found`)
					: new ContentRefusal('feed-corrupt', `${name} does not match its digest (partial?)`);
			}
			texts.set(sha, chunk.text);
			fetched.push({ sha256: sha, text: chunk.text });
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallelDownloads, missing.length) }, download));
	return { texts, fetched };
}

const kindOf = (entries: Record<FeedKind, FeedEntry>, sha: string) =>
	feedKinds.find((kind) => entries[kind].chunks.some((chunk) => chunk.sha256 === sha)) ?? 'feed';

/** A feed's checked items, and the chunk each came from (`chunks[i]` holds item i). */
interface AssembledFeed {
	items: { id: string }[];
	chunks: string[];
}

/**
 * Puts a feed's new items in its table: the table ends up holding exactly `feed.items`. Only the
 * items of `isRewritten` chunks are written (those just downloaded: the others' items are in the
 * table already, stored with their chunk by an earlier sync), plus any item the table lacks; the
 * items the feed no longer has are deleted. So an update costs a write of what changed, not of
 * the whole feed (a forced sync rewrites everything).
 */
async function swapItems(
	table: ReturnType<PasserelleDatabase['table']>,
	feed: AssembledFeed,
	isRewritten: (sha: string) => boolean
): Promise<void> {
	const held = new Set<unknown>(await table.toCollection().primaryKeys());
	const ids = new Set<unknown>(feed.items.map((item) => item.id));
	const written = feed.items.filter(
		(item, index) => isRewritten(feed.chunks[index] ?? '') || !held.has(item.id)
	);
	if (written.length === feed.items.length) {
		await table.clear();
	} else {
		const gone = [...held].filter((id) => !ids.has(id));
		await table.bulkDelete([...gone, ...written.map((item) => item.id)]);
	}
	await table.bulkAdd(written);
}

/** A feed's items from its chunks, in order, checked whole by the feed's schema. */
function assembleFeed(kind: FeedKind, entry: FeedEntry, texts: Map<string, string>): AssembledFeed {
	const items: unknown[] = [];
	const chunks: string[] = [];
	for (const { sha256, count } of entry.chunks) {
		const name = `${kind}: chunk ${sha256.slice(0, 12)}`;
		const chunk = parseJson(texts.get(sha256) ?? '', 'feed-corrupt', name);
		const chunkItems = isChunk(chunk) ? chunk.items : undefined;
		if (chunkItems?.length !== count) {
			throw new ContentRefusal('feed-corrupt', `${name} does not hold the ${count} items listed`);
		}
		items.push(...chunkItems);
		for (let i = 0; i < count; i++) chunks.push(sha256);
	}
	const feed = { schemaVersion: 1, kind, demo: entry.demo, items };
	const parsed = (feedSchemas[kind] as z.ZodType<{ items: { id: string }[] }>).safeParse(feed);
	if (!parsed.success) {
		throw new ContentRefusal('feed-invalid', `${kind}: ${describeIssue(parsed.error, items)}`);
	}
	return { items: parsed.data.items, chunks };
}

const isChunk = (value: unknown): value is { items: unknown[] } =>
	typeof value === 'object' &&
	value !== null &&
	Array.isArray((value as { items?: unknown }).items);

function parseJson(source: ArrayBuffer | string, problem: ContentProblem, name = ''): unknown {
	try {
		return JSON.parse(typeof source === 'string' ? source : new TextDecoder().decode(source));
	} catch {
		throw new ContentRefusal(problem, name ? `${name} is not valid JSON` : 'not valid JSON');
	}
}

/**
 * The first schema issue, with its path and, for an item, its id: enough for a maintainer to find
 * the bad record (items are numbered in id order, as the chunks hold them).
 */
function describeIssue(error: z.ZodError, items: unknown[] = []): string {
	const issue = error.issues[0];
	if (!issue) return 'invalid';
	const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
	const [first, index] = issue.path;
	const item = first === 'items' && typeof index === 'number' ? items[index] : undefined;
	const id = (item as { id?: unknown } | undefined)?.id;
	return `${path}: ${issue.message}${typeof id === 'string' ? ` (item ${id})` : ''}`;
}
