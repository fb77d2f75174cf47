// Shared test data for plans: a valid bundle of any size (unit tests, import tests, benchmark).
import { toolUses } from '$lib/schemas/alternative';
import {
	changeStatuses,
	dependencyLevels,
	userReaches,
	type ChecklistItem,
	type DiagnosisTool,
	type PlanBundle,
	type ToolChange
} from '$lib/schemas/plan';
import { planSteps } from './steps';

const at = '2026-03-12T10:00:00.000Z';

export interface BundleSize {
	itemsPerStep?: number;
	tools?: number;
	changes?: number;
	planId?: string;
}

/** A plan with its 8 steps, `itemsPerStep` items each (every third done), tools and changes. */
export function makePlanBundle({
	itemsPerStep = 4,
	tools = 3,
	changes = 2,
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
			status: 'not-started',
			owners: '',
			targetDate: '',
			notes: ''
		})),
		items,
		tools: toolRows,
		changes: changeRows,
		meetings: []
	};
}
