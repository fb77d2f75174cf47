import { z } from '$lib/schemas/zod';
import { alternativeSchema } from '$lib/schemas/alternative';
import { emancipationSchema } from '$lib/schemas/emancipation';
import { providerSchema } from '$lib/schemas/provider';
import { resourceSchema } from '$lib/schemas/resource';

// A proposal from anyone with an account: a resource, a provider's own listing, a testimony,
// « Nous nous sommes émancipés », or a correction of an existing item. The client-side half of
// couchdb/proposals/_design/proposals/validate_doc_update.js (which checks its structure; the item
// is checked here against the feed's own schema, by the form and again by the editors' desk).

export const proposalKinds = [
	'resource',
	'provider',
	'testimony',
	'emancipation',
	'correction'
] as const;
export type ProposalKind = (typeof proposalKinds)[number];

/** The feeds a correction may target, and the item schema of each. */
export const proposalFeeds = ['providers', 'resources', 'alternatives', 'emancipations'] as const;
export type ProposalFeed = (typeof proposalFeeds)[number];

/**
 * What an editor answered: `submitted` (received, waiting), `changes-requested` (the author may
 * fix it and send it again), `accepted`, `refused`. « En attente » is a proposal still on the
 * device, not yet received.
 */
export const proposalStatuses = ['submitted', 'changes-requested', 'accepted', 'refused'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const proposalLimits = { item: 60_000, note: 2_000 } as const;

const isoDate = z.iso.datetime({ offset: false });

export const proposalReviewSchema = z.strictObject({
	by: z.string().min(1).max(64),
	at: isoDate,
	message: z.string().max(proposalLimits.note).optional(),
	/** The item it became, once accepted. */
	itemId: z.string().max(100).optional()
});

export const proposalSchema = z
	.strictObject({
		_id: z.string().regex(/^proposal:[0-9a-z]{9}-[0-9a-z]{4,16}$/),
		_rev: z.string().optional(),
		type: z.literal('proposal'),
		kind: z.enum(proposalKinds),
		author: z.string().min(1).max(64),
		createdAt: isoDate,
		updatedAt: isoDate,
		item: z.record(z.string(), z.unknown()),
		target: z
			.strictObject({ feed: z.enum(proposalFeeds), id: z.string().min(1).max(100) })
			.optional(),
		note: z.string().max(proposalLimits.note).optional(),
		status: z.enum(proposalStatuses),
		review: proposalReviewSchema.optional()
	})
	.refine((proposal) => (proposal.kind === 'correction') === (proposal.target !== undefined), {
		message: 'A correction, and only a correction, names its target',
		path: ['target']
	})
	.refine((proposal) => JSON.stringify(proposal.item).length <= proposalLimits.item, {
		message: `The proposed item is larger than ${proposalLimits.item} characters`,
		path: ['item']
	});

export type Proposal = z.infer<typeof proposalSchema>;

/** The schema an item of each feed follows (the feed's own). */
export const feedItemSchemas = {
	providers: providerSchema,
	resources: resourceSchema,
	alternatives: alternativeSchema,
	emancipations: emancipationSchema
} as const satisfies Record<ProposalFeed, z.ZodType>;

/** The feed a proposal's item goes to once accepted. */
export function feedOf(proposal: Pick<Proposal, 'kind' | 'target'>): ProposalFeed {
	switch (proposal.kind) {
		case 'provider':
			return 'providers';
		case 'resource':
		case 'testimony':
			return 'resources';
		case 'emancipation':
			return 'emancipations';
		case 'correction':
			return proposal.target?.feed ?? 'providers';
	}
}

/**
 * The proposed item checked against its feed's schema (a testimony is a resource of that type).
 * Returns the item as the feed stores it, or the first problem with its path.
 */
export function checkProposedItem(
	proposal: Pick<Proposal, 'kind' | 'target' | 'item'>
): { ok: true; item: unknown } | { ok: false; path: string; message: string } {
	const schema = feedItemSchemas[feedOf(proposal)];
	const parsed = schema.safeParse(proposal.item);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return { ok: false, path: issue?.path.join('.') ?? '', message: issue?.message ?? 'invalid' };
	}
	if (proposal.kind === 'testimony' && (parsed.data as { type?: string }).type !== 'testimony') {
		return { ok: false, path: 'type', message: 'A testimony is a resource of type testimony' };
	}
	return { ok: true, item: parsed.data };
}
