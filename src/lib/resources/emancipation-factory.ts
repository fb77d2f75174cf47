// Shared test data for « Nous nous sommes émancipés »: one valid emancipation to tweak, and many
// for property tests and benchmarks. Invented associations; tools are ids of the demo catalogue.
import { createRandom, pick, subset } from '$lib/random/seeded-random.js';
import type { Emancipation } from '$lib/schemas/emancipation';
import { associationSizes } from '$lib/schemas/provider-values';
import { regionIds } from '$lib/schemas/regions';

/** A valid emancipation; pass the fields a test cares about. */
export function makeEmancipation(overrides: Partial<Emancipation> = {}): Emancipation {
	return {
		id: 'test-emancipation',
		slug: 'test-emancipation',
		association: {
			name: 'Amicale laïque des Tilleuls',
			size: 'volunteers-only',
			region: 'bretagne',
			city: 'Vitré'
		},
		left: ['whatsapp', 'google-drive'],
		now: ['signal', 'nextcloud-files'],
		story: 'Les photos des sorties sont dans un Nextcloud, les annonces passent par Signal.',
		since: '2025-03',
		demo: true,
		...overrides
	};
}

const names = ['Chorale', 'Club de randonnée', 'Comité des fêtes', 'Ressourcerie', 'AMAP'];
const towns = ['Vitré', 'Albi', 'Riom', 'Épinal', 'Challans', 'Crozon'];
const left = ['gmail', 'google-drive', 'whatsapp', 'zoom', 'trello', 'doodle', 'office-365'];
const now = ['roundcube', 'nextcloud-files', 'signal', 'jitsi-meet', 'nextcloud-deck', 'framadate'];

/** `count` valid, varied emancipations, the same for the same seed. */
export function generateEmancipations(count: number, seed = 1): Emancipation[] {
	const random = createRandom(seed);
	return Array.from({ length: count }, (_, i): Emancipation => {
		const town = pick(random, towns);
		return {
			id: `gen-${seed}-${i + 1}`,
			slug: `emancipation-${seed}-${i + 1}`,
			association: {
				name: `${pick(random, names)} de ${town}`,
				size: pick(random, associationSizes),
				region: pick(random, regionIds),
				city: town
			},
			left: subset(random, left, 0.3),
			now: subset(random, now, 0.3),
			since: `202${3 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 9)}`,
			demo: true
		};
	});
}
