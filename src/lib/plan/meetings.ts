import { planLimits } from '$lib/schemas/plan-values';
import type { Attendee, Decision } from '$lib/schemas/plan';
import {
	editPlan,
	loadPlanSchemas,
	newId,
	nowIso,
	timeAfter,
	withoutUndefined
} from './plan-store';
import type { PlanStepId } from './steps';

// A board meeting's records: the meeting itself, its attendees and its decisions (the changes made
// meanwhile are recorded by plan-store's `recordInMeeting`). Each is a row of its own.

/** An attendee as typed: a name and a role (présidente, trésorier…, or empty). */
export interface AttendeeInput {
	name: string;
	role: string;
}

/** What a decision is about: a step, a task, or nothing in particular. */
export type DecisionLink = { stepId: PlanStepId } | { itemId: string } | Record<string, never>;

/** Starts a board meeting: until it ends, ticks and other changes are recorded in it. */
export async function startMeeting(
	planId: string,
	date: string,
	attendees: readonly AttendeeInput[]
): Promise<string> {
	const { attendeeSchema, meetingSchema } = await loadPlanSchemas();
	const meeting = meetingSchema.parse({ id: newId(), planId, date, startedAt: nowIso() });
	const rows = attendees
		.slice(0, planLimits.attendees)
		.map((person, index) =>
			attendeeSchema.parse({ id: newId(), planId, meetingId: meeting.id, ...person, order: index })
		);
	return editPlan(planId, async (db, plan) => {
		if (plan.activeMeetingId) {
			const running = await db.planMeetings.get(plan.activeMeetingId);
			if (running && !running.endedAt) return running.id;
		}
		if ((await db.planMeetings.where('planId').equals(planId).count()) >= planLimits.meetings) {
			throw new RangeError('Too many meetings');
		}
		await db.planMeetings.add(meeting);
		await db.planAttendees.bulkAdd(rows);
		await db.plans.update(planId, { activeMeetingId: meeting.id });
		return meeting.id;
	});
}

/** Adds an attendee at the end of a meeting's list; refuses an empty name. */
export async function addAttendee(
	planId: string,
	meetingId: string,
	person: AttendeeInput
): Promise<void> {
	const { attendeeSchema } = await loadPlanSchemas();
	const id = newId();
	const draft = attendeeSchema.parse({ id, planId, meetingId, ...person, order: 0 });
	await editPlan(planId, async (db) => {
		const others = await db.planAttendees.where('meetingId').equals(meetingId).toArray();
		if (others.length >= planLimits.attendees) throw new RangeError('Too many attendees');
		const order = Math.max(0, ...others.map((other) => other.order)) + 1;
		await db.planAttendees.add({ ...draft, order });
	});
}

/** Removes an attendee; returns the row, for an undo (`restoreAttendee`). */
export async function removeAttendee(
	planId: string,
	attendeeId: string
): Promise<Attendee | undefined> {
	return editPlan(planId, async (db) => {
		const row = await db.planAttendees.get(attendeeId);
		if (!row || row.planId !== planId) return undefined;
		await db.planAttendees.delete(attendeeId);
		return row;
	});
}

/** Puts back a removed attendee, at its place in the list. */
export async function restoreAttendee(row: Attendee): Promise<void> {
	await editPlan(row.planId, async (db) => {
		await db.planAttendees.put(row);
	});
}

/** Records a decision in a meeting, about a step, a task or nothing in particular. */
export async function addDecision(
	planId: string,
	meetingId: string,
	text: string,
	link: DecisionLink = {}
): Promise<void> {
	const { decisionSchema } = await loadPlanSchemas();
	const decision = decisionSchema.parse(
		withoutUndefined({ id: newId(), planId, meetingId, text: text.trim(), at: nowIso(), ...link })
	);
	await editPlan(planId, async (db) => {
		const others = await db.planDecisions.where('meetingId').equals(meetingId).toArray();
		if (others.length >= planLimits.decisions) throw new RangeError('Too many decisions');
		const latest = others.reduce((max, other) => (other.at > max ? other.at : max), '');
		await db.planDecisions.add({ ...decision, at: timeAfter(latest) });
	});
}

/** Removes a decision (e.g. one recorded by mistake); returns it for an undo. */
export async function removeDecision(
	planId: string,
	decisionId: string
): Promise<Decision | undefined> {
	return editPlan(planId, async (db) => {
		const decision = await db.planDecisions.get(decisionId);
		if (!decision || decision.planId !== planId) return undefined;
		await db.planDecisions.delete(decisionId);
		return decision;
	});
}

/** Puts a removed decision back (the undo of `removeDecision`); it keeps its time, hence its place. */
export async function restoreDecision(decision: Decision): Promise<void> {
	await editPlan(decision.planId, async (db) => {
		await db.planDecisions.put(decision);
	});
}

/** Ends the running meeting; its records stay for the minutes. */
export async function endMeeting(planId: string): Promise<void> {
	await editPlan(planId, async (db, plan) => {
		if (!plan.activeMeetingId) return;
		await db.planMeetings.update(plan.activeMeetingId, { endedAt: nowIso() });
		const rest = { ...plan, updatedAt: nowIso() };
		delete rest.activeMeetingId;
		await db.plans.put(rest);
	});
}
