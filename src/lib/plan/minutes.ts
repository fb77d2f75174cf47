import type { planFr } from '$lib/i18n/messages/plan.fr';
import type { ChangeStatus, StepStatus } from '$lib/schemas/plan-values';
import type { ChecklistItem, Decision, MeetingEvent } from '$lib/schemas/plan';
import { itemText } from './checklist';
import { decisionTarget } from './decisions';
import type { MeetingRecord } from './meeting-record';

// The minutes of a meeting: first what they say (`minutesContent`), then how a format writes it
// (Markdown here, OpenDocument in minutes-odt.ts), so every format says the same.

type PlanMessages = typeof planFr;

/** What the minutes need from the page: messages, and how it names dates, steps and tasks. */
export interface MinutesContext {
	m: PlanMessages;
	formatDate: (iso: string) => string;
	stepLabel: (stepId: string) => string;
	/** The plan's tasks as they are now, to name what a decision is about. */
	items: readonly ChecklistItem[];
}

/** The minutes as text: a title, then sections of entries (an entry may span several lines). */
export interface MinutesContent {
	title: string;
	sections: { heading: string; entries: string[] }[];
	/** What an empty section says. */
	none: string;
	footer: string;
}

/** The sentence describing one recorded change, in the messages' language. */
export function describeEvent(
	event: MeetingEvent,
	m: PlanMessages,
	stepLabel: string,
	formatDate: (iso: string) => string
): string {
	const value = event.value ?? '';
	switch (event.kind) {
		case 'step-status':
			return m.events['step-status'](
				stepLabel,
				value ? (m.statuses[value as StepStatus] ?? '') : m.statusFollowsList
			);
		case 'change-status':
			return m.events['change-status'](event.label, m.changeStatuses[value as ChangeStatus] ?? '');
		case 'item-due':
			return m.events['item-due'](event.label, value && formatDate(value));
		case 'item-owner':
			return m.events['item-owner'](event.label, value);
		default:
			return m.events[event.kind](event.label);
	}
}

/** « Étape : … » or « Tâche : … » for a linked decision, or '' when it is about nothing. */
export function decisionAbout(decision: Decision, context: MinutesContext): string {
	const { m } = context;
	const target = decisionTarget(decision, context.items);
	switch (target?.kind) {
		case 'step':
			return m.aboutStep(context.stepLabel(target.stepId));
		case 'item':
			return m.aboutItem(itemText(target.item, m.stepGuide));
		case 'missing-item':
			return m.aboutItem(m.removedItem);
		default:
			return '';
	}
}

/** What the minutes of a meeting say: attendees, decisions (and what each is about), changes. */
export function minutesContent(
	record: MeetingRecord,
	planName: string,
	context: MinutesContext
): MinutesContent {
	const { m, formatDate, stepLabel } = context;
	return {
		title: m.minutes.title(planName, formatDate(record.meeting.date)),
		sections: [
			{
				heading: m.minutes.attendees,
				entries: record.attendees.map((person) => m.attendee(person.name, person.role))
			},
			{
				heading: m.minutes.decisions,
				entries: record.decisions.map((decision) => {
					const about = decisionAbout(decision, context);
					return about ? `${decision.text}\n(${about})` : decision.text;
				})
			},
			{
				heading: m.minutes.changes,
				entries: record.events.map((event) =>
					describeEvent(event, m, event.stepId ? stepLabel(event.stepId) : '', formatDate)
				)
			}
		],
		none: m.minutes.none,
		footer: m.minutes.generated
	};
}

/** Escapes characters that Markdown would read as formatting in user-typed text (one line). */
export function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** The minutes as Markdown; an entry's lines stay lines (hard breaks inside its list item). */
export function minutesMarkdown(content: MinutesContent): string {
	const entry = (text: string) => `- ${text.split(/\r?\n/).map(escapeMarkdown).join('  \n  ')}`;
	return [
		`# ${escapeMarkdown(content.title)}`,
		...content.sections.flatMap(({ heading, entries }) => [
			`## ${escapeMarkdown(heading)}`,
			entries.length === 0 ? `_${content.none}_` : entries.map(entry).join('\n')
		]),
		`_${content.footer}_`
	].join('\n\n');
}
