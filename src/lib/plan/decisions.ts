import type { ChecklistItem, Decision, Meeting, PlanBundle } from '$lib/schemas/plan';
import { isPlanStepId, type PlanStepId } from './steps';
import type { DecisionLink } from './meetings';

// What a decision is about (a step or a task), and the plan's decisions across its meetings.

/** What a decision points at, once its link is read against the plan as it is now. */
export type DecisionTarget =
	| { kind: 'step'; stepId: PlanStepId }
	| { kind: 'item'; item: ChecklistItem }
	/** The task was deleted after the decision: the decision stays, its link says so. */
	| { kind: 'missing-item' };

/** The step or task a decision is about, or undefined when it is about nothing in particular. */
export function decisionTarget(
	decision: Pick<Decision, 'stepId' | 'itemId'>,
	items: readonly ChecklistItem[]
): DecisionTarget | undefined {
	if (decision.itemId !== undefined) {
		const item = items.find((entry) => entry.id === decision.itemId);
		return item ? { kind: 'item', item } : { kind: 'missing-item' };
	}
	if (decision.stepId !== undefined) return { kind: 'step', stepId: decision.stepId };
	return undefined;
}

/** The step page a target opens (a task opens its step), if any. */
export function targetStepId(target: DecisionTarget | undefined): PlanStepId | undefined {
	if (target?.kind === 'step') return target.stepId;
	if (target?.kind === 'item') return target.item.stepId;
	return undefined;
}

// A link as the decision form's <select> holds it: '' (nothing), `step:<id>` or `item:<id>`.

/** The select value of a link. */
export function linkChoice(link: DecisionLink): string {
	if ('stepId' in link && link.stepId) return `step:${link.stepId}`;
	if ('itemId' in link && link.itemId) return `item:${link.itemId}`;
	return '';
}

/** The link a select value stands for; anything unknown (a task deleted meanwhile) links nothing. */
export function parseLinkChoice(value: string, items: readonly ChecklistItem[]): DecisionLink {
	const [kind, ...rest] = value.split(':');
	const id = rest.join(':');
	if (kind === 'step' && isPlanStepId(id)) return { stepId: id };
	if (kind === 'item' && items.some((item) => item.id === id)) return { itemId: id };
	return {};
}

/** A decision with the meeting it was taken in. */
export interface LoggedDecision {
	decision: Decision;
	meeting: Meeting;
}

/**
 * Every decision of the plan with its meeting, newest first: by meeting date, then by the time
 * it was recorded. Decisions whose meeting is missing (damaged data) are left out.
 */
export function decisionLog(bundle: Pick<PlanBundle, 'decisions' | 'meetings'>): LoggedDecision[] {
	const meetings = new Map(bundle.meetings.map((meeting) => [meeting.id, meeting]));
	return bundle.decisions
		.flatMap((decision) => {
			const meeting = meetings.get(decision.meetingId);
			return meeting ? [{ decision, meeting }] : [];
		})
		.sort(
			(a, b) =>
				b.meeting.date.localeCompare(a.meeting.date) ||
				b.meeting.startedAt.localeCompare(a.meeting.startedAt) ||
				b.decision.at.localeCompare(a.decision.at) ||
				a.decision.id.localeCompare(b.decision.id)
		);
}
