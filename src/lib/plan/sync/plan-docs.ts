// The mapping between a plan's Dexie rows and the documents of its CouchDB database
// (`plan-<id>`): one row ↔ one document `{ _id, _rev, kind, ...row fields, editedBy, editedAt,
// alsoEdited?, deletedBy? }`. Rows stay exactly as the zod schemas say; the sync metadata lives
// beside them (planSync). The server's validate_doc_update mirrors `parsePlanDoc`
// (couchdb/plan/plan-rules.spec.ts checks that both accept and refuse the same documents).
import {
	attendeeSchema,
	checklistItemSchema,
	decisionSchema,
	diagnosisToolSchema,
	meetingEventSchema,
	meetingSchema,
	planSchema,
	stepStateSchema,
	toolChangeSchema
} from '$lib/schemas/plan';
import type { PlanBundle } from '$lib/schemas/plan';
import { withoutLegacyStepStatus } from '$lib/schemas/plan-legacy';
import { legacyDefaultStepStatus } from '$lib/schemas/plan-values';
import { z } from '$lib/schemas/zod';
import type { Fields, OtherValue, Tombstone, Version } from './merge';
import { docIdOf, recordKinds, sharedFields, type RecordKind } from './record-kinds';

export * from './record-kinds';

// The plan row's `updatedAt` (bumped by every edit of any part) and `deletedAt` (the undo of a
// deletion on this device) belong to the device: sharing them would make every edit a conflict.
const planDocSchema = planSchema.omit({ updatedAt: true, deletedAt: true });

/** What each kind's shared fields must be (the row's zod schema, the plan's without local fields). */
const rowSchemas = {
	plan: planDocSchema,
	step: stepStateSchema,
	item: checklistItemSchema,
	tool: diagnosisToolSchema,
	change: toolChangeSchema,
	meeting: meetingSchema,
	attendee: attendeeSchema,
	decision: decisionSchema,
	meetingEvent: meetingEventSchema
} satisfies Record<RecordKind, z.ZodObject>;

// A meeting event's own `kind` (item-ticked…) is `event` in its document: the document's `kind`
// says which record it is.
const renamedInDoc: Partial<Record<RecordKind, Record<string, string>>> = {
	meetingEvent: { kind: 'event' }
};

const metadataKeys = ['_id', '_rev', 'kind', 'editedBy', 'editedAt', 'alsoEdited', 'deletedBy'];

/** A document of a plan's database, as written and read. */
export interface PlanDoc {
	_id: string;
	_rev?: string;
	_deleted?: boolean;
	kind?: string;
	editedBy?: string;
	editedAt?: string;
	alsoEdited?: Record<string, OtherValue>;
	deletedBy?: { by: string; at: string };
	[field: string]: unknown;
}

/** A record as a document (field names as stored on the server). */
export function toDoc(
	kind: RecordKind,
	version: Version,
	rev: string | undefined
): PlanDoc & { kind: string; editedBy: string; editedAt: string } {
	const rename = renamedInDoc[kind] ?? {};
	const docName = (name: string) => rename[name] ?? name;
	const doc: PlanDoc & { kind: string; editedBy: string; editedAt: string } = {
		_id: docIdOf(kind, version.fields),
		...(rev ? { _rev: rev } : {}),
		kind,
		editedBy: version.editedBy,
		editedAt: version.editedAt
	};
	for (const [name, value] of Object.entries(version.fields)) {
		if (value !== undefined) doc[docName(name)] = value;
	}
	if (version.alsoEdited && Object.keys(version.alsoEdited).length > 0) {
		doc.alsoEdited = Object.fromEntries(
			Object.entries(version.alsoEdited).map(([name, other]) => [docName(name), other])
		);
	}
	if (version.deletedBy) doc.deletedBy = version.deletedBy;
	return doc;
}

/** A deletion as a document: who deleted the record and when travel with it. */
export function toTombstoneDoc(docId: string, rev: string, by: string, at: string): PlanDoc {
	return { _id: docId, _rev: rev, _deleted: true, editedBy: by, editedAt: at };
}

const isoDateTime = z.iso.datetime();
const name = z.string().min(1).max(200);
const deletedBySchema = z.object({ by: name, at: isoDateTime }).strict();
const authorSchema = z.object({ editedBy: name, editedAt: isoDateTime });
const otherValueSchema = z
	.object({ value: z.unknown().optional(), by: name, at: isoDateTime })
	.strict();

/** Whether a record's shared fields pass its kind's schema (rules spanning several fields too). */
export function isValidRecord(kind: RecordKind, fields: Fields): boolean {
	return rowSchemas[kind].safeParse(fields).success;
}

/** A document read back as a record: its kind, id and version (fields as the row has them). */
export interface ParsedDoc {
	kind: RecordKind;
	docId: string;
	version: Version;
}

export type DocParse = { ok: true; doc: ParsedDoc } | { ok: false; reason: string };

/**
 * Parses a document of plan `planId`'s database as the server's rules do: its kind, id, plan,
 * who edited it and when, its fields (the row's zod schema) and the merge's notices.
 */
export function parsePlanDoc(planId: string, doc: PlanDoc): DocParse {
	const kind = typeof doc.kind === 'string' ? doc.kind : '';
	if (!(recordKinds as string[]).includes(kind)) return fail('unknown kind of record');
	const recordKind = kind as RecordKind;
	const rename = Object.entries(renamedInDoc[recordKind] ?? {});
	const rowName = (docName: string) => rename.find(([, to]) => to === docName)?.[0] ?? docName;
	const raw: Fields = {};
	for (const [key, value] of Object.entries(doc)) {
		if (metadataKeys.includes(key)) continue;
		if (key.startsWith('_')) continue;
		raw[rowName(key)] = value;
	}
	const schema = rowSchemas[recordKind];
	// A step written by an app of before the derived status says « not-started » for « not chosen ».
	const parsed = schema.safeParse(recordKind === 'step' ? withoutLegacyStepStatus(raw) : raw);
	if (!parsed.success) return fail(`invalid ${kind}: ${parsed.error.issues[0]?.message ?? ''}`);
	const fields = sharedFields(recordKind, parsed.data);
	if (doc._id !== docIdOf(recordKind, fields)) return fail('the id must be "<kind>:<record id>"');
	if ((recordKind === 'plan' ? fields.id : fields.planId) !== planId) {
		return fail('this record belongs to another plan');
	}
	const author = authorSchema.safeParse(doc);
	if (!author.success) return fail('editedBy and editedAt are required');
	const version: Version = { fields, ...author.data };
	if (doc.alsoEdited !== undefined) {
		const alsoEdited =
			recordKind === 'step' ? withoutLegacyStatusNotice(doc.alsoEdited) : doc.alsoEdited;
		const notices = parseNotices(schema, alsoEdited, rowName);
		if (!notices) return fail('invalid alsoEdited');
		if (Object.keys(notices).length > 0) version.alsoEdited = notices;
	}
	if (doc.deletedBy !== undefined) {
		const mark = deletedBySchema.safeParse(doc.deletedBy);
		if (!mark.success) return fail('invalid deletedBy');
		version.deletedBy = mark.data;
	}
	return { ok: true, doc: { kind: recordKind, docId: doc._id, version } };
}

/** A deleted document as the merge sees it: who deleted it, when (unknown for bare deletions). */
export function tombstoneOf(doc: PlanDoc): Tombstone {
	return {
		deleted: true,
		editedBy: typeof doc.editedBy === 'string' ? doc.editedBy : '',
		editedAt: typeof doc.editedAt === 'string' ? doc.editedAt : ''
	};
}

/** Each notice valid for its field (the value the field's schema accepts, or absent if optional). */
function parseNotices(
	schema: z.ZodObject,
	notices: unknown,
	rowName: (docName: string) => string
): Record<string, OtherValue> | undefined {
	if (!notices || typeof notices !== 'object' || Array.isArray(notices)) return undefined;
	const shape = schema.shape as Record<string, z.ZodType>;
	const result: Record<string, OtherValue> = {};
	for (const [docName, notice] of Object.entries(notices)) {
		const field = rowName(docName);
		const fieldSchema = Object.hasOwn(shape, field) ? shape[field] : undefined;
		if (!fieldSchema) return undefined;
		const other = otherValueSchema.safeParse(notice);
		if (!other.success) return undefined;
		const value = fieldSchema.safeParse(other.data.value);
		if (!value.success) return undefined;
		result[field] = { value: other.data.value, by: other.data.by, at: other.data.at };
	}
	return result;
}

/** An older app's notice « status: not-started » means « no status chosen » (a notice without value). */
function withoutLegacyStatusNotice(notices: unknown): unknown {
	if (!notices || typeof notices !== 'object' || !('status' in notices)) return notices;
	const status = notices.status;
	if (!status || typeof status !== 'object' || !('value' in status)) return notices;
	if (status.value !== legacyDefaultStepStatus) return notices;
	const rest = { ...status };
	delete rest.value;
	return { ...notices, status: rest };
}

const fail = (reason: string): DocParse => ({ ok: false, reason });

/** Which list of a plan bundle holds each kind. */
const bundleLists = {
	step: 'steps',
	item: 'items',
	tool: 'tools',
	change: 'changes',
	meeting: 'meetings',
	attendee: 'attendees',
	decision: 'decisions',
	meetingEvent: 'meetingEvents'
} as const satisfies Record<Exclude<RecordKind, 'plan'>, keyof PlanBundle>;

/** Every record of a plan, with its kind and shared fields. */
export function recordsOf(bundle: PlanBundle): { kind: RecordKind; fields: Fields }[] {
	const records = [{ kind: 'plan' as RecordKind, fields: sharedFields('plan', bundle.plan) }];
	for (const [kind, list] of Object.entries(bundleLists) as [RecordKind, keyof PlanBundle][]) {
		for (const row of bundle[list] as object[])
			records.push({ kind, fields: sharedFields(kind, row) });
	}
	return records;
}
