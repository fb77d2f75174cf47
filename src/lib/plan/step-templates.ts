import type { Localized } from '$lib/schemas/labels';
import { supportKinds, type SupportKind } from '$lib/schemas/provider-values';
import { planSteps, stepsBySupportKind, type PlanStepId } from './steps';

/** What the app says about a step, and the checklist a new plan starts with. */
export interface StepTemplate {
	explanation: Localized;
	/** Seeded checklist items; `key` is stable so an item keeps following the language. */
	items: { key: string; text: Localized }[];
}

export const stepTemplates: Record<PlanStepId, StepTemplate> = {
	'needs-assessment': {
		explanation: {
			fr: 'Avant de changer quoi que ce soit, faites l’inventaire : quels outils utilisez-vous, pour quoi faire, qui s’en sert, et qu’est-ce qui coince aujourd’hui ? Le diagnostic du plan vous y aide.',
			en: 'Before changing anything, take stock: which tools do you use, what for, who uses them, and what is not working today? The plan’s diagnosis helps with this.'
		},
		items: [
			{
				key: 'list-tools',
				text: {
					fr: 'Lister les outils numériques utilisés',
					en: 'List the digital tools in use'
				}
			},
			{
				key: 'who-uses',
				text: {
					fr: 'Noter qui utilise chaque outil (bureau, bénévoles, salariés)',
					en: 'Note who uses each tool (board, volunteers, staff)'
				}
			},
			{
				key: 'pain-points',
				text: {
					fr: 'Recueillir les difficultés et les attentes de chacun',
					en: 'Gather everyone’s difficulties and expectations'
				}
			},
			{
				key: 'data-inventory',
				text: {
					fr: 'Repérer où sont les données (fichiers, contacts, adhésions)',
					en: 'Find where the data lives (files, contacts, memberships)'
				}
			},
			{
				key: 'budget',
				text: {
					fr: 'Estimer le budget et le temps disponibles',
					en: 'Estimate the budget and time available'
				}
			}
		]
	},
	awareness: {
		explanation: {
			fr: 'Un changement d’outils réussit quand l’équipe en comprend le sens. Expliquez pourquoi quitter les GAFAM (données, dépendance, valeurs) et associez tôt les personnes concernées.',
			en: 'A change of tools succeeds when the team understands why. Explain why to leave Big Tech (data, dependency, values) and involve the people concerned early.'
		},
		items: [
			{
				key: 'board-talk',
				text: {
					fr: 'Présenter la démarche au conseil d’administration',
					en: 'Present the approach to the board'
				}
			},
			{
				key: 'workshop',
				text: {
					fr: 'Organiser un temps de sensibilisation pour les bénévoles',
					en: 'Hold an awareness session for volunteers'
				}
			},
			{
				key: 'ambassadors',
				text: {
					fr: 'Identifier des personnes relais motivées',
					en: 'Identify motivated champions'
				}
			},
			{
				key: 'share-why',
				text: {
					fr: 'Partager par écrit les raisons du changement',
					en: 'Share the reasons for the change in writing'
				}
			}
		]
	},
	strategy: {
		explanation: {
			fr: 'Fixez le cap : quels usages changer d’abord, à quel rythme, avec quelles ressources. Mieux vaut avancer outil par outil que tout basculer d’un coup.',
			en: 'Set the course: which uses to change first, at what pace, with which resources. Moving tool by tool works better than switching everything at once.'
		},
		items: [
			{
				key: 'priorities',
				text: {
					fr: 'Choisir les usages prioritaires',
					en: 'Choose the priority uses'
				}
			},
			{
				key: 'roadmap',
				text: {
					fr: 'Rédiger une feuille de route avec des échéances',
					en: 'Write a roadmap with deadlines'
				}
			},
			{
				key: 'roles',
				text: {
					fr: 'Désigner qui pilote le projet',
					en: 'Decide who leads the project'
				}
			},
			{
				key: 'vote',
				text: {
					fr: 'Faire valider la stratégie par le bureau',
					en: 'Have the board approve the strategy'
				}
			}
		]
	},
	'tool-choice': {
		explanation: {
			fr: 'Pour chaque usage, comparez les alternatives libres : facilité, hébergement (un CHATON, votre prestataire, vous-même), coût. Testez avant de décider.',
			en: 'For each use, compare the free alternatives: ease of use, hosting (a CHATONS member, your provider, yourselves), cost. Try before deciding.'
		},
		items: [
			{
				key: 'shortlist-tools',
				text: {
					fr: 'Présélectionner deux alternatives par usage',
					en: 'Shortlist two alternatives per use'
				}
			},
			{
				key: 'test',
				text: {
					fr: 'Tester les outils avec quelques bénévoles',
					en: 'Test the tools with a few volunteers'
				}
			},
			{
				key: 'hosting',
				text: {
					fr: 'Choisir un hébergeur (CHATON, prestataire, auto-hébergement)',
					en: 'Choose a host (CHATONS member, provider, self-hosting)'
				}
			},
			{
				key: 'decide',
				text: {
					fr: 'Décider et noter le choix dans le plan',
					en: 'Decide and record the choice in the plan'
				}
			}
		]
	},
	'process-adaptation': {
		explanation: {
			fr: 'Installez et paramétrez les nouveaux outils, migrez les données, et écrivez les quelques règles d’usage dont l’équipe aura besoin.',
			en: 'Set up and configure the new tools, migrate the data, and write down the few usage rules the team will need.'
		},
		items: [
			{
				key: 'setup',
				text: {
					fr: 'Créer les comptes et paramétrer les outils',
					en: 'Create the accounts and configure the tools'
				}
			},
			{
				key: 'migrate',
				text: {
					fr: 'Migrer les données (fichiers, contacts, agendas)',
					en: 'Migrate the data (files, contacts, calendars)'
				}
			},
			{
				key: 'backup',
				text: {
					fr: 'Vérifier les sauvegardes',
					en: 'Check the backups'
				}
			},
			{
				key: 'docs',
				text: {
					fr: 'Rédiger un guide d’usage court',
					en: 'Write a short usage guide'
				}
			}
		]
	},
	training: {
		explanation: {
			fr: 'Chacun doit se sentir à l’aise avec les nouveaux outils. Prévoyez des prises en main courtes, en petits groupes, et un endroit où poser ses questions.',
			en: 'Everyone should feel at ease with the new tools. Plan short hands-on sessions in small groups, and a place to ask questions.'
		},
		items: [
			{
				key: 'sessions',
				text: {
					fr: 'Planifier des séances de prise en main',
					en: 'Schedule hands-on sessions'
				}
			},
			{
				key: 'materials',
				text: {
					fr: 'Préparer des fiches pratiques',
					en: 'Prepare how-to sheets'
				}
			},
			{
				key: 'helpdesk',
				text: {
					fr: 'Désigner une personne ressource pour les questions',
					en: 'Name a go-to person for questions'
				}
			}
		]
	},
	integration: {
		explanation: {
			fr: 'Faites des nouveaux outils l’habitude : fermez les anciens comptes, reliez les outils entre eux, et travaillez avec les autres associations qui ont fait le même choix.',
			en: 'Make the new tools the habit: close the old accounts, connect the tools to each other, and work with other associations that made the same choice.'
		},
		items: [
			{
				key: 'close-old',
				text: {
					fr: 'Fermer les anciens comptes',
					en: 'Close the old accounts'
				}
			},
			{
				key: 'connect',
				text: {
					fr: 'Relier les outils entre eux (agenda, fichiers, messagerie)',
					en: 'Connect the tools (calendar, files, messaging)'
				}
			},
			{
				key: 'partners',
				text: {
					fr: 'Prévenir les partenaires des nouveaux canaux',
					en: 'Tell partners about the new channels'
				}
			}
		]
	},
	'continuous-adaptation': {
		explanation: {
			fr: 'La transition continue : faites le point régulièrement, accueillez les nouveaux bénévoles avec les bons outils, et partagez votre expérience sur le forum.',
			en: 'The transition goes on: review regularly, welcome new volunteers with the right tools, and share your experience on the forum.'
		},
		items: [
			{
				key: 'review',
				text: {
					fr: 'Faire un bilan à six mois',
					en: 'Review after six months'
				}
			},
			{
				key: 'onboarding',
				text: {
					fr: 'Intégrer les outils à l’accueil des nouveaux bénévoles',
					en: 'Include the tools in welcoming new volunteers'
				}
			},
			{
				key: 'share',
				text: {
					fr: 'Partager votre retour d’expérience',
					en: 'Share your experience'
				}
			}
		]
	}
};

/** The template text of a seeded item, or undefined when the key is unknown. */
export function templateItemText(stepId: PlanStepId, key: string): Localized | undefined {
	return stepTemplates[stepId].items.find((item) => item.key === key)?.text;
}

/** The kinds of provider support that help with a step, in the directory's order. */
export function supportKindsForStep(stepId: PlanStepId): SupportKind[] {
	return supportKinds.filter((kind) => stepsBySupportKind[kind].includes(stepId));
}

/** True when `value` is the id of one of the eight steps (e.g. from a URL). */
export function isPlanStepId(value: string | undefined): value is PlanStepId {
	return planSteps.some((step) => step.id === value);
}
