import type { planFr } from '$lib/i18n/messages/plan.fr';
import type { Meeting, MeetingEvent, StepStatus, ChangeStatus } from '$lib/schemas/plan-values';

type PlanMessages = typeof planFr;

/** Escapes characters that Markdown would read as formatting in user-typed text. */
export function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** The sentence describing one recorded change, in the messages' language. */
export function describeEvent(event: MeetingEvent, m: PlanMessages, stepLabel: string): string {
	switch (event.kind) {
		case 'step-status':
			return m.events['step-status'](stepLabel, m.statuses[event.value as StepStatus] ?? '');
		case 'change-status':
			return m.events['change-status'](
				event.label,
				m.changeStatuses[event.value as ChangeStatus] ?? ''
			);
		default:
			return m.events[event.kind](event.label);
	}
}

/** The minutes of a meeting as Markdown: attendees, decisions, then what changed in the plan. */
export function meetingMinutes(
	meeting: Meeting,
	planName: string,
	m: PlanMessages,
	formatDate: (iso: string) => string,
	stepLabel: (stepId: string) => string
): string {
	const none = `_${m.minutes.none}_`;
	const list = (lines: string[]) =>
		lines.length === 0 ? none : lines.map((line) => `- ${line}`).join('\n');
	const attendees = meeting.attendees
		.split(/[,;\n]/)
		.map((name) => name.trim())
		.filter((name) => name !== '');
	return [
		`# ${escapeMarkdown(m.minutes.title(planName, formatDate(meeting.date)))}`,
		`## ${m.minutes.attendees}`,
		list(attendees.map(escapeMarkdown)),
		`## ${m.minutes.decisions}`,
		list(meeting.decisions.map((decision) => escapeMarkdown(decision.text))),
		`## ${m.minutes.changes}`,
		list(
			meeting.events.map((event) =>
				escapeMarkdown(describeEvent(event, m, event.stepId ? stepLabel(event.stepId) : ''))
			)
		),
		`_${m.minutes.generated}_`
	].join('\n\n');
}
