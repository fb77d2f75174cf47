// Shared test data: one valid resource to tweak, and many resources for property tests and
// benchmarks. Everything is invented; web addresses use the reserved .example domain.
import { createRandom, pick, subset } from '$lib/random/seeded-random.js';
import { associationSizes, regionIds } from '$lib/schemas/provider';
import {
	audiences,
	levels,
	planStepIds,
	resourceTypes,
	themes,
	type Resource
} from '$lib/schemas/resource';

/** A valid practical sheet; pass the fields a test cares about. */
export function makeResource(overrides: Partial<Resource> = {}): Resource {
	return {
		id: 'test-resource',
		slug: 'test-resource',
		title: 'Fiche pratique : créer un sondage de dates',
		type: 'practical-sheet',
		themes: ['events'],
		planSteps: ['training'],
		tools: ['doodle', 'framadate'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		summary: 'Créer un sondage pour fixer la prochaine réunion, sans compte ni publicité.',
		body: '## Créer le sondage\n\nChoisissez les jours, ajoutez les horaires, puis partagez le **lien public**.',
		source: { name: 'Ressources Libres', url: 'https://ressources-libres.example' },
		licence: 'CC BY-SA 4.0',
		link: 'https://ressources-libres.example/fiches-pratiques/test-resource',
		publishedAt: '2025-03-14',
		demo: true,
		...overrides
	};
}

const subjects = ['Nextcloud', 'Jitsi Meet', 'Framadate', 'Element', 'Mobilizon', 'Paheko'];
const angles = ['bien démarrer avec', 'migrer vers', 'former son équipe à', 'héberger'];
const tools = ['google-drive', 'nextcloud-files', 'zoom', 'jitsi-meet', 'whatsapp', 'element'];
const sentences = [
	'Commencez par lister les usages réels de l’équipe.',
	'Prévoyez une séance de prise en main de quarante-cinq minutes.',
	'Gardez l’ancien outil en lecture seule pendant un mois.',
	'Désignez une personne référente et un binôme.',
	'Exportez les données dans un format ouvert avant la bascule.'
];
const associations = ['Amicale laïque des Tilleuls', 'Club de randonnée Les Godillots'];

/** `count` valid, varied resources, the same for the same seed. */
export function generateResources(count: number, seed = 1): Resource[] {
	const random = createRandom(seed);
	return Array.from({ length: count }, (_, i): Resource => {
		const type = pick(random, resourceTypes);
		const title = `${pick(random, angles)} ${pick(random, subjects)}`;
		const slug = `${title.normalize('NFD').replace(/\p{M}/gu, '').replace(/\W+/g, '-')}-${i + 1}`;
		const body = subset(random, sentences, 0.6).join('\n\n');
		return {
			id: `gen-${seed}-${i + 1}`,
			slug: slug.toLowerCase(),
			title: title.charAt(0).toUpperCase() + title.slice(1),
			type,
			themes: subset(random, themes, 0.3),
			planSteps: random() < 0.1 ? [] : subset(random, planStepIds, 0.3),
			tools: random() < 0.2 ? [] : subset(random, tools, 0.3),
			audience: subset(random, audiences, 0.5),
			level: pick(random, levels),
			language: random() < 0.9 ? 'fr' : 'en',
			summary: `${pick(random, sentences)} ${pick(random, sentences)}`,
			body: body.length >= 50 ? body : `${body}\n\n${sentences.join(' ')}`,
			source: { name: 'Ressources Libres', url: 'https://ressources-libres.example' },
			licence: 'CC BY-SA 4.0',
			publishedAt: `202${3 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`,
			...(type === 'testimony'
				? {
						association: {
							name: pick(random, associations),
							size: pick(random, associationSizes),
							region: pick(random, regionIds)
						}
					}
				: {}),
			demo: true
		};
	});
}
