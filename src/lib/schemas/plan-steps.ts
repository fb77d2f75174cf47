// The eight steps of a transition plan, as data (no zod): the schemas, the resource library and
// the plan's pages read them; the plan's own logic about steps lives in src/lib/plan/steps.ts.
import type { Localized } from './labels';

/** The eight steps of a transition plan, in order (DESIGN.md §1 "The transition plan"). */
export const planSteps = [
	{ id: 'needs-assessment', label: { fr: 'Évaluation des besoins', en: 'Needs assessment' } },
	{
		id: 'awareness',
		label: { fr: 'Sensibilisation et mobilisation', en: 'Awareness and engagement' }
	},
	{ id: 'strategy', label: { fr: 'Définition de la stratégie', en: 'Defining the strategy' } },
	{ id: 'tool-choice', label: { fr: 'Choix des outils', en: 'Choosing the tools' } },
	{ id: 'process-adaptation', label: { fr: 'Adaptation des processus', en: 'Adapting processes' } },
	{
		id: 'training',
		label: { fr: 'Formation aux nouveaux outils', en: 'Training on the new tools' }
	},
	{
		id: 'integration',
		label: { fr: 'Intégration et collaboration', en: 'Integration and collaboration' }
	},
	{ id: 'continuous-adaptation', label: { fr: 'Adaptation continue', en: 'Continuous adaptation' } }
] as const satisfies readonly { id: string; label: Localized }[];

export type PlanStepId = (typeof planSteps)[number]['id'];
