// Shared test data: one valid provider to tweak, and many providers for property tests and
// benchmarks. Everything is invented; web addresses use the reserved .example domain.
import {
	associationSizes,
	coverages,
	modalities,
	structureTypes,
	supportKinds,
	type Provider,
	type RegionId
} from '../schemas/provider';
import { normalizeText } from '$lib/search/normalize';
import { createRandom, pick, subset } from '$lib/random/seeded-random.js';

/** A valid provider; pass the fields a test cares about. */
export function makeProvider(overrides: Partial<Provider> = {}): Provider {
	return {
		id: 'test-provider',
		slug: 'test-provider',
		name: 'Coop Numérique du Bocage',
		structureType: 'cooperative',
		size: 6,
		location: { city: 'Fougères', postcode: '35300', region: 'bretagne' },
		coverage: 'regional',
		supportKinds: ['digital-diagnosis', 'data-migration', 'training'],
		associationSizes: ['volunteers-only', 'employees-1-9'],
		modalities: ['on-site', 'group', 'long-term'],
		tools: ['Nextcloud', 'Framaforms', 'Jitsi Meet'],
		contact: { website: 'https://coop-bocage.example', email: 'contact@coop-bocage.example' },
		description:
			'Coopérative qui accompagne les associations du pays de Fougères vers des outils libres.',
		examples: [
			{
				association: 'Amicale laïque de Saint-Jory',
				summary: 'Migration des documents partagés vers Nextcloud et formation des bénévoles.',
				year: 2024
			}
		],
		updatedAt: '2025-03-14',
		demo: true,
		...overrides
	};
}

const prefixes = [
	'Coop',
	'Atelier',
	'Collectif',
	'Réseau',
	'Fabrique',
	'Studio',
	'Maison',
	'Cabane'
];
const cores = ['Numérique', 'Libre', 'des Communs', 'du Lien', 'des Octets', 'Solidaire', 'Ouvert'];
const places = [
	'du Bocage',
	'des Marais',
	'de la Vallée',
	'des Collines',
	'du Littoral',
	'des Causses'
];
const cities: [city: string, postcode: string, region: RegionId][] = [
	['Lyon', '69003', 'auvergne-rhone-alpes'],
	['Dijon', '21000', 'bourgogne-franche-comte'],
	['Rennes', '35000', 'bretagne'],
	['Tours', '37000', 'centre-val-de-loire'],
	['Bastia', '20200', 'corse'],
	['Nancy', '54000', 'grand-est'],
	['Lille', '59000', 'hauts-de-france'],
	['Paris', '75010', 'ile-de-france'],
	['Caen', '14000', 'normandie'],
	['Bordeaux', '33000', 'nouvelle-aquitaine'],
	['Toulouse', '31000', 'occitanie'],
	['Nantes', '44000', 'pays-de-la-loire'],
	['Marseille', '13002', 'provence-alpes-cote-d-azur'],
	['Basse-Terre', '97100', 'guadeloupe'],
	['Fort-de-France', '97200', 'martinique'],
	['Cayenne', '97300', 'guyane'],
	['Saint-Pierre', '97410', 'la-reunion'],
	['Mamoudzou', '97600', 'mayotte']
];
const tools = [
	'Nextcloud',
	'Framaforms',
	'Jitsi Meet',
	'BigBlueButton',
	'Mattermost',
	'Element',
	'Mobilizon',
	'PeerTube',
	'Zammad',
	'Dolibarr',
	'Paheko',
	'Kanboard',
	'Wekan',
	'LibreOffice',
	'Thunderbird',
	'CryptPad',
	'Etherpad',
	'Framadate',
	'Sympa',
	'Keycloak',
	'YunoHost',
	'Galette'
];
const sentences = [
	'Nous aidons les associations à choisir des outils libres adaptés à leurs moyens.',
	'Chaque accompagnement commence par un état des lieux partagé avec les bénévoles.',
	'Nous hébergeons les services en France, sur des serveurs que nous administrons nous-mêmes.',
	'Les formations se déroulent en petits groupes, avec des exercices sur les vrais documents.',
	'La migration des données est préparée en amont et testée avant la bascule.',
	'Nous travaillons en lien avec les réseaux d’éducation populaire du territoire.'
];
const associations = [
	'Amicale laïque des Tilleuls',
	'Festival des Jardins Partagés',
	'Épicerie solidaire La Grange',
	'Club de randonnée Les Godillots',
	'Ressourcerie du Val Fleuri',
	'Compagnie Le Rideau Bleu'
];

/** `count` valid, varied providers, the same for the same seed (fast enough for 10,000). */
export function generateProviders(count: number, seed = 1): Provider[] {
	const random = createRandom(seed);
	return Array.from({ length: count }, (_, i): Provider => {
		const name = `${pick(random, prefixes)} ${pick(random, cores)} ${pick(random, places)}`;
		const [city, postcode, region] = pick(random, cities);
		const slug = `${normalizeText(name).replaceAll(' ', '-')}-${i + 1}`;
		return {
			id: `gen-${seed}-${i + 1}`,
			slug,
			name,
			structureType: pick(random, structureTypes),
			size: 1 + Math.floor(random() * 40),
			location: { city, postcode, region },
			coverage: pick(random, coverages),
			supportKinds: subset(random, supportKinds, 0.4),
			associationSizes: subset(random, associationSizes, 0.4),
			modalities: subset(random, modalities, 0.4),
			tools: subset(random, tools, 0.2),
			contact: { email: `contact@${slug}.example` },
			description: subset(random, sentences, 0.5).join(' '),
			examples: subset(random, associations, 0.3)
				.slice(0, 3)
				.map((association) => ({
					association,
					summary: `${pick(random, sentences)} (${pick(random, tools)})`,
					year: 2015 + Math.floor(random() * 11)
				})),
			updatedAt: `2025-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`,
			demo: true
		};
	});
}
