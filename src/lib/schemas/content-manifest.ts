import { z } from './zod';

// The content version a phone downloads (static/data/manifest.json in the build, or the version
// editors published, served at the same address): each feed is a list of content-addressed chunks
// (src/lib/content/feed-chunks.js cuts them; each is `{"items":[…]}` at /data/chunks/<sha-256>.json).

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 hex digest');

/** One chunk of a feed: the digest of its text (its name), its item count and size in bytes. */
export const chunkEntrySchema = z
	.object({
		sha256: sha256Hex,
		count: z.number().int().min(1),
		bytes: z.number().int().min(0)
	})
	.strict();

/** One feed of a version: its kind, demo flag, item count and chunks, in id order. */
export const feedEntrySchema = z
	.object({
		kind: z.string().regex(/^[a-z][a-z-]*$/, 'Expected a feed kind like providers'),
		demo: z.boolean(),
		count: z.number().int().min(0),
		chunks: z.array(chunkEntrySchema)
	})
	.strict()
	.refine(
		(feed) => feed.chunks.reduce((sum, chunk) => sum + chunk.count, 0) === feed.count,
		'The chunks’ counts do not add up to the feed’s count'
	);

/** Each feed, listed under its own kind. */
const feedUnder = <Kind extends string>(kind: Kind) =>
	feedEntrySchema.refine((feed) => feed.kind === kind, `Expected the ${kind} feed here`);

/**
 * A content version (schemaVersion 2): its version (a digest of every feed's chunk list), when it
 * was generated, and the feeds. Feed kinds this version of the app does not know are ignored, so
 * newer content can be published without breaking older installed apps; the emancipations feed,
 * newer than the other three, may be absent (then the wall is empty).
 */
export const contentManifestSchema = z.object({
	schemaVersion: z.literal(2),
	version: z.string().regex(/^[0-9a-f]{16}$/, 'Expected a 16-character content version'),
	generatedAt: z.iso.datetime(),
	feeds: z.object({
		providers: feedUnder('providers'),
		resources: feedUnder('resources'),
		alternatives: feedUnder('alternatives'),
		emancipations: feedUnder('emancipations').optional()
	})
});

export type ContentManifest = z.infer<typeof contentManifestSchema>;
export type FeedEntry = z.infer<typeof feedEntrySchema>;
export type ChunkEntry = z.infer<typeof chunkEntrySchema>;
export type FeedKind = keyof ContentManifest['feeds'];
