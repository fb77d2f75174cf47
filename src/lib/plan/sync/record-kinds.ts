// The kinds of records a shared plan is made of, their Dexie tables and document ids, without
// zod: the plan pages (conflict notices) use these, and zod stays out of their initial JavaScript.
import type { Fields } from './merge';

/** Every kind of record a plan is made of, each with its Dexie table. */
export const kindTables = {
	plan: 'plans',
	step: 'planSteps',
	item: 'planItems',
	tool: 'planTools',
	change: 'planChanges',
	meeting: 'planMeetings',
	attendee: 'planAttendees',
	decision: 'planDecisions',
	meetingEvent: 'planMeetingEvents'
} as const;

export type RecordKind = keyof typeof kindTables;
export type KindTable = (typeof kindTables)[RecordKind];
export const recordKinds = Object.keys(kindTables) as RecordKind[];

/**
 * Fields every device keeps as the later edit's value without a conflict notice: bookkeeping (a
 * task's last change), and the plan's meeting in progress (two phones that each started one).
 */
export const quietFields: Partial<Record<RecordKind, readonly string[]>> = {
	plan: ['activeMeetingId'],
	item: ['updatedAt']
};

/** The document id of a record: `plan`, `step:<stepId>`, or `<kind>:<id>`. */
export function docIdOf(kind: RecordKind, fields: Fields): string {
	if (kind === 'plan') return 'plan';
	return `${kind}:${String(kind === 'step' ? fields.stepId : fields.id)}`;
}

/** The kind a document id names, or undefined (design documents, unknown kinds). */
export function kindOfDocId(docId: string): RecordKind | undefined {
	const kind = docId === 'plan' ? 'plan' : docId.slice(0, docId.indexOf(':'));
	return (recordKinds as string[]).includes(kind) ? (kind as RecordKind) : undefined;
}

/** The shared fields of a row (the plan's device-only fields left out, undefined ones too). */
export function sharedFields(kind: RecordKind, row: object): Fields {
	const fields: Fields = {};
	for (const [name, value] of Object.entries(row)) {
		if (value === undefined) continue;
		if (kind === 'plan' && (name === 'updatedAt' || name === 'deletedAt')) continue;
		fields[name] = value;
	}
	return fields;
}
