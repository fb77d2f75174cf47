import { z } from './zod';

// The envelope every content feed shares: a schema version, the kind of content, a demo flag and
// the items. Ids and slugs must be unique within a feed, since pages and links are built on them.

type Keyed = { id: string; slug: string };

/** A feed of `kind` whose items follow `item` and have unique `id` and `slug`. */
export function keyedFeedSchema<Kind extends string, Item extends z.ZodType<Keyed>>(
	kind: Kind,
	item: Item
) {
	return z
		.object({
			schemaVersion: z.literal(1),
			kind: z.literal(kind),
			demo: z.boolean(),
			items: z.array(item)
		})
		.strict()
		.superRefine((feed, ctx) => {
			for (const key of ['id', 'slug'] as const) {
				const seen = new Set<string>();
				feed.items.forEach((entry, index) => {
					const value = (entry as Keyed)[key];
					if (seen.has(value)) {
						ctx.addIssue({
							code: 'custom',
							message: `Duplicate ${key} "${value}"`,
							path: ['items', index, key]
						});
					}
					seen.add(value);
				});
			}
		});
}
