import {
	legacyDefaultStepStatus,
	meetingEventKinds,
	planLimits,
	type MeetingEventKind
} from './plan-values';
import type { Attendee, Decision, Meeting, MeetingEvent } from './plan';

// Before version 2 of the export file (and version 5 of the local database), a meeting was one
// record holding its attendees (one line of text), decisions and recorded changes. This turns
// such a meeting into the records a meeting is made of today. It is used by the database upgrade
// and by the import of version 1 files, so it reads its input loosely (no zod: the upgrade runs
// before any page code) and never throws on a damaged row: what cannot be read is left out.

/** A meeting as stored by earlier versions. */
export interface LegacyMeeting {
	id: string;
	planId: string;
	date: string;
	startedAt: string;
	endedAt?: string;
	attendees?: unknown;
	decisions?: unknown;
	events?: unknown;
}

/** A meeting and the records it is made of. */
export interface MeetingRecords {
	meeting: Meeting;
	attendees: Attendee[];
	decisions: Decision[];
	events: MeetingEvent[];
}

/** Reads « Camille (présidente), Yanis » as attendees: a name, and a role in brackets if any. */
export function parseAttendeeList(text: string): { name: string; role: string }[] {
	return text
		.split(/[,;\n]/)
		.map((part) => part.trim())
		.filter((part) => part !== '')
		.map((part) => {
			const match = /^(.*?)\s*\(([^()]*)\)$/.exec(part);
			const name = (match?.[1] || part).trim();
			const role = match?.[1] ? (match[2] ?? '').trim() : '';
			return {
				name: name.slice(0, planLimits.attendeeName),
				role: role.slice(0, planLimits.attendeeRole)
			};
		});
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const isKind = (value: unknown): value is MeetingEventKind =>
	meetingEventKinds.includes(value as MeetingEventKind);

/** A record id derived from the meeting's, so converting the same meeting twice gives the same ids. */
const childId = (meetingId: string, tag: string, index: number) =>
	`${meetingId.slice(0, 56)}-${tag}${index}`;

/** Splits a legacy meeting into the meeting and its attendee, decision and change records. */
export function splitLegacyMeeting(legacy: LegacyMeeting): MeetingRecords {
	const { id: meetingId, planId } = legacy;
	const meeting: Meeting = {
		id: meetingId,
		planId,
		date: legacy.date,
		startedAt: legacy.startedAt,
		...(legacy.endedAt ? { endedAt: legacy.endedAt } : {})
	};
	const attendees = parseAttendeeList(text(legacy.attendees))
		.slice(0, planLimits.attendees)
		.map((person, index): Attendee => ({
			id: childId(meetingId, 'p', index),
			planId,
			meetingId,
			...person,
			order: index + 1
		}));
	const decisions = (Array.isArray(legacy.decisions) ? legacy.decisions : []).flatMap(
		(entry: unknown): Decision[] =>
			isRecord(entry) && text(entry.id) && text(entry.text).trim()
				? [
						{
							id: text(entry.id),
							planId,
							meetingId,
							text: text(entry.text).trim(),
							at: text(entry.at) || legacy.startedAt
						}
					]
				: []
	);
	const events = (Array.isArray(legacy.events) ? legacy.events : []).flatMap(
		(entry: unknown, index): MeetingEvent[] => {
			if (!isRecord(entry) || !isKind(entry.kind)) return [];
			const stepId = text(entry.stepId);
			const value = entry.value;
			return [
				{
					id: childId(meetingId, 'e', index),
					planId,
					meetingId,
					at: text(entry.at) || legacy.startedAt,
					kind: entry.kind,
					...(stepId ? { stepId: stepId as MeetingEvent['stepId'] } : {}),
					label: text(entry.label),
					...(typeof value === 'string' ? { value } : {})
				}
			];
		}
	);
	return { meeting, attendees, decisions, events };
}

/**
 * A step as written before version 3 of the export file (and version 7 of the local database, and
 * by app versions of that time on a shared plan): every step had a status, « not-started » when
 * nobody had chosen one. Today the status follows the checklist unless a person chose one, and
 * only that choice is stored: « not-started » was the default, so it is dropped; « in-progress »
 * and « done » were chosen by a person, so they stay as their choice.
 */
export function withoutLegacyStepStatus<T>(step: T): T {
	if (typeof step !== 'object' || step === null || !('status' in step)) return step;
	if (step.status !== legacyDefaultStepStatus) return step;
	const rest = { ...step };
	delete rest.status;
	return rest;
}
