// The plan's values and limits, without zod: the plan's pages and domain functions import these,
// and keeping zod (and the schemas) out of their static imports keeps it out of their initial
// JavaScript (bundle budget, scripts/bundle-budget.js). `plan.ts` re-exports all of it.
// This module is a leaf (it never imports `plan.ts`): the record types come from `plan.ts`, with
// `import type`, which costs a page no JavaScript.

/** What a step's status can be: the first three follow from its checklist, any can be chosen. */
export const stepStatuses = ['not-started', 'in-progress', 'done', 'blocked', 'skipped'] as const;
/**
 * The statuses a person can choose for a step, overriding what its checklist says; the only
 * status that is stored (no choice: the status follows the checklist, and is never stored).
 */
export const stepOverrides = ['in-progress', 'done', 'blocked', 'skipped'] as const;
/** The status every step had before version 3 of the export file when nobody had chosen one. */
export const legacyDefaultStepStatus = 'not-started';
export const dependencyLevels = ['low', 'medium', 'high'] as const;
export const userReaches = ['few', 'team', 'everyone'] as const;
export const changeStatuses = ['to-evaluate', 'chosen', 'migrating', 'done'] as const;

export type StepStatus = (typeof stepStatuses)[number];
export type StepOverride = (typeof stepOverrides)[number];
export type DependencyLevel = (typeof dependencyLevels)[number];
export type UserReach = (typeof userReaches)[number];
export type ChangeStatus = (typeof changeStatuses)[number];

/** Upper bounds: an export file past them is refused rather than freezing the phone. */
export const planLimits = {
	items: 2000,
	tools: 200,
	changes: 200,
	meetings: 200,
	/** Per meeting. */
	decisions: 500,
	/** Per meeting. */
	meetingEvents: 5000,
	/** Per meeting. */
	attendees: 100,
	/** In a whole plan (an export file). */
	allDecisions: 10_000,
	allMeetingEvents: 50_000,
	allAttendees: 5000,
	shortText: 200,
	itemText: 500,
	decisionText: 2000,
	attendeeName: 120,
	attendeeRole: 60,
	notes: 10_000
} as const;

export const meetingEventKinds = [
	'item-ticked',
	'item-unticked',
	'item-added',
	'item-owner',
	'item-due',
	'step-status',
	'change-status'
] as const;

export type MeetingEventKind = (typeof meetingEventKinds)[number];

export const planExportFormat = 'passerelle-plan';
/**
 * Version 2: a meeting's attendees, decisions and recorded changes are records of their own.
 * Version 3: a step's `status` is only the status a person chose (absent: it follows the
 * checklist); earlier files wrote « not-started » for every step nobody had set.
 */
export const planExportVersion = 3;
