import { loadDb } from '$lib/db';
import type { PasserelleDatabase } from '$lib/db/database';
import { planLimits, type MeetingEvent, type Plan } from '$lib/schemas/plan-values';

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
	return [db.plans, db.planSteps, db.planItems, db.planTools, db.planChanges, db.planMeetings];
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

/** During a board meeting, keeps `event` in the meeting's record of what changed. */
export async function recordInMeeting(
	db: PasserelleDatabase,
	plan: Plan,
	event: Omit<MeetingEvent, 'at'>
): Promise<void> {
	if (!plan.activeMeetingId) return;
	const meeting = await db.planMeetings.get(plan.activeMeetingId);
	if (!meeting || meeting.endedAt || meeting.events.length >= planLimits.meetingEvents) return;
	await db.planMeetings.update(meeting.id, {
		events: [...meeting.events, { ...event, at: nowIso() }]
	});
}
