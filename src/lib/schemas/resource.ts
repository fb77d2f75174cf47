import { z } from 'zod';
import { keyedFeedSchema } from './feed';
import { planSteps } from '$lib/plan/steps';
import { catalogueIdSchema } from './alternative';
import type { Localized } from './labels';
import { associationSizeSchema, regionIdSchema, slugPattern } from './provider';

// The resource library: guides, sheets, videos, testimonies… read offline, linked to plan steps
// and to the tools of the alternatives catalogue.

export const resourceTypes = [
	'guide',
	'practical-sheet',
	'video',
	'testimony',
	'tool-sheet',
	'webinar',
	'article'
] as const;
export const themes = [
	'governance',
	'collaboration',
	'communication',
	'data-protection',
	'hosting',
	'finance-members',
	'events',
	'training'
] as const;
export const levels = ['beginner', 'intermediate', 'advanced'] as const;
export const audiences = ['associations', 'providers'] as const;
export const resourceLanguages = ['fr', 'en'] as const;
/** The ids of the eight plan steps, in plan order. */
export const planStepIds = planSteps.map((step) => step.id);

export type ResourceType = (typeof resourceTypes)[number];
export type Theme = (typeof themes)[number];
export type Level = (typeof levels)[number];
export type Audience = (typeof audiences)[number];
export type ResourceLanguage = (typeof resourceLanguages)[number];

export const resourceTypeLabels: Record<ResourceType, Localized> = {
	guide: { fr: 'Guide', en: 'Guide' },
	'practical-sheet': { fr: 'Fiche pratique', en: 'Practical sheet' },
	video: { fr: 'Vidéo', en: 'Video' },
	testimony: { fr: 'Témoignage', en: 'Testimony' },
	'tool-sheet': { fr: 'Fiche outil', en: 'Tool sheet' },
	webinar: { fr: 'Webinaire', en: 'Webinar' },
	article: { fr: 'Article', en: 'Article' }
};

export const themeLabels: Record<Theme, Localized> = {
	governance: { fr: 'Gouvernance et vie associative', en: 'Governance and association life' },
	collaboration: { fr: 'Travail collaboratif', en: 'Collaboration' },
	communication: { fr: 'Communication', en: 'Communication' },
	'data-protection': { fr: 'Protection des données', en: 'Data protection' },
	hosting: { fr: 'Hébergement', en: 'Hosting' },
	'finance-members': { fr: 'Adhésions et comptabilité', en: 'Members and accounting' },
	events: { fr: 'Événements', en: 'Events' },
	training: { fr: 'Formation', en: 'Training' }
};

export const levelLabels: Record<Level, Localized> = {
	beginner: { fr: 'Débutant', en: 'Beginner' },
	intermediate: { fr: 'Intermédiaire', en: 'Intermediate' },
	advanced: { fr: 'Avancé', en: 'Advanced' }
};

export const audienceLabels: Record<Audience, Localized> = {
	associations: { fr: 'Associations', en: 'Associations' },
	providers: { fr: 'Accompagnateurs et prestataires', en: 'Support providers' }
};

export const resourceLanguageLabels: Record<ResourceLanguage, Localized> = {
	fr: { fr: 'Français', en: 'French' },
	en: { fr: 'Anglais', en: 'English' }
};

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

/** The resources feed file (static/data/resources.json or any feed following the same schema). */
export const resourcesFeedSchema = keyedFeedSchema('resources', resourceSchema);

export type ResourcesFeed = z.infer<typeof resourcesFeedSchema>;
