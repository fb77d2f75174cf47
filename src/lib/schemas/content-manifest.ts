import { z } from './zod';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 hex digest');

/** One feed file listed in the manifest: its name, digest (detects truncated files) and size. */
export const feedEntrySchema = z
	.object({
		file: z.string().regex(/^[a-z0-9-]+\.json$/, 'Expected a file name like providers.json'),
		sha256: sha256Hex,
		count: z.number().int().min(0)
	})
	.strict();

/**
 * static/data/manifest.json: the content version (a digest of every feed) and the feeds.
 * Feed kinds this version of the app does not know are ignored, so newer content can be
 * published without breaking older installed apps.
 */
export const contentManifestSchema = z.object({
	schemaVersion: z.literal(1),
	version: z.string().regex(/^[0-9a-f]{16}$/, 'Expected a 16-character content version'),
	generatedAt: z.iso.datetime(),
	feeds: z.object({
		providers: feedEntrySchema,
		resources: feedEntrySchema,
		alternatives: feedEntrySchema
	})
});

export type ContentManifest = z.infer<typeof contentManifestSchema>;
export type FeedEntry = z.infer<typeof feedEntrySchema>;
export type FeedKind = keyof ContentManifest['feeds'];
