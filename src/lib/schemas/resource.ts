import { z } from './zod';
import { keyedFeedSchema } from './feed';
import {
	audiences,
	levels,
	planStepIds,
	resourceLanguages,
	resourceTypes,
	themes
} from './resource-values';

import { catalogueIdSchema } from './alternative';
import { associationSizeSchema, regionIdSchema, slugPattern } from './provider';

export * from './resource-values';

// The resource library: guides, sheets, videos, testimonies… read offline, linked to plan steps
// and to the tools of the alternatives catalogue.

export const resourceTypeSchema = z.enum(resourceTypes);
export const themeSchema = z.enum(themes);
export const levelSchema = z.enum(levels);
export const audienceSchema = z.enum(audiences);
export const resourceLanguageSchema = z.enum(resourceLanguages);
export const planStepIdSchema = z.enum(planStepIds);

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const httpsUrl = () => z.url({ protocol: /^https$/, hostname: z.regexes.domain });
const distinct = (values: readonly string[]) => new Set(values).size === values.length;

/** A list without repeated values (a repeated tag is always a feed mistake). */
function distinctList<T extends z.ZodType<string>>(item: T, max: number) {
	return z.array(item).max(max).refine(distinct, 'Values must not repeat');
}

export const resourceSourceSchema = z
	.object({ name: text(2, 160), url: httpsUrl().optional() })
	.strict();

/** The association a testimony tells about (invented in the demo feed). */
export const resourceAssociationSchema = z
	.object({ name: text(2, 160), size: associationSizeSchema, region: regionIdSchema })
	.strict();

export const resourceSchema = z
	.object({
		id: text(1, 100),
		slug: z.string().max(100).regex(slugPattern, 'Expected a lowercase kebab-case slug'),
		title: text(5, 200),
		type: resourceTypeSchema,
		themes: distinctList(themeSchema, themes.length).min(1),
		planSteps: distinctList(planStepIdSchema, planStepIds.length),
		// Ids of the alternatives catalogue (Big Tech tools or alternatives). Whether they exist is
		// checked against the shipped catalogue in tests: the two feeds may be updated separately.
		tools: distinctList(catalogueIdSchema, 30),
		audience: distinctList(audienceSchema, audiences.length).min(1),
		level: levelSchema,
		language: resourceLanguageSchema,
		summary: text(20, 400),
		// Markdown, rendered by $lib/markdown (paragraphs, emphasis, lists, links, code, quotes,
		// headings): the whole text ships in the feed so it can be read offline.
		body: text(50, 20_000),
		source: resourceSourceSchema,
		licence: text(2, 80),
		link: httpsUrl().optional(),
		publishedAt: z.iso.date(),
		association: resourceAssociationSchema.optional(),
		// Marks invented records, so the UI can say plainly that they are demo data.
		demo: z.literal(true).optional()
	})
	.strict()
	.superRefine((resource, ctx) => {
		if (resource.type === 'testimony' && resource.association === undefined) {
			ctx.addIssue({
				code: 'custom',
				message: 'A testimony names the association it tells about',
				path: ['association']
			});
		}
	});

export type Resource = z.infer<typeof resourceSchema>;
export type ResourceSource = z.infer<typeof resourceSourceSchema>;
export type ResourceAssociation = z.infer<typeof resourceAssociationSchema>;

/** The resources feed (the demo's couchdb/demo/content/resources.json, or any following the schema). */
export const resourcesFeedSchema = keyedFeedSchema('resources', resourceSchema);

export type ResourcesFeed = z.infer<typeof resourcesFeedSchema>;
