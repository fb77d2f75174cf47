// The alternatives catalogue's values and their labels, without zod, so the pages that show
// them do not load zod with their first JavaScript (bundle budget). `alternative.ts` re-exports
// all of it.
// This module is a leaf (it never imports `alternative.ts`): the record types come from `alternative.ts`, with
// `import type`, which costs a page no JavaScript.
import type { Localized } from './labels';

/** A catalogue id (Big Tech tool or alternative): lowercase kebab-case, stable once published. */
export const catalogueIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an association uses a tool for; the plan's diagnosis lists current tools by these uses. */
export const toolUses = [
	'email',
	'messaging',
	'video-calls',
	'documents',
	'file-storage',
	'forms-polls',
	'calendar',
	'project-management',
	'website',
	'social-events',
	'newsletters',
	'members-accounting',
	'video-hosting',
	'maps',
	'analytics',
	'office-suite',
	'file-transfer'
] as const;
export const difficulties = ['easy', 'medium', 'hard'] as const;

export type ToolUse = (typeof toolUses)[number];
export type Difficulty = (typeof difficulties)[number];

export const toolUseLabels: Record<ToolUse, Localized> = {
	email: { fr: 'Messagerie électronique', en: 'Email' },
	messaging: { fr: 'Messagerie instantanée', en: 'Instant messaging' },
	'video-calls': { fr: 'Visioconférence', en: 'Video calls' },
	documents: { fr: 'Documents partagés', en: 'Shared documents' },
	'file-storage': { fr: 'Stockage de fichiers', en: 'File storage' },
	'forms-polls': { fr: 'Formulaires et sondages', en: 'Forms and polls' },
	calendar: { fr: 'Agenda', en: 'Calendar' },
	'project-management': { fr: 'Gestion de projets', en: 'Project management' },
	website: { fr: 'Site web', en: 'Website' },
	'social-events': { fr: 'Réseaux sociaux et événements', en: 'Social networks and events' },
	newsletters: { fr: 'Lettres d’information', en: 'Newsletters' },
	'members-accounting': { fr: 'Adhésions et comptabilité', en: 'Members and accounting' },
	'video-hosting': { fr: 'Hébergement de vidéos', en: 'Video hosting' },
	maps: { fr: 'Cartographie', en: 'Maps' },
	analytics: { fr: 'Mesure d’audience', en: 'Web analytics' },
	'office-suite': { fr: 'Suite bureautique', en: 'Office suite' },
	'file-transfer': { fr: 'Envoi de fichiers volumineux', en: 'Large file transfer' }
};

export const difficultyLabels: Record<Difficulty, Localized> = {
	easy: { fr: 'Facile', en: 'Easy' },
	medium: { fr: 'Intermédiaire', en: 'Medium' },
	hard: { fr: 'Exigeant', en: 'Demanding' }
};
