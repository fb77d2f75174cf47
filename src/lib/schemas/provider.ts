import { z } from 'zod';
import { keyedFeedSchema } from './feed';
import type { Localized } from './labels';
import { regionIds } from './regions';

export {
	regionCentroids,
	regionDistance,
	regionIds,
	regionLabels,
	regionNeighbours
} from './regions';
export type { RegionId } from './regions';

// Every filter value is a stable id (used in feeds, URLs and the database); labels are separate.

export const structureTypes = ['association', 'cooperative', 'company', 'independent'] as const;
export const coverages = ['local', 'regional', 'national', 'remote'] as const;
export const supportKinds = [
	'identifying-needs',
	'clarifying-objectives',
	'awareness',
	'roadmap',
	'digital-diagnosis',
	'tool-recommendations',
	'data-migration',
	'hosting',
	'change-management',
	'training'
] as const;
export const associationSizes = [
	'volunteers-only',
	'employees-1-9',
	'employees-10-49',
	'employees-50-plus'
] as const;
export const modalities = [
	'remote',
	'on-site',
	'individual',
	'group',
	'one-off',
	'long-term'
] as const;

export type StructureType = (typeof structureTypes)[number];
export type Coverage = (typeof coverages)[number];
export type SupportKind = (typeof supportKinds)[number];
export type AssociationSize = (typeof associationSizes)[number];
export type Modality = (typeof modalities)[number];

export const structureTypeLabels: Record<StructureType, Localized> = {
	association: { fr: 'Association', en: 'Non-profit association' },
	cooperative: { fr: 'Coopérative (SCOP, SCIC)', en: 'Cooperative (SCOP, SCIC)' },
	company: { fr: 'Entreprise', en: 'Company' },
	independent: { fr: 'Indépendant·e', en: 'Freelancer' }
};

export const coverageLabels: Record<Coverage, Localized> = {
	local: { fr: 'Locale', en: 'Local' },
	regional: { fr: 'Régionale', en: 'Regional' },
	national: { fr: 'Nationale', en: 'Nationwide' },
	remote: { fr: 'À distance', en: 'Remote' }
};

export const supportKindLabels: Record<SupportKind, Localized> = {
	'identifying-needs': { fr: 'Identification des besoins', en: 'Identifying needs' },
	'clarifying-objectives': { fr: 'Clarification des objectifs', en: 'Clarifying objectives' },
	awareness: {
		fr: 'Sensibilisation et mobilisation des parties prenantes',
		en: 'Raising awareness and involving stakeholders'
	},
	roadmap: { fr: 'Élaboration d’une feuille de route', en: 'Building a roadmap' },
	'digital-diagnosis': { fr: 'Diagnostic numérique', en: 'Digital diagnosis' },
	'tool-recommendations': {
		fr: 'Recommandations techniques et choix des outils',
		en: 'Technical advice and choosing tools'
	},
	'data-migration': { fr: 'Migration des données', en: 'Data migration' },
	hosting: { fr: 'Hébergement de services', en: 'Hosting services' },
	'change-management': { fr: 'Conduite du changement', en: 'Change management' },
	training: { fr: 'Formation et prise en main des outils', en: 'Training and hands-on support' }
};

export const associationSizeLabels: Record<AssociationSize, Localized> = {
	'volunteers-only': { fr: 'Bénévoles uniquement', en: 'Volunteers only' },
	'employees-1-9': { fr: '1 à 9 salarié·es', en: '1–9 employees' },
	'employees-10-49': { fr: '10 à 49 salarié·es', en: '10–49 employees' },
	'employees-50-plus': { fr: '50 salarié·es et plus', en: '50 employees or more' }
};

export const modalityLabels: Record<Modality, Localized> = {
	remote: { fr: 'À distance', en: 'Remote' },
	'on-site': { fr: 'Sur place', en: 'On site' },
	individual: { fr: 'Accompagnement individuel', en: 'Individual support' },
	group: {
		fr: 'Sessions collectives (ateliers, formations)',
		en: 'Group sessions (workshops, training)'
	},
	'one-off': { fr: 'Ponctuel', en: 'One-off' },
	'long-term': { fr: 'Dans la durée', en: 'Long-term' }
};

export const structureTypeSchema = z.enum(structureTypes);
export const coverageSchema = z.enum(coverages);
export const supportKindSchema = z.enum(supportKinds);
export const associationSizeSchema = z.enum(associationSizes);
export const modalitySchema = z.enum(modalities);
export const regionIdSchema = z.enum(regionIds);

/** A non-empty list without repeated values (a repeated filter value is always a feed mistake). */
function distinctNonEmpty<T extends z.ZodType<string>>(item: T) {
	return z
		.array(item)
		.min(1)
		.refine((values) => new Set(values).size === values.length, 'Values must not repeat');
}

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** French numbers: 0X XX XX XX XX (spaces, dots or dashes optional) or +33 X XX XX XX XX. */
export const frenchPhonePattern = /^(?:0|\+33 ?)[1-9](?:[ .-]?\d{2}){4}$/;

export const providerLocationSchema = z
	.object({
		city: text(1, 100),
		postcode: z.string().regex(/^\d{5}$/, 'Expected a French postcode of 5 digits'),
		region: regionIdSchema
	})
	.strict();

export const providerContactSchema = z
	.object({
		website: z.url({ protocol: /^https$/, hostname: z.regexes.domain }).optional(),
		email: z.email().optional(),
		phone: z.string().regex(frenchPhonePattern, 'Expected a French phone number').optional()
	})
	.strict()
	.refine(
		(contact) =>
			contact.website !== undefined || contact.email !== undefined || contact.phone !== undefined,
		'Give at least one contact means: website, email or phone'
	);

export const providerExampleSchema = z
	.object({
		association: text(2, 160),
		summary: text(10, 500),
		year: z.number().int().min(2000).max(2030)
	})
	.strict();

export const providerSchema = z
	.object({
		id: text(1, 100),
		slug: z.string().max(100).regex(slugPattern, 'Expected a lowercase kebab-case slug'),
		name: text(2, 120),
		structureType: structureTypeSchema,
		size: z.number().int().min(1).max(100_000),
		location: providerLocationSchema,
		coverage: coverageSchema,
		supportKinds: distinctNonEmpty(supportKindSchema),
		associationSizes: distinctNonEmpty(associationSizeSchema),
		modalities: distinctNonEmpty(modalitySchema),
		tools: z.array(text(1, 60)).max(50),
		contact: providerContactSchema,
		description: text(20, 2000),
		examples: z.array(providerExampleSchema).min(1).max(5),
		updatedAt: z.iso.date(),
		// Marks invented records, so the UI can say plainly that they are demo data.
		demo: z.literal(true).optional()
	})
	.strict();

export type Provider = z.infer<typeof providerSchema>;
export type ProviderLocation = z.infer<typeof providerLocationSchema>;
export type ProviderContact = z.infer<typeof providerContactSchema>;
export type ProviderExample = z.infer<typeof providerExampleSchema>;

/** The providers feed file (static/data/providers.json or any feed following the same schema). */
export const providersFeedSchema = keyedFeedSchema('providers', providerSchema);

export type ProvidersFeed = z.infer<typeof providersFeedSchema>;
