import type { Attendee, Decision, Meeting, MeetingEvent, PlanBundle } from '$lib/schemas/plan';
import type { AttendeeInput } from './meetings';

// A meeting with its records, put together from the plan's lists when a page shows it (nothing
// here is stored).

/** A meeting, its attendees in their order, its decisions and recorded changes in time order. */
export interface MeetingRecord {
	meeting: Meeting;
	attendees: Attendee[];
	decisions: Decision[];
	events: MeetingEvent[];
}

const byTime = <T extends { at: string; id: string }>(a: T, b: T) =>
	a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/** The records of `meeting` among the plan's. */
export function meetingRecord(bundle: PlanBundle, meeting: Meeting): MeetingRecord {
	const own = <T extends { meetingId: string }>(rows: readonly T[]) =>
		rows.filter((row) => row.meetingId === meeting.id);
	return {
		meeting,
		attendees: own(bundle.attendees).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
		decisions: own(bundle.decisions).sort(byTime),
		events: own(bundle.meetingEvents).sort(byTime)
	};
}

/** The meeting in progress, if any. */
export function runningMeeting(bundle: PlanBundle): Meeting | undefined {
	const id = bundle.plan.activeMeetingId;
	return bundle.meetings.find((meeting) => meeting.id === id && !meeting.endedAt);
}

/** Ended meetings, the most recent first. */
export function pastMeetings(bundle: PlanBundle): Meeting[] {
	return bundle.meetings
		.filter((meeting) => meeting.endedAt)
		.sort((a, b) => b.date.localeCompare(a.date) || b.startedAt.localeCompare(a.startedAt));
}

/**
 * Who attended the most recent meeting that had attendees: the board is mostly the same people
 * from one meeting to the next, so a new meeting starts with them (and can be changed).
 */
export function lastAttendees(bundle: PlanBundle): AttendeeInput[] {
	const meetings = [...bundle.meetings].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
	for (const meeting of meetings) {
		const { attendees } = meetingRecord(bundle, meeting);
		if (attendees.length > 0) return attendees.map(({ name, role }) => ({ name, role }));
	}
	return [];
}
