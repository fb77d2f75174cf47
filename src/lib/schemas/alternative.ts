import { z } from './zod';
import { catalogueIdPattern, difficulties, toolUses } from './alternative-values';

export * from './alternative-values';

// The alternatives catalogue: for each Big Tech tool, the free-software alternatives, what they are
// for and who can host them. Ids are stable: the plan's diagnosis and the resources refer to them.

export const toolUseSchema = z.enum(toolUses);
export const difficultySchema = z.enum(difficulties);

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** A stable kebab-case id of the catalogue (a Big Tech tool or an alternative). */
export const catalogueIdSchema = z
	.string()
	.max(100)
	.regex(catalogueIdPattern, 'Expected a lowercase kebab-case id');

const httpsUrl = () => z.url({ protocol: /^https$/, hostname: z.regexes.domain });

/** A non-empty list without repeated values. */
function distinctNonEmpty<T extends z.ZodType<string>>(item: T) {
	return z
		.array(item)
		.min(1)
		.refine((values) => new Set(values).size === values.length, 'Values must not repeat');
}

/**
 * Who can run an alternative. Most are servers an association can get from a CHATONS member or
 * host itself; desktop and phone software runs on members' own devices; a few free-software
 * services (Signal) have a single operator and cannot practically be hosted elsewhere.
 */
export const alternativeHostingSchema = z
	.object({
		/** Offered as a service by at least one member of the CHATONS collective. */
		chatons: z.boolean(),
		/** Can be installed on the association's (or its provider's) own server. */
		selfHosted: z.boolean(),
		/** Software installed on each computer or phone, useful without any server of its own. */
		onDevice: z.boolean().optional(),
		/** The one organisation running the service, for centralised free software. */
		operator: text(2, 160).optional()
	})
	.strict()
	.refine(
		(hosting) =>
			hosting.chatons ||
			hosting.selfHosted ||
			hosting.onDevice === true ||
			hosting.operator !== undefined,
		'Give at least one hosting mode: chatons, selfHosted, onDevice or operator'
	);

export const alternativeSchema = z
	.object({
		id: catalogueIdSchema,
		name: text(2, 80),
		purpose: text(20, 600),
		licence: text(2, 80),
		hosting: alternativeHostingSchema,
		difficulty: difficultySchema,
		website: httpsUrl(),
		// Names as written in providers' `tools`, so the app can list providers who know the tool.
		providerTools: z
			.array(text(1, 60))
			.max(10)
			.refine((values) => new Set(values).size === values.length, 'Values must not repeat')
	})
	.strict();

export const bigTechToolSchema = z
	.object({
		// Stable: the plan's diagnosis stores it, so it must never change once published.
		id: catalogueIdSchema,
		name: text(2, 80),
		vendor: text(2, 80),
		uses: distinctNonEmpty(toolUseSchema),
		description: text(20, 1000),
		alternatives: z.array(alternativeSchema).min(1).max(8)
	})
	.strict();

export type AlternativeHosting = z.infer<typeof alternativeHostingSchema>;
export type Alternative = z.infer<typeof alternativeSchema>;
export type BigTechTool = z.infer<typeof bigTechToolSchema>;

/**
 * The alternatives catalogue feed (the demo's couchdb/demo/content/alternatives.json, or any
 * following the schema). Big Tech tool ids and alternative ids share one namespace (resources cite
 * either), so no id may appear twice.
 */
export const alternativesFeedSchema = z
	.object({
		schemaVersion: z.literal(1),
		kind: z.literal('alternatives'),
		demo: z.boolean(),
		items: z.array(bigTechToolSchema)
	})
	.strict()
	.superRefine((feed, ctx) => {
		const seen = new Set<string>();
		const check = (id: string, path: (string | number)[]) => {
			if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `Duplicate id "${id}"`, path });
			seen.add(id);
		};
		feed.items.forEach((tool, index) => {
			check(tool.id, ['items', index, 'id']);
			tool.alternatives.forEach((alternative, altIndex) => {
				check(alternative.id, ['items', index, 'alternatives', altIndex, 'id']);
			});
		});
	});

export type AlternativesFeed = z.infer<typeof alternativesFeedSchema>;

/** Every id of the catalogue: Big Tech tools and their alternatives (what resources may cite). */
export function catalogueIds(items: readonly BigTechTool[]): Set<string> {
	return new Set(items.flatMap((tool) => [tool.id, ...tool.alternatives.map((alt) => alt.id)]));
}
