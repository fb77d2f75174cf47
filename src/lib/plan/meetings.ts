import { planLimits, type Decision, type Meeting } from '$lib/schemas/plan-values';
import { editPlan, loadPlanSchemas, newId, nowIso } from './plan-store';

/** Starts a board meeting: until it ends, ticks and status changes are recorded in it. */
export async function startMeeting(
	planId: string,
	date: string,
	attendees: string
): Promise<string> {
	return editPlan(planId, async (db, plan) => {
		if (plan.activeMeetingId) {
			const running = await db.planMeetings.get(plan.activeMeetingId);
			if (running && !running.endedAt) return running.id;
		}
		if ((await db.planMeetings.where('planId').equals(planId).count()) >= planLimits.meetings) {
			throw new RangeError('Too many meetings');
		}
		const meeting: Meeting = {
			id: newId(),
			planId,
			date,
			attendees: attendees.trim(),
			startedAt: nowIso(),
			decisions: [],
			events: []
		};
		await db.planMeetings.add(meeting);
		await db.plans.update(planId, { activeMeetingId: meeting.id });
		return meeting.id;
	});
}

/** Records a decision in a meeting. */
export async function addDecision(planId: string, meetingId: string, text: string): Promise<void> {
	const { decisionSchema } = await loadPlanSchemas();
	const decision = decisionSchema.parse({ id: newId(), text: text.trim(), at: nowIso() });
	await editPlan(planId, async (db) => {
		const meeting = await db.planMeetings.get(meetingId);
		if (!meeting || meeting.decisions.length >= planLimits.decisions) return;
		await db.planMeetings.update(meetingId, { decisions: [...meeting.decisions, decision] });
	});
}

/** A decision taken out of its meeting, with where it was, so it can be put back. */
export interface RemovedDecision {
	meetingId: string;
	decision: Decision;
	index: number;
}

/** Removes a decision (e.g. one recorded by mistake); returns it for an undo. */
export async function removeDecision(
	planId: string,
	meetingId: string,
	decisionId: string
): Promise<RemovedDecision | undefined> {
	return editPlan(planId, async (db) => {
		const meeting = await db.planMeetings.get(meetingId);
		const index = meeting?.decisions.findIndex((decision) => decision.id === decisionId) ?? -1;
		const decision = meeting?.decisions[index];
		if (!meeting || !decision) return undefined;
		await db.planMeetings.update(meetingId, {
			decisions: meeting.decisions.filter((entry) => entry.id !== decisionId)
		});
		return { meetingId, decision, index };
	});
}

/** Puts a removed decision back where it was (the undo of `removeDecision`). */
export async function restoreDecision(planId: string, removed: RemovedDecision): Promise<void> {
	await editPlan(planId, async (db) => {
		const meeting = await db.planMeetings.get(removed.meetingId);
		if (!meeting || meeting.decisions.some((entry) => entry.id === removed.decision.id)) return;
		const decisions = [...meeting.decisions];
		decisions.splice(Math.min(removed.index, decisions.length), 0, removed.decision);
		await db.planMeetings.update(removed.meetingId, { decisions });
	});
}

/** Saves the attendees of a meeting. */
export async function updateAttendees(
	planId: string,
	meetingId: string,
	attendees: string
): Promise<void> {
	await editPlan(planId, async (db) => {
		await db.planMeetings.update(meetingId, { attendees: attendees.slice(0, 1000) });
	});
}

/** Ends the running meeting; its record stays for the minutes. */
export async function endMeeting(planId: string): Promise<void> {
	await editPlan(planId, async (db, plan) => {
		if (!plan.activeMeetingId) return;
		await db.planMeetings.update(plan.activeMeetingId, { endedAt: nowIso() });
		const rest = { ...plan, updatedAt: nowIso() };
		delete rest.activeMeetingId;
		await db.plans.put(rest);
	});
}
