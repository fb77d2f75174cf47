import { z } from './zod';
import { catalogueIdSchema } from './alternative';
import { keyedFeedSchema } from './feed';
import { emancipationLimits } from './emancipation-values';
import { associationSizeSchema, regionIdSchema, slugPattern } from './provider';

export * from './emancipation-values';

// « Nous nous sommes émancipés »: an association that left Big Tech tools says which and what it
// uses now; once an editor accepts it, it appears on the public wall of emancipated associations
// (by region, with the tools they left). Tools are ids of the alternatives catalogue.

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** A list of catalogue ids without repeats. */
const tools = z
	.array(catalogueIdSchema)
	.min(1)
	.max(emancipationLimits.tools)
	.refine((ids) => new Set(ids).size === ids.length, 'Values must not repeat');

export const emancipationSchema = z
	.object({
		id: text(1, 100),
		slug: z.string().max(100).regex(slugPattern, 'Expected a lowercase kebab-case slug'),
		association: z
			.object({
				name: text(2, emancipationLimits.name),
				size: associationSizeSchema,
				region: regionIdSchema,
				city: text(1, 100).optional()
			})
			.strict(),
		/** The Big Tech tools it left. */
		left: tools,
		/** What it uses instead. */
		now: tools,
		story: text(20, emancipationLimits.story).optional(),
		/** When it made the move (a month is enough: YYYY-MM). */
		since: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month, YYYY-MM'),
		demo: z.literal(true).optional()
	})
	.strict();

export type Emancipation = z.infer<typeof emancipationSchema>;

/**
 * The emancipations feed (the demo's couchdb/demo/content/emancipations.json, or any following
 * the schema).
 */
export const emancipationsFeedSchema = keyedFeedSchema('emancipations', emancipationSchema);
