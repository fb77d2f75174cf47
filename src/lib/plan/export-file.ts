import type { z } from 'zod';
import { splitLegacyMeeting, withoutLegacyStepStatus } from '$lib/schemas/plan-legacy';
import type { PlanExportV1 } from '$lib/schemas/plan';
import { planExportFormat, planExportVersion, planLimits } from '$lib/schemas/plan-values';
import type { PlanBundle, PlanExport } from '$lib/schemas/plan';
import { loadPlanSchemas } from './plan-store';
import { planSteps } from './steps';

// The plan export file: versioned JSON, validated by its zod schema on import. Reading a file
// never throws: every way a file can be wrong is a `PlanFileProblem` the page can explain. The
// schema (and zod) loads when a file is read, not with the page (bundle budget).

/** Files larger than this are refused before being read (a plan is a few hundred kB at most). */
export const maxPlanFileBytes = 5 * 1024 * 1024;

export type PlanFileProblem =
	| { code: 'too-large'; maxBytes: number }
	| { code: 'not-json' }
	| { code: 'foreign' }
	| { code: 'newer-version'; version: number }
	| { code: 'unknown-version' }
	| { code: 'too-many'; what: CappedList; max: number }
	| { code: 'invalid'; detail: string };

export type PlanFileResult =
	{ ok: true; file: PlanExport } | { ok: false; problem: PlanFileProblem };

/** The lists of a file whose length is checked before the schema runs. */
const cappedLists = {
	items: planLimits.items,
	tools: planLimits.tools,
	changes: planLimits.changes,
	meetings: planLimits.meetings,
	attendees: planLimits.allAttendees,
	decisions: planLimits.allDecisions,
	meetingEvents: planLimits.allMeetingEvents
} as const;

type CappedList = keyof typeof cappedLists;

const stepIndex = (stepId: string) => planSteps.findIndex((step) => step.id === stepId);
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const byTime = <T extends { at: string; id: string }>(a: T, b: T) =>
	a.at.localeCompare(b.at) || byId(a, b);

/** The export file of a plan (the running-meeting and deletion markers are device state, left out). */
export function buildPlanExport(bundle: PlanBundle, exportedAt: string): PlanExport {
	const plan = { ...bundle.plan };
	delete plan.activeMeetingId;
	delete plan.deletedAt;
	return {
		format: planExportFormat,
		version: planExportVersion,
		exportedAt,
		plan,
		// Canonical order, so two exports of the same plan are identical files.
		steps: [...bundle.steps].sort((a, b) => stepIndex(a.stepId) - stepIndex(b.stepId)),
		items: [...bundle.items].sort(
			(a, b) => stepIndex(a.stepId) - stepIndex(b.stepId) || a.order - b.order || byId(a, b)
		),
		tools: [...bundle.tools].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || byId(a, b)),
		changes: [...bundle.changes].sort(
			(a, b) => a.createdAt.localeCompare(b.createdAt) || byId(a, b)
		),
		meetings: [...bundle.meetings].sort(
			(a, b) => a.startedAt.localeCompare(b.startedAt) || byId(a, b)
		),
		attendees: [...bundle.attendees].sort(
			(a, b) => a.meetingId.localeCompare(b.meetingId) || a.order - b.order || byId(a, b)
		),
		decisions: [...bundle.decisions].sort(byTime),
		meetingEvents: [...bundle.meetingEvents].sort(byTime)
	};
}

/** The file name of a plan export, e.g. `plan-les-amis-du-jardin-2026-03-12.json`. */
export function planFileName(name: string, day: string, extension: string): string {
	const slug =
		name
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || 'plan';
	return `plan-${slug}-${day}.${extension}`;
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and validates the text of a plan file. */
export async function parsePlanFile(text: string): Promise<PlanFileResult> {
	// A UTF-8 byte is at least one UTF-16 unit, so this never refuses a file under the limit.
	if (text.length > maxPlanFileBytes) {
		return { ok: false, problem: { code: 'too-large', maxBytes: maxPlanFileBytes } };
	}
	let data: unknown;
	try {
		// Keys that could reach prototypes are dropped while parsing; strict schemas refuse the rest.
		data = JSON.parse(text, (key, value: unknown) => (forbiddenKeys.has(key) ? undefined : value));
	} catch {
		return { ok: false, problem: { code: 'not-json' } };
	}
	if (!isRecord(data) || data.format !== planExportFormat) {
		return { ok: false, problem: { code: 'foreign' } };
	}
	const { version } = data;
	if (typeof version === 'number' && Number.isInteger(version) && version > planExportVersion) {
		return { ok: false, problem: { code: 'newer-version', version } };
	}
	if (version !== planExportVersion && version !== 1 && version !== 2) {
		return { ok: false, problem: { code: 'unknown-version' } };
	}
	for (const [what, max] of Object.entries(cappedLists) as [CappedList, number][]) {
		const list = data[what];
		if (Array.isArray(list) && list.length > max) {
			return { ok: false, problem: { code: 'too-many', what, max } };
		}
	}
	const { planExportSchema, planExportV1Schema } = await loadPlanSchemas();
	let file: unknown = data;
	if (version !== planExportVersion) {
		// Before version 3 every step had a status, « not-started » by default: only a status a
		// person chose is kept (plan-legacy.ts), and the file reads on as a version 3 one.
		const steps = Array.isArray(data.steps) ? data.steps.map(withoutLegacyStepStatus) : data.steps;
		file = { ...data, steps, ...(version === 2 ? { version: planExportVersion } : {}) };
	}
	if (version === 1) {
		// A file from before meetings were split into records: read as it was written, then
		// turned into today's records and checked again as a current file.
		const legacy = planExportV1Schema.safeParse(file);
		if (!legacy.success) return invalid(legacy.error);
		file = upgradeV1File(legacy.data);
	}
	const parsed = planExportSchema.safeParse(file);
	if (!parsed.success) return invalid(parsed.error);
	return { ok: true, file: parsed.data };
}

/** The first problem zod found, with its path. */
function invalid(error: z.ZodError): PlanFileResult {
	const issue = error.issues[0];
	const path = issue?.path.join('.') ?? '';
	return {
		ok: false,
		problem: { code: 'invalid', detail: `${path}${path ? ': ' : ''}${issue?.message ?? ''}` }
	};
}

/** A version 1 file as a version 2 one: each meeting split into its records. */
function upgradeV1File(file: PlanExportV1): unknown {
	const split = file.meetings.map(splitLegacyMeeting);
	return {
		...file,
		version: planExportVersion,
		meetings: split.map((records) => records.meeting),
		attendees: split.flatMap((records) => records.attendees),
		decisions: split.flatMap((records) => records.decisions),
		meetingEvents: split.flatMap((records) => records.events)
	};
}
