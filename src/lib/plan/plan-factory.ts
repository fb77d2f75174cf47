// Shared test data for plans: a valid bundle of any size (unit tests, import tests, benchmark).
import { toolUses } from '$lib/schemas/alternative';
import {
	changeStatuses,
	dependencyLevels,
	userReaches,
	type Attendee,
	type ChecklistItem,
	type Decision,
	type DiagnosisTool,
	type Meeting,
	type MeetingEvent,
	type PlanBundle,
	type ToolChange
} from '$lib/schemas/plan';
import { planSteps } from './steps';

const at = '2026-03-12T10:00:00.000Z';

export interface BundleSize {
	itemsPerStep?: number;
	tools?: number;
	changes?: number;
	/** Ended meetings, each with two attendees, two decisions (one about a task) and a tick. */
	meetings?: number;
	planId?: string;
}

/** A plan with its 8 steps, `itemsPerStep` items each (every third done), tools, changes, meetings. */
export function makePlanBundle({
	itemsPerStep = 4,
	tools = 3,
	changes = 2,
	meetings = 0,
	planId = 'plan-1'
}: BundleSize = {}): PlanBundle {
	const items = planSteps.flatMap((step, s) =>
		Array.from({ length: itemsPerStep }, (_, i): ChecklistItem => ({
			id: `item-${s}-${i}`,
			planId,
			stepId: step.id,
			text: `Tâche ${i + 1} de l’étape ${s + 1}`,
			done: i % 3 === 0,
			order: i + 1,
			owner: i % 4 === 1 ? 'Camille' : '',
			dueDate: i % 4 === 2 ? `2026-0${(s % 9) + 1}-15` : '',
			updatedAt: at
		}))
	);
	const toolRows = Array.from({ length: tools }, (_, i): DiagnosisTool => ({
		id: `tool-${i}`,
		planId,
		use: toolUses[i % toolUses.length] ?? 'email',
		...(i % 4 === 3 ? { otherName: `Outil maison ${i}` } : { toolId: 'gmail' }),
		isBigTech: i % 4 !== 3,
		dependency: dependencyLevels[i % dependencyLevels.length] ?? 'low',
		reach: userReaches[i % userReaches.length] ?? 'few',
		users: 'le bureau',
		createdAt: at
	}));
	const changeRows = Array.from({ length: changes }, (_, i): ToolChange => ({
		id: `change-${i}`,
		planId,
		from: 'Gmail',
		fromToolId: 'gmail',
		to: 'Roundcube',
		toAlternativeId: 'roundcube',
		status: changeStatuses[i % changeStatuses.length] ?? 'to-evaluate',
		owner: 'Camille',
		targetMonth: `2026-0${(i % 9) + 1}`,
		createdAt: at
	}));
	const meetingRows = Array.from({ length: meetings }, (_, i): Meeting => {
		const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-10`;
		return {
			id: `meeting-${i}`,
			planId,
			date: day,
			startedAt: `${day}T18:00:00.000Z`,
			endedAt: `${day}T20:00:00.000Z`
		};
	});
	const inMeeting = (meeting: Meeting, tag: string, index: number) => ({
		id: `${meeting.id}-${tag}${index}`,
		planId,
		meetingId: meeting.id
	});
	const attendees = meetingRows.flatMap((meeting): Attendee[] => [
		{ ...inMeeting(meeting, 'p', 0), name: 'Camille', role: 'présidente', order: 0 },
		{ ...inMeeting(meeting, 'p', 1), name: 'Yanis', role: 'trésorier', order: 1 }
	]);
	const decisions = meetingRows.flatMap((meeting): Decision[] => [
		{
			...inMeeting(meeting, 'd', 0),
			text: 'Adhérer à un CHATONS\navant la fin de l’année',
			at: meeting.startedAt.replace('T18:00', 'T18:30'),
			stepId: 'tool-choice'
		},
		{
			...inMeeting(meeting, 'd', 1),
			text: 'Yanis prépare le devis',
			at: meeting.startedAt.replace('T18:00', 'T19:00'),
			itemId: items[0]?.id ?? 'item-0-0'
		}
	]);
	const meetingEvents = meetingRows.map((meeting): MeetingEvent => ({
		...inMeeting(meeting, 'e', 0),
		at: meeting.startedAt.replace('T18:00', 'T18:10'),
		kind: 'item-ticked',
		stepId: 'needs-assessment',
		itemId: items[0]?.id ?? 'item-0-0',
		label: items[0]?.text ?? ''
	}));
	return {
		plan: {
			id: planId,
			profile: {
				name: 'Les Amis du Jardin',
				size: 'volunteers-only',
				sector: 'environnement',
				volunteers: 25,
				employees: 0
			},
			createdAt: at,
			updatedAt: at
		},
		steps: planSteps.map((step) => ({
			planId,
			stepId: step.id,
			owners: '',
			targetDate: '',
			notes: ''
		})),
		items,
		tools: toolRows,
		changes: changeRows,
		meetings: meetingRows,
		attendees,
		decisions,
		meetingEvents
	};
}
