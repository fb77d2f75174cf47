// The resource feed's values and their labels, without zod: the library's pages import these
// constants, and keeping zod out of their static imports keeps it out of their initial JavaScript
// (bundle budget, scripts/bundle-budget.js). `resource.ts` re-exports all of it.
// This module is a leaf (it never imports `resource.ts`): the record types come from `resource.ts`, with
// `import type`, which costs a page no JavaScript.
import { planSteps } from './plan-steps';
import type { Localized } from './labels';

export const resourceTypes = [
	'guide',
	'practical-sheet',
	'video',
	'testimony',
	'tool-sheet',
	'webinar',
	'article'
] as const;
export const themes = [
	'governance',
	'collaboration',
	'communication',
	'data-protection',
	'hosting',
	'finance-members',
	'events',
	'training'
] as const;
export const levels = ['beginner', 'intermediate', 'advanced'] as const;
export const audiences = ['associations', 'providers'] as const;
export const resourceLanguages = ['fr', 'en'] as const;
/** The ids of the eight plan steps, in plan order. */
export const planStepIds = planSteps.map((step) => step.id);

export type ResourceType = (typeof resourceTypes)[number];
export type Theme = (typeof themes)[number];
export type Level = (typeof levels)[number];
export type Audience = (typeof audiences)[number];
export type ResourceLanguage = (typeof resourceLanguages)[number];

export const resourceTypeLabels: Record<ResourceType, Localized> = {
	guide: { fr: 'Guide', en: 'Guide' },
	'practical-sheet': { fr: 'Fiche pratique', en: 'Practical sheet' },
	video: { fr: 'Vidéo', en: 'Video' },
	testimony: { fr: 'Témoignage', en: 'Testimony' },
	'tool-sheet': { fr: 'Fiche outil', en: 'Tool sheet' },
	webinar: { fr: 'Webinaire', en: 'Webinar' },
	article: { fr: 'Article', en: 'Article' }
};

export const themeLabels: Record<Theme, Localized> = {
	governance: { fr: 'Gouvernance et vie associative', en: 'Governance and association life' },
	collaboration: { fr: 'Travail collaboratif', en: 'Collaboration' },
	communication: { fr: 'Communication', en: 'Communication' },
	'data-protection': { fr: 'Protection des données', en: 'Data protection' },
	hosting: { fr: 'Hébergement', en: 'Hosting' },
	'finance-members': { fr: 'Adhésions et comptabilité', en: 'Members and accounting' },
	events: { fr: 'Événements', en: 'Events' },
	training: { fr: 'Formation', en: 'Training' }
};

export const levelLabels: Record<Level, Localized> = {
	beginner: { fr: 'Débutant', en: 'Beginner' },
	intermediate: { fr: 'Intermédiaire', en: 'Intermediate' },
	advanced: { fr: 'Avancé', en: 'Advanced' }
};

export const audienceLabels: Record<Audience, Localized> = {
	associations: { fr: 'Associations', en: 'Associations' },
	providers: { fr: 'Accompagnateurs et prestataires', en: 'Support providers' }
};

export const resourceLanguageLabels: Record<ResourceLanguage, Localized> = {
	fr: { fr: 'Français', en: 'French' },
	en: { fr: 'Anglais', en: 'English' }
};
