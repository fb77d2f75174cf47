import { z } from './zod';
import type { Localized } from './labels';

// Forum documents, stored in PouchDB in the browser and replicated with CouchDB. These schemas
// are the client-side half of the rules; couchdb/forum/_design/forum/validate_doc_update.js is
// the server-side half and must say the same thing (forum-rules.spec.ts checks they agree).

/** The four categories, as stored in documents and used in URLs (`/forum/aide-technique`). */
export const forumCategories = [
	'aide-technique',
	'choisir-un-outil',
	'trouver-un-prestataire',
	'besoins-a-mutualiser'
] as const;
export type ForumCategory = (typeof forumCategories)[number];

export const forumCategoryLabels: Record<
	ForumCategory,
	Localized & { descFr: string; descEn: string }
> = {
	'aide-technique': {
		fr: 'Aide technique',
		en: 'Technical help',
		descFr: 'Comment fonctionne ou se configure un outil.',
		descEn: 'How a tool works or is set up.'
	},
	'choisir-un-outil': {
		fr: 'Choisir un outil',
		en: 'Choosing a tool',
		descFr: 'Conseils pour choisir une alternative libre.',
		descEn: 'Advice on choosing a free alternative.'
	},
	'trouver-un-prestataire': {
		fr: 'Trouver un prestataire',
		en: 'Finding a provider',
		descFr: 'Recommandations et recherches d’accompagnement.',
		descEn: 'Recommendations and searches for support.'
	},
	'besoins-a-mutualiser': {
		fr: 'Besoins à mutualiser',
		en: 'Needs to pool',
		descFr: 'Développements à financer ou construire à plusieurs associations.',
		descEn: 'Development to fund or build together with other associations.'
	}
};

/** Limits shared with validate_doc_update.js. */
export const forumLimits = {
	body: 20_000,
	title: 200,
	titleMin: 3,
	tags: 5,
	tag: 32,
	authorName: 80,
	displayNameMin: 2,
	userName: 64
} as const;

/** `thread:<time key>` and `reply:<thread time key>:<time key>`; see ids.ts. */
const threadIdPattern = /^thread:[0-9a-z]{9}-[0-9a-z]{4,16}$/;
const replyIdPattern = /^reply:[0-9a-z]{9}-[0-9a-z]{4,16}:[0-9a-z]{9}-[0-9a-z]{4,16}$/;

const isoDate = z.iso.datetime({ offset: false });
const userName = z.string().min(1).max(forumLimits.userName);

const postBase = {
	_rev: z.string().optional(),
	_conflicts: z.array(z.string()).optional(),
	body: z.string().trim().min(1).max(forumLimits.body),
	author: userName,
	/**
	 * The name a post carried before names came from accounts (kept on old posts, never shown: the
	 * name shown is the author's profile's, see profileSchema).
	 */
	authorName: z.string().trim().min(1).max(forumLimits.authorName).optional(),
	createdAt: isoDate,
	updatedAt: isoDate,
	/** Set by a moderator: the post stays, shown as hidden. */
	hidden: z.boolean().optional()
};

export const threadSchema = z.strictObject({
	_id: z.string().regex(threadIdPattern),
	type: z.literal('thread'),
	category: z.enum(forumCategories),
	title: z.string().trim().min(forumLimits.titleMin).max(forumLimits.title),
	tags: z.array(z.string().trim().min(1).max(forumLimits.tag)).max(forumLimits.tags),
	...postBase
});

export const replySchema = z
	.strictObject({
		_id: z.string().regex(replyIdPattern),
		type: z.literal('reply'),
		threadId: z.string().regex(threadIdPattern),
		...postBase
	})
	.refine((reply) => reply._id.startsWith(`reply:${reply.threadId.slice('thread:'.length)}:`), {
		message: 'a reply id starts with its thread’s time key',
		path: ['_id']
	});

export const forumDocSchema = z.union([threadSchema, replySchema]);

/**
 * An account's public profile (`profile:<name>`): the name shown with every post of that account.
 * Written by the server only (the gateway, at sign-up, at a display-name change and at start);
 * every device keeps all of them, whatever part of the forum it follows, to show names offline.
 * Mirrors the profile rules of validate_doc_update.js (forum-rules.spec.ts checks they agree).
 */
export const profileSchema = z
	.strictObject({
		_id: z.string(),
		_rev: z.string().optional(),
		type: z.literal('profile'),
		name: userName,
		// As the server checks it: 2 characters at least once trimmed, 80 at most as stored.
		displayName: z
			.string()
			.max(forumLimits.authorName)
			.refine((text) => text.trim().length >= forumLimits.displayNameMin, {
				message: `at least ${forumLimits.displayNameMin} characters`
			}),
		updatedAt: isoDate
	})
	.refine((profile) => profile._id === `profile:${profile.name}`, {
		message: 'a profile’s id is profile:<name>',
		path: ['_id']
	});
export type Profile = z.infer<typeof profileSchema>;

export type Thread = z.infer<typeof threadSchema>;
export type Reply = z.infer<typeof replySchema>;
export type ForumDoc = Thread | Reply;

/** What a user types for a new thread (the form's schema; ids, dates and author are added). */
export const threadDraftSchema = z.object({
	category: z.enum(forumCategories),
	title: threadSchema.shape.title,
	body: postBase.body,
	tags: threadSchema.shape.tags
});
export type ThreadDraft = z.infer<typeof threadDraftSchema>;

export const replyDraftSchema = z.object({ body: postBase.body });

/** Sign-up form: CouchDB user names are free text, but ours stay readable and URL-safe. */
export const signUpSchema = z.object({
	name: z
		.string()
		.trim()
		.regex(/^[a-z0-9][a-z0-9._-]{2,31}$/),
	displayName: z.string().trim().min(forumLimits.displayNameMin).max(forumLimits.authorName),
	password: z.string().min(8).max(200)
});
export type SignUp = z.infer<typeof signUpSchema>;

/** Parses any document from PouchDB; `undefined` for design docs, tombstones and foreign data. */
export function parseForumDoc(doc: unknown): ForumDoc | undefined {
	const result = forumDocSchema.safeParse(doc);
	return result.success ? result.data : undefined;
}
