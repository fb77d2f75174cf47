// Shared test data for the alternatives catalogue: one valid Big Tech tool and alternative to
// tweak, and generated catalogues for property tests. Names are real software; ids are test ids.
import { createRandom, pick } from '$lib/random/seeded-random.js';
import {
	difficulties,
	toolUses,
	type Alternative,
	type BigTechTool
} from '$lib/schemas/alternative';

/** A valid alternative; pass the fields a test cares about. */
export function makeAlternative(overrides: Partial<Alternative> = {}): Alternative {
	return {
		id: 'nextcloud-files',
		name: 'Nextcloud Fichiers',
		purpose: 'Espace de stockage partagé avec dossiers d’équipe et partage par lien protégé.',
		licence: 'AGPL-3.0',
		hosting: { chatons: true, selfHosted: true },
		difficulty: 'easy',
		website: 'https://nextcloud.com',
		providerTools: ['Nextcloud'],
		...overrides
	};
}

/** A valid Big Tech tool with one alternative; pass the fields a test cares about. */
export function makeBigTechTool(overrides: Partial<BigTechTool> = {}): BigTechTool {
	return {
		id: 'google-drive',
		name: 'Google Drive',
		vendor: 'Google',
		uses: ['file-storage'],
		description: 'Stockage de fichiers en ligne de Google, rattaché au compte d’une personne.',
		alternatives: [makeAlternative()],
		...overrides
	};
}

const software = ['Nextcloud', 'Jitsi Meet', 'CryptPad', 'Etherpad', 'Framadate', 'PeerTube'];
const vendors = ['Google', 'Microsoft', 'Meta', 'Zoom Video Communications', 'Atlassian'];

/** `count` valid Big Tech tools with 1–4 alternatives each, ids unique across the catalogue. */
export function generateBigTechTools(count: number, seed = 1): BigTechTool[] {
	const random = createRandom(seed);
	return Array.from({ length: count }, (_, i): BigTechTool => {
		const uses = toolUses.filter(() => random() < 0.15);
		return {
			id: `tool-${i + 1}`,
			name: `Outil ${i + 1}`,
			vendor: pick(random, vendors),
			uses: uses.length > 0 ? uses : [pick(random, toolUses)],
			description: 'Service en ligne d’une grande plateforme, utilisé par les associations.',
			alternatives: Array.from({ length: 1 + Math.floor(random() * 4) }, (_, j) => {
				const onDevice = random() < 0.2;
				return makeAlternative({
					id: `alternative-${i + 1}-${j + 1}`,
					name: pick(random, software),
					hosting: onDevice
						? { chatons: false, selfHosted: false, onDevice: true }
						: { chatons: random() < 0.5, selfHosted: true },
					difficulty: pick(random, difficulties)
				});
			})
		};
	});
}
