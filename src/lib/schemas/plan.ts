import { z } from './zod';
import { planSteps, type PlanStepId } from './plan-steps';
import { catalogueIdSchema, toolUseSchema } from './alternative';
import {
	changeStatuses,
	dependencyLevels,
	meetingEventKinds,
	planExportFormat,
	planExportVersion,
	planLimits,
	stepOverrides,
	userReaches
} from './plan-values';
import { associationSizes } from './provider-values';

export * from './plan-values';

// The private transition plan: every record a plan is made of, as stored in Dexie and as written
// in an export file. Plans never leave the device unless the user exports them.

const stepIds = planSteps.map((step) => step.id) as [PlanStepId, ...PlanStepId[]];
export const stepIdSchema = z.enum(stepIds);

const id = z.string().min(1).max(64);
const isoDateTime = z.iso.datetime();
const shortText = z.string().max(planLimits.shortText);
/** A calendar day `YYYY-MM-DD`, or empty when not set. */
export const dayOrEmpty = z.union([z.literal(''), z.iso.date()]);
/** A month `YYYY-MM`, or empty when not set. */
export const monthOrEmpty = z.union([z.literal(''), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]);
const count = z.number().int().min(0).max(1_000_000);

export const planProfileSchema = z
	.object({
		name: z.string().trim().min(1).max(120),
		size: z.enum(associationSizes).or(z.literal('')),
		sector: shortText,
		volunteers: count,
		employees: count
	})
	.strict();

export const planSchema = z
	.object({
		id,
		profile: planProfileSchema,
		createdAt: isoDateTime,
		updatedAt: isoDateTime,
		/** The board meeting in progress, if any: edits made meanwhile are recorded in it. */
		activeMeetingId: id.optional(),
		/** Set when the user deleted the plan; it can be restored until it is purged. */
		deletedAt: isoDateTime.optional()
	})
	.strict();

export const stepStateSchema = z
	.object({
		planId: id,
		stepId: stepIdSchema,
		/** The status a person chose; absent, the status follows the checklist (not stored). */
		status: z.enum(stepOverrides).optional(),
		owners: shortText,
		targetDate: dayOrEmpty,
		notes: z.string().max(planLimits.notes)
	})
	.strict();

export const checklistItemSchema = z
	.object({
		id,
		planId: id,
		stepId: stepIdSchema,
		/** The template item it was seeded from; its text follows the language until edited. */
		templateKey: z.string().max(80).optional(),
		/** What the user wrote; empty means the template's text. */
		text: z.string().max(planLimits.itemText),
		done: z.boolean(),
		order: z.number().finite(),
		/** Who carries it out (free text, e.g. « Camille »); empty when nobody is assigned. */
		owner: shortText.default(''),
		/** When it is due, or empty. Absent from rows and files written before version 2. */
		dueDate: dayOrEmpty.default(''),
		updatedAt: isoDateTime
	})
	.strict();

export const diagnosisToolSchema = z
	.object({
		id,
		planId: id,
		use: toolUseSchema,
		/** A Big Tech tool of the alternatives catalogue, by its stable id… */
		toolId: catalogueIdSchema.optional(),
		/** …or a tool typed by the user. */
		otherName: shortText.optional(),
		/** For a typed tool: whether it belongs to a Big Tech company (catalogue tools always do). */
		isBigTech: z.boolean(),
		dependency: z.enum(dependencyLevels),
		reach: z.enum(userReaches),
		users: shortText,
		createdAt: isoDateTime
	})
	.strict()
	.refine((tool) => tool.toolId !== undefined || (tool.otherName ?? '').trim() !== '', {
		message: 'Pick a catalogue tool or type its name'
	});

export const toolChangeSchema = z
	.object({
		id,
		planId: id,
		from: shortText,
		fromToolId: catalogueIdSchema.optional(),
		to: shortText,
		toAlternativeId: catalogueIdSchema.optional(),
		status: z.enum(changeStatuses),
		owner: shortText,
		targetMonth: monthOrEmpty,
		createdAt: isoDateTime
	})
	.strict();

// A board meeting and what is said and done in it: each attendee, decision and recorded change is
// a record of its own (stable id, its plan and meeting), so that two phones that ran the same
// meeting can later merge them record by record rather than overwrite one meeting document.

export const meetingSchema = z
	.object({
		id,
		planId: id,
		date: z.iso.date(),
		startedAt: isoDateTime,
		endedAt: isoDateTime.optional()
	})
	.strict();

export const attendeeSchema = z
	.object({
		id,
		planId: id,
		meetingId: id,
		name: z.string().trim().min(1).max(planLimits.attendeeName),
		/** Free text: présidente, trésorier, secrétaire, membre… or empty. */
		role: z.string().trim().max(planLimits.attendeeRole),
		order: z.number().finite()
	})
	.strict();

export const decisionSchema = z
	.object({
		id,
		planId: id,
		meetingId: id,
		/** May span several lines. */
		text: z.string().trim().min(1).max(planLimits.decisionText),
		at: isoDateTime,
		/** The step it is about, or… */
		stepId: stepIdSchema.optional(),
		/** …the task it is about (its step follows from the task). */
		itemId: id.optional()
	})
	.strict()
	.refine((decision) => !(decision.stepId && decision.itemId), {
		message: 'A decision is linked to a step or a task, not both'
	});

export const meetingEventSchema = z
	.object({
		id,
		planId: id,
		meetingId: id,
		at: isoDateTime,
		kind: z.enum(meetingEventKinds),
		stepId: stepIdSchema.optional(),
		/** The task it is about, if any. */
		itemId: id.optional(),
		/** What it was about, as shown when it happened (item text, change "from → to"). */
		label: z.string().max(planLimits.itemText),
		value: shortText.optional()
	})
	.strict();

export type PlanProfile = z.infer<typeof planProfileSchema>;
export type Plan = z.infer<typeof planSchema>;
export type StepState = z.infer<typeof stepStateSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type DiagnosisTool = z.infer<typeof diagnosisToolSchema>;
export type ToolChange = z.infer<typeof toolChangeSchema>;
export type MeetingEvent = z.infer<typeof meetingEventSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Attendee = z.infer<typeof attendeeSchema>;

/** Everything one plan is made of: what the pages show and what an export file holds. */
export interface PlanBundle {
	plan: Plan;
	steps: StepState[];
	items: ChecklistItem[];
	tools: DiagnosisTool[];
	changes: ToolChange[];
	meetings: Meeting[];
	attendees: Attendee[];
	decisions: Decision[];
	meetingEvents: MeetingEvent[];
}

/** The lists of an export file, each record belonging to the plan (and, if any, to a meeting). */
const planLists = ['steps', 'items', 'tools', 'changes', 'meetings'] as const;
const meetingLists = ['attendees', 'decisions', 'meetingEvents'] as const;

interface PlanFileShape {
	plan: { id: string };
	steps: { planId: string; stepId: string }[];
	items: { id: string; planId: string }[];
	tools: { id: string; planId: string }[];
	changes: { id: string; planId: string }[];
	meetings: { id: string; planId: string }[];
	attendees?: { id: string; planId: string; meetingId: string }[];
	decisions?: { id: string; planId: string; meetingId: string }[];
	meetingEvents?: { id: string; planId: string; meetingId: string }[];
}

/** Every record belongs to the file's plan (and meeting), ids are unique, each step listed once. */
function checkPlanFile(file: PlanFileShape, ctx: z.RefinementCtx) {
	const planId = file.plan.id;
	const issue = (message: string, path: (string | number)[]) =>
		ctx.addIssue({ code: 'custom', message, path });
	for (const key of [...planLists, ...meetingLists]) {
		(file[key] ?? []).forEach((row, index) => {
			if (row.planId !== planId) issue('Belongs to another plan', [key, index, 'planId']);
		});
	}
	for (const key of ['items', 'tools', 'changes', 'meetings', ...meetingLists] as const) {
		const seen = new Set<string>();
		(file[key] ?? []).forEach((row, index) => {
			if (seen.has(row.id)) issue('Duplicate id', [key, index, 'id']);
			seen.add(row.id);
		});
	}
	const meetingIds = new Set(file.meetings.map((meeting) => meeting.id));
	for (const key of meetingLists) {
		(file[key] ?? []).forEach((row, index) => {
			if (!meetingIds.has(row.meetingId)) issue('Belongs to no meeting', [key, index]);
		});
	}
	const stepsSeen = new Set<string>();
	file.steps.forEach((row, index) => {
		if (stepsSeen.has(row.stepId)) issue('Duplicate step', ['steps', index]);
		stepsSeen.add(row.stepId);
	});
}

/** What every version of the export file holds alike. */
const planFileShape = {
	format: z.literal(planExportFormat),
	exportedAt: isoDateTime,
	plan: planSchema.omit({ activeMeetingId: true, deletedAt: true }),
	steps: z.array(stepStateSchema).max(planSteps.length),
	items: z.array(checklistItemSchema).max(planLimits.items),
	tools: z.array(diagnosisToolSchema).max(planLimits.tools),
	changes: z.array(toolChangeSchema).max(planLimits.changes)
};

/** An export file, the current version. Every record must belong to the exported plan. */
export const planExportSchema = z
	.object({
		...planFileShape,
		version: z.literal(planExportVersion),
		meetings: z.array(meetingSchema).max(planLimits.meetings),
		attendees: z.array(attendeeSchema).max(planLimits.allAttendees),
		decisions: z.array(decisionSchema).max(planLimits.allDecisions),
		meetingEvents: z.array(meetingEventSchema).max(planLimits.allMeetingEvents)
	})
	.strict()
	.superRefine(checkPlanFile);

export type PlanExport = z.infer<typeof planExportSchema>;

/** A meeting as version 1 files (and app versions before Dexie version 5) kept it: one record. */
export const legacyMeetingSchema = z
	.object({
		id,
		planId: id,
		date: z.iso.date(),
		attendees: z.string().max(1000),
		startedAt: isoDateTime,
		endedAt: isoDateTime.optional(),
		decisions: z
			.array(z.object({ id, text: z.string().trim().min(1).max(2000), at: isoDateTime }).strict())
			.max(planLimits.decisions),
		events: z
			.array(
				z
					.object({
						at: isoDateTime,
						kind: z.enum(meetingEventKinds),
						stepId: stepIdSchema.optional(),
						label: z.string().max(planLimits.itemText),
						value: shortText.optional()
					})
					.strict()
			)
			.max(planLimits.meetingEvents)
	})
	.strict();

/** An export file, version 1: meetings held their attendees, decisions and changes. */
export const planExportV1Schema = z
	.object({
		...planFileShape,
		version: z.literal(1),
		meetings: z.array(legacyMeetingSchema).max(planLimits.meetings)
	})
	.strict()
	.superRefine(checkPlanFile);

export type PlanExportV1 = z.infer<typeof planExportV1Schema>;
