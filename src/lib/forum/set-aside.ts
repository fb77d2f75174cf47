// Server documents this device cannot keep. A forum database may hold documents written before a
// rule existed (an attachment, an unknown field, a 50,000-character body): one of them must not
// stop a sync. Every document that comes from the server is checked against the client's schema
// before it is written; what fails, or what the local database refuses to store, is "set aside":
// left on the server, never shown, and listed (id and short reason) in the sync details on
// /compte. The list remembers the app version that made it: a new version (whose schema may
// accept more) fetches those documents again.
import { z } from '$lib/schemas/zod';
import { profileSchema, replySchema, threadSchema } from '$lib/schemas/forum';
import { profilePrefix } from './ids';
import { statusOf, type PouchDatabase, type PouchDoc } from './pouch-types';

export const setAsideReasons = [
	'attachment',
	'unknownFields',
	'tooLarge',
	'invalid',
	'notStored'
] as const;
export type SetAsideReason = (typeof setAsideReasons)[number];

/** Why a document is set aside: a reason the UI can name, and the technical detail. */
export interface DocProblem {
	reason: SetAsideReason;
	detail: string;
}

export const setAsideEntrySchema = z.object({
	id: z.string(),
	rev: z.string().optional(),
	reason: z.enum(setAsideReasons),
	detail: z.string()
});
export type SetAsideEntry = z.infer<typeof setAsideEntrySchema>;

/** The documents set aside on this device, under the app version that checked them. */
export const setAsideListSchema = z.object({
	version: z.string(),
	entries: z.array(setAsideEntrySchema)
});
export type SetAsideList = z.infer<typeof setAsideListSchema>;

export const emptySetAside: SetAsideList = { version: '', entries: [] };

/** A problem that stops this device from keeping a server document, or undefined. */
export function checkServerDoc(doc: PouchDoc): DocProblem | undefined {
	if (doc._deleted === true) return undefined; // a deletion is always kept
	if (doc._attachments !== undefined) {
		const names = Object.keys(doc._attachments ?? {}).join(', ');
		return { reason: 'attachment', detail: `_attachments: ${names}` };
	}
	const schema = doc._id.startsWith('thread:')
		? threadSchema
		: doc._id.startsWith(profilePrefix)
			? profileSchema
			: replySchema;
	const result = schema.safeParse(doc);
	if (result.success) return undefined;
	const issues = result.error.issues;
	const unknown = issues.find((issue) => issue.code === 'unrecognized_keys');
	if (unknown) return { reason: 'unknownFields', detail: unknown.message };
	const tooBig = issues.find((issue) => issue.code === 'too_big');
	const issue = tooBig ?? issues[0];
	const where = issue?.path.join('.') || 'document';
	return { reason: tooBig ? 'tooLarge' : 'invalid', detail: `${where}: ${issue?.message}` };
}

/** The list entry for a document and its problem. */
export function entryOf(doc: Pick<PouchDoc, '_id' | '_rev'>, problem: DocProblem): SetAsideEntry {
	return { id: doc._id, ...(doc._rev ? { rev: doc._rev } : {}), ...problem };
}

/** Whether this revision of a document is on the list (a newer revision gets a new chance). */
export function isSetAside(list: SetAsideList, doc: Pick<PouchDoc, '_id' | '_rev'>): boolean {
	return list.entries.some((entry) => entry.id === doc._id && entry.rev === doc._rev);
}

/** The list with `added` (replacing earlier entries of the same ids) and without `stored`. */
export function updateSetAside(
	list: SetAsideList,
	change: { added?: SetAsideEntry[]; stored?: string[] }
): SetAsideList {
	const drop = new Set([...(change.stored ?? []), ...(change.added ?? []).map((e) => e.id)]);
	const kept = list.entries.filter((entry) => !drop.has(entry.id));
	return { version: list.version, entries: [...kept, ...(change.added ?? [])] };
}

/**
 * Writes server documents as they are (`new_edits: false`), except those that fail `check`.
 * When the local database refuses the batch (a 4xx, such as PouchDB's "missing attachment stub"
 * that fails a whole batch), each document is written alone so only the refused ones are set
 * aside; any other error (storage full, database closed) is thrown: it is not the document's.
 */
export async function storeServerDocs(
	db: PouchDatabase,
	docs: PouchDoc[],
	check: (doc: PouchDoc) => DocProblem | undefined = checkServerDoc
): Promise<{ stored: PouchDoc[]; setAside: SetAsideEntry[] }> {
	const setAside: SetAsideEntry[] = [];
	const storable: PouchDoc[] = [];
	for (const doc of docs) {
		const problem = check(doc);
		if (problem) setAside.push(entryOf(doc, problem));
		else storable.push(doc);
	}
	if (storable.length === 0) return { stored: [], setAside };
	try {
		await writeRefusing(db, storable);
		return { stored: storable, setAside };
	} catch (error) {
		if (!isRefusal(error)) throw error;
	}
	const stored: PouchDoc[] = [];
	for (const doc of storable) {
		try {
			await writeRefusing(db, [doc]);
			stored.push(doc);
		} catch (error) {
			if (!isRefusal(error)) throw error;
			setAside.push(entryOf(doc, { reason: 'notStored', detail: messageOf(error) }));
		}
	}
	return { stored, setAside };
}

/** `bulkDocs` that throws the first per-document error too. */
async function writeRefusing(db: PouchDatabase, docs: PouchDoc[]): Promise<void> {
	const results = await db.bulkDocs(docs, { new_edits: false });
	const refused = results.find((result) => result.error);
	if (refused) throw refused;
}

function isRefusal(error: unknown): boolean {
	const status = statusOf(error);
	return status !== undefined && status >= 400 && status < 500;
}

function messageOf(error: unknown): string {
	if (error && typeof error === 'object') {
		const { message, reason, name } = error as Record<string, unknown>;
		const text = message ?? reason ?? name;
		if (typeof text === 'string' && text) return text;
	}
	return String(error);
}
