// The provider feed's values and their labels, without zod: the directory's pages import these
// constants, and keeping zod (and the schemas) out of their static imports keeps it out of their
// initial JavaScript (bundle budget, scripts/bundle-budget.js). `provider.ts` re-exports all of it.
// This module is a leaf (it never imports `provider.ts`): the record types come from `provider.ts`, with
// `import type`, which costs a page no JavaScript.
import type { Localized } from './labels';

export {
	regionCentroids,
	regionDistance,
	regionIds,
	regionLabels,
	regionNeighbours
} from './regions';
export type { RegionId } from './regions';

// Every filter value is a stable id (used in feeds, URLs and the database); labels are separate.

export const structureTypes = ['association', 'cooperative', 'company', 'independent'] as const;
export const coverages = ['local', 'regional', 'national', 'remote'] as const;
export const supportKinds = [
	'identifying-needs',
	'clarifying-objectives',
	'awareness',
	'roadmap',
	'digital-diagnosis',
	'tool-recommendations',
	'data-migration',
	'hosting',
	'change-management',
	'training'
] as const;
export const associationSizes = [
	'volunteers-only',
	'employees-1-9',
	'employees-10-49',
	'employees-50-plus'
] as const;
export const modalities = [
	'remote',
	'on-site',
	'individual',
	'group',
	'one-off',
	'long-term'
] as const;

export type StructureType = (typeof structureTypes)[number];
export type Coverage = (typeof coverages)[number];
export type SupportKind = (typeof supportKinds)[number];
export type AssociationSize = (typeof associationSizes)[number];
export type Modality = (typeof modalities)[number];

export const structureTypeLabels: Record<StructureType, Localized> = {
	association: { fr: 'Association', en: 'Non-profit association' },
	cooperative: { fr: 'Coopérative (SCOP, SCIC)', en: 'Cooperative (SCOP, SCIC)' },
	company: { fr: 'Entreprise', en: 'Company' },
	independent: { fr: 'Indépendant·e', en: 'Freelancer' }
};

export const coverageLabels: Record<Coverage, Localized> = {
	local: { fr: 'Locale', en: 'Local' },
	regional: { fr: 'Régionale', en: 'Regional' },
	national: { fr: 'Nationale', en: 'Nationwide' },
	remote: { fr: 'À distance', en: 'Remote' }
};

export const supportKindLabels: Record<SupportKind, Localized> = {
	'identifying-needs': { fr: 'Identification des besoins', en: 'Identifying needs' },
	'clarifying-objectives': { fr: 'Clarification des objectifs', en: 'Clarifying objectives' },
	awareness: {
		fr: 'Sensibilisation et mobilisation des parties prenantes',
		en: 'Raising awareness and involving stakeholders'
	},
	roadmap: { fr: 'Élaboration d’une feuille de route', en: 'Building a roadmap' },
	'digital-diagnosis': { fr: 'Diagnostic numérique', en: 'Digital diagnosis' },
	'tool-recommendations': {
		fr: 'Recommandations techniques et choix des outils',
		en: 'Technical advice and choosing tools'
	},
	'data-migration': { fr: 'Migration des données', en: 'Data migration' },
	hosting: { fr: 'Hébergement de services', en: 'Hosting services' },
	'change-management': { fr: 'Conduite du changement', en: 'Change management' },
	training: { fr: 'Formation et prise en main des outils', en: 'Training and hands-on support' }
};

export const associationSizeLabels: Record<AssociationSize, Localized> = {
	'volunteers-only': { fr: 'Bénévoles uniquement', en: 'Volunteers only' },
	'employees-1-9': { fr: '1 à 9 salarié·es', en: '1–9 employees' },
	'employees-10-49': { fr: '10 à 49 salarié·es', en: '10–49 employees' },
	'employees-50-plus': { fr: '50 salarié·es et plus', en: '50 employees or more' }
};

export const modalityLabels: Record<Modality, Localized> = {
	remote: { fr: 'À distance', en: 'Remote' },
	'on-site': { fr: 'Sur place', en: 'On site' },
	individual: { fr: 'Accompagnement individuel', en: 'Individual support' },
	group: {
		fr: 'Sessions collectives (ateliers, formations)',
		en: 'Group sessions (workshops, training)'
	},
	'one-off': { fr: 'Ponctuel', en: 'One-off' },
	'long-term': { fr: 'Dans la durée', en: 'Long-term' }
};
