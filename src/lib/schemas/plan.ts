import { z } from './zod';
import { planSteps, type PlanStepId } from '$lib/plan/steps';
import { catalogueIdSchema, toolUseSchema } from './alternative';
import {
	changeStatuses,
	dependencyLevels,
	meetingEventKinds,
	planExportFormat,
	planExportVersion,
	planLimits,
	stepStatuses,
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
		status: z.enum(stepStatuses),
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

export const meetingEventSchema = z
	.object({
		at: isoDateTime,
		kind: z.enum(meetingEventKinds),
		stepId: stepIdSchema.optional(),
		/** What it was about, as shown when it happened (item text, change "from → to"). */
		label: z.string().max(planLimits.itemText),
		value: shortText.optional()
	})
	.strict();

export const decisionSchema = z
	.object({ id, text: z.string().trim().min(1).max(2000), at: isoDateTime })
	.strict();

export const meetingSchema = z
	.object({
		id,
		planId: id,
		date: z.iso.date(),
		attendees: z.string().max(1000),
		startedAt: isoDateTime,
		endedAt: isoDateTime.optional(),
		decisions: z.array(decisionSchema).max(planLimits.decisions),
		events: z.array(meetingEventSchema).max(planLimits.meetingEvents)
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

/** Everything one plan is made of: what the pages show and what an export file holds. */
export interface PlanBundle {
	plan: Plan;
	steps: StepState[];
	items: ChecklistItem[];
	tools: DiagnosisTool[];
	changes: ToolChange[];
	meetings: Meeting[];
}

/** An export file, version 1. Every record must belong to the exported plan. */
export const planExportSchema = z
	.object({
		format: z.literal(planExportFormat),
		version: z.literal(planExportVersion),
		exportedAt: isoDateTime,
		plan: planSchema.omit({ activeMeetingId: true, deletedAt: true }),
		steps: z.array(stepStateSchema).max(planSteps.length),
		items: z.array(checklistItemSchema).max(planLimits.items),
		tools: z.array(diagnosisToolSchema).max(planLimits.tools),
		changes: z.array(toolChangeSchema).max(planLimits.changes),
		meetings: z.array(meetingSchema).max(planLimits.meetings)
	})
	.strict()
	.superRefine((file, ctx) => {
		const planId = file.plan.id;
		for (const key of ['steps', 'items', 'tools', 'changes', 'meetings'] as const) {
			file[key].forEach((row, index) => {
				if (row.planId !== planId) {
					ctx.addIssue({
						code: 'custom',
						message: 'Belongs to another plan',
						path: [key, index, 'planId']
					});
				}
			});
		}
		for (const key of ['items', 'tools', 'changes', 'meetings'] as const) {
			const seen = new Set<string>();
			file[key].forEach((row, index) => {
				if (seen.has(row.id)) {
					ctx.addIssue({ code: 'custom', message: 'Duplicate id', path: [key, index, 'id'] });
				}
				seen.add(row.id);
			});
		}
		const stepsSeen = new Set<string>();
		file.steps.forEach((row, index) => {
			if (stepsSeen.has(row.stepId)) {
				ctx.addIssue({ code: 'custom', message: 'Duplicate step', path: ['steps', index] });
			}
			stepsSeen.add(row.stepId);
		});
	});

export type PlanExport = z.infer<typeof planExportSchema>;
