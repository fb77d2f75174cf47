import type { PasserelleDatabase } from '$lib/db/database';
import {
	contentManifestSchema,
	type ContentManifest,
	type FeedKind
} from '$lib/schemas/content-manifest';
import { alternativesFeedSchema } from '$lib/schemas/alternative';
import { providersFeedSchema } from '$lib/schemas/provider';
import { resourcesFeedSchema } from '$lib/schemas/resource';
import type { z } from 'zod';
import { ContentUnreachableError, fetchContentFile, sha256Hex } from './feed-fetch';

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

type FeedSchema = z.ZodType<{ items: unknown[] }>;

/** Each feed kind: its zod schema and the Dexie table its items are swapped into. */
const feeds = {
	providers: { schema: providersFeedSchema, table: 'providers' },
	resources: { schema: resourcesFeedSchema, table: 'resources' },
	alternatives: { schema: alternativesFeedSchema, table: 'alternatives' }
} as const satisfies Record<FeedKind, { schema: FeedSchema; table: string }>;

/** Every feed's items, checked (digest and schema), as they are about to be stored. */
export type ValidatedFeeds = {
	[K in FeedKind]: z.output<(typeof feeds)[K]['schema']>['items'];
};

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
	/** Re-download and re-validate even when the version did not change. */
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
 * manifest, and when its version differs, fetches, checks (digest + schema) and swaps every feed
 * into Dexie in one transaction. Anything wrong and nothing is written: the old content stays.
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
		const manifest = await loadManifest(baseUrl, fetchImpl, now);
		const kinds = Object.keys(feeds) as FeedKind[];
		const stored = await db.contentMeta.bulkGet(kinds);
		const isCurrent = stored.every((meta) => meta?.version === manifest.version);
		if (isCurrent && !force) return { status: 'unchanged', version: manifest.version };

		const load = <S extends FeedSchema>(kind: FeedKind, schema: S) =>
			loadFeed(kind, schema, manifest, baseUrl, fetchImpl);
		const [providers, resources, alternatives] = await Promise.all([
			load('providers', feeds.providers.schema),
			load('resources', feeds.resources.schema),
			load('alternatives', feeds.alternatives.schema)
		]);
		const validated: ValidatedFeeds = { providers, resources, alternatives };
		onValidated?.(validated);
		const loadedAt = now().toISOString();
		const tables = [db.contentMeta, ...kinds.map((kind) => db.table(feeds[kind].table))];
		await db.transaction('rw', tables, async () => {
			for (const kind of kinds) {
				const items = validated[kind];
				const table = db.table(feeds[kind].table);
				await table.clear();
				await table.bulkAdd(items);
				await db.contentMeta.put({
					kind,
					version: manifest.version,
					loadedAt,
					count: items.length
				});
			}
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
): Promise<ContentManifest> {
	const bytes = await fetchContentFile(
		`${baseUrl}/manifest.json`,
		fetchImpl,
		String(now().getTime())
	);
	if (!bytes) throw new ContentRefusal('manifest-missing', 'manifest.json not found');
	const parsed = contentManifestSchema.safeParse(parseJson(bytes, 'manifest-invalid'));
	if (!parsed.success) throw new ContentRefusal('manifest-invalid', describeIssue(parsed.error));
	return parsed.data;
}

async function loadFeed<S extends FeedSchema>(
	kind: FeedKind,
	schema: S,
	manifest: ContentManifest,
	baseUrl: string,
	fetchImpl: typeof fetch
): Promise<z.output<S>['items']> {
	const entry = manifest.feeds[kind];
	const bytes = await fetchContentFile(`${baseUrl}/${entry.file}`, fetchImpl, entry.sha256);
	if (!bytes) throw new ContentRefusal('feed-missing', `${entry.file} not found`);
	if ((await sha256Hex(bytes)) !== entry.sha256) {
		throw new ContentRefusal(
			'feed-corrupt',
			`${entry.file} does not match the manifest (partial?)`
		);
	}
	const parsed = schema.safeParse(parseJson(bytes, 'feed-corrupt'));
	if (!parsed.success) {
		throw new ContentRefusal('feed-invalid', `${entry.file}: ${describeIssue(parsed.error)}`);
	}
	return parsed.data.items;
}

function parseJson(bytes: ArrayBuffer, problem: ContentProblem): unknown {
	try {
		return JSON.parse(new TextDecoder().decode(bytes));
	} catch {
		throw new ContentRefusal(problem, 'not valid JSON');
	}
}

/** The first schema issue, with its path: enough for a maintainer to find the bad record. */
function describeIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'invalid';
	const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
	return `${path}: ${issue.message}`;
}
