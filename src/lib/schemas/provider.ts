import { z } from './zod';
import { keyedFeedSchema } from './feed';
import {
	associationSizes,
	coverages,
	modalities,
	structureTypes,
	supportKinds
} from './provider-values';
import { regionIds } from './regions';

export * from './provider-values';

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

/** The providers feed (the demo's couchdb/demo/content/providers.json, or any following the schema). */
export const providersFeedSchema = keyedFeedSchema('providers', providerSchema);

export type ProvidersFeed = z.infer<typeof providersFeedSchema>;
