import { loadDb } from '$lib/db';
import type { PasserelleDatabase } from '$lib/db/database';
import {
	planLimits,
	type MeetingEvent,
	type Plan,
	type PlanBundle
} from '$lib/schemas/plan-values';

// Shared by the plan's write functions: every edit runs in one read-write transaction that also
// bumps the plan's `updatedAt` and, during a board meeting, records the edit in the meeting.

/**
 * The plan's zod schemas, loaded by the first read or validated write rather than with the page:
 * zod stays out of the plan pages' initial JavaScript (bundle budget). Call it before opening a
 * transaction, never inside one (awaiting the module there would let IndexedDB commit early).
 */
export function loadPlanSchemas() {
	return import('$lib/schemas/plan');
}

/** The tables a plan is made of (every write transaction may touch any of them). */
export function planTables(db: PasserelleDatabase) {
	return [
		db.plans,
		db.planSteps,
		db.planItems,
		db.planTools,
		db.planChanges,
		db.planMeetings,
		db.planAttendees,
		db.planDecisions,
		db.planMeetingEvents
	];
}

/** Writes every row of a plan (call inside a transaction over `planTables`). */
export async function putBundleRows(db: PasserelleDatabase, bundle: PlanBundle): Promise<void> {
	await db.plans.put(bundle.plan);
	await db.planSteps.bulkPut(bundle.steps);
	await db.planItems.bulkPut(bundle.items);
	await db.planTools.bulkPut(bundle.tools);
	await db.planChanges.bulkPut(bundle.changes);
	await db.planMeetings.bulkPut(bundle.meetings);
	await db.planAttendees.bulkPut(bundle.attendees);
	await db.planDecisions.bulkPut(bundle.decisions);
	await db.planMeetingEvents.bulkPut(bundle.meetingEvents);
}

/** A new random id (UUID v4 where available). */
export function newId(): string {
	return globalThis.crypto.randomUUID();
}

/** Now, as stored. */
export function nowIso(): string {
	return new Date().toISOString();
}

/** Runs `edit` in one transaction over the plan's tables, then marks the plan as edited. */
export async function editPlan<T>(
	planId: string,
	edit: (db: PasserelleDatabase, plan: Plan) => Promise<T>
): Promise<T> {
	const db = await loadDb();
	return db.transaction('rw', planTables(db), async () => {
		const plan = await db.plans.get(planId);
		if (!plan) throw new Error(`No plan ${planId} on this device`);
		const result = await edit(db, plan);
		await db.plans.update(planId, { updatedAt: nowIso() });
		return result;
	});
}

/** A change as recorded by a meeting, before it gets its id, meeting and time. */
export type NewMeetingEvent = Pick<MeetingEvent, 'kind' | 'stepId' | 'itemId' | 'label' | 'value'>;

/** Kinds whose repeated edits of one task (typing a name, picking a date) make one change. */
const coalescedKinds: ReadonlySet<MeetingEvent['kind']> = new Set(['item-owner', 'item-due']);

/**
 * During a board meeting, keeps `event` in the meeting's record of what changed. An owner or due
 * date edited again right after (the field saves as it is typed) updates that change rather than
 * adding one per keystroke. Times only go forward within a meeting, so its changes keep their order
 * even when two are recorded in the same millisecond.
 */
export async function recordInMeeting(
	db: PasserelleDatabase,
	plan: Plan,
	event: NewMeetingEvent
): Promise<void> {
	if (!plan.activeMeetingId) return;
	const meeting = await db.planMeetings.get(plan.activeMeetingId);
	if (!meeting || meeting.endedAt) return;
	const recorded = await db.planMeetingEvents.where('meetingId').equals(meeting.id).toArray();
	const last = recorded.reduce<MeetingEvent | undefined>(
		(latest, row) => (!latest || row.at > latest.at ? row : latest),
		undefined
	);
	const at = timeAfter(last?.at);
	if (last && coalescedKinds.has(event.kind) && last.kind === event.kind) {
		if (last.itemId !== undefined && last.itemId === event.itemId) {
			await db.planMeetingEvents.put({ ...last, ...event, at });
			return;
		}
	}
	if (recorded.length >= planLimits.meetingEvents) return;
	await db.planMeetingEvents.add({
		...withoutUndefined(event),
		id: newId(),
		planId: plan.id,
		meetingId: meeting.id,
		at
	});
}

/**
 * Now, or just after `previous` when the clock has not moved past it: records of a meeting (its
 * changes, its decisions) keep the order they were made in, even within one millisecond.
 */
export function timeAfter(previous: string | undefined): string {
	const now = nowIso();
	return previous && previous >= now ? new Date(Date.parse(previous) + 1).toISOString() : now;
}

/** `record` without its undefined fields (stored rows leave absent fields out). */
export function withoutUndefined<T extends object>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
