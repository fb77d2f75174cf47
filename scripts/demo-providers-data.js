// Curated lists behind the demo providers feed (see generate-demo-providers.js). Every provider
// and association name is invented; towns are real, with their real postcodes and regions.

/**
 * @typedef {object} DemoProviderSeed
 * @property {string} name
 * @property {'association' | 'cooperative' | 'company' | 'independent'} type
 * @property {string} city
 * @property {string} postcode
 * @property {string} region
 * @property {'local' | 'regional' | 'national' | 'remote'} coverage
 * @property {number} size
 * @property {keyof typeof profiles} profile
 * @property {number} founded
 * @property {string} domain  without the .example suffix
 * @property {string} [person]  first name of an independent, for the intro and the email
 * @property {'f' | 'm'} [gender]  grammatical gender of an independent, for the intro
 * @property {'SCOP' | 'SCIC'} [coop]
 */

/** @type {DemoProviderSeed[]} */
// prettier-ignore
export const providerSeeds = [
	{ name: 'Coop Numérique du Bocage', type: 'cooperative', coop: 'SCIC', city: 'Fougères', postcode: '35300', region: 'bretagne', coverage: 'regional', size: 7, profile: 'generalist', founded: 2016, domain: 'coop-bocage' },
	{ name: 'Les Octets Solidaires', type: 'association', city: 'Lille', postcode: '59000', region: 'hauts-de-france', coverage: 'regional', size: 5, profile: 'awareness', founded: 2014, domain: 'octets-solidaires' },
	{ name: 'Brins de Réseau', type: 'association', city: 'Besançon', postcode: '25000', region: 'bourgogne-franche-comte', coverage: 'local', size: 3, profile: 'training', founded: 2019, domain: 'brins-de-reseau' },
	{ name: 'Atelier Lumen Libre', type: 'cooperative', coop: 'SCOP', city: 'Lyon', postcode: '69007', region: 'auvergne-rhone-alpes', coverage: 'national', size: 14, profile: 'hosting', founded: 2012, domain: 'lumen-libre' },
	{ name: 'Passe-Muraille Informatique', type: 'company', city: 'Toulouse', postcode: '31000', region: 'occitanie', coverage: 'national', size: 22, profile: 'migration', founded: 2010, domain: 'passe-muraille-info' },
	{ name: 'Clémence Vidal, numérique associatif', type: 'independent', person: 'Clémence', gender: 'f', city: 'Montpellier', postcode: '34000', region: 'occitanie', coverage: 'remote', size: 1, profile: 'strategy', founded: 2020, domain: 'clemence-vidal' },
	{ name: 'Fabrique Ligérienne des Communs', type: 'cooperative', coop: 'SCIC', city: 'Nantes', postcode: '44000', region: 'pays-de-la-loire', coverage: 'regional', size: 9, profile: 'strategy', founded: 2017, domain: 'fabrique-ligerienne' },
	{ name: 'Nuage de Proximité', type: 'cooperative', coop: 'SCOP', city: 'Strasbourg', postcode: '67000', region: 'grand-est', coverage: 'national', size: 11, profile: 'hosting', founded: 2015, domain: 'nuage-proximite' },
	{ name: 'Serveurs des Marais', type: 'association', city: 'Niort', postcode: '79000', region: 'nouvelle-aquitaine', coverage: 'local', size: 4, profile: 'hosting', founded: 2018, domain: 'serveurs-des-marais' },
	{ name: 'Hélix Conseil Associatif', type: 'company', city: 'Paris', postcode: '75011', region: 'ile-de-france', coverage: 'national', size: 35, profile: 'strategy', founded: 2009, domain: 'helix-conseil' },
	{ name: 'Ondes Vertes Numériques', type: 'association', city: 'Rennes', postcode: '35000', region: 'bretagne', coverage: 'regional', size: 6, profile: 'awareness', founded: 2013, domain: 'ondes-vertes' },
	{ name: 'Baptiste Leroux, accompagnement libre', type: 'independent', person: 'Baptiste', gender: 'm', city: 'Caen', postcode: '14000', region: 'normandie', coverage: 'regional', size: 1, profile: 'migration', founded: 2021, domain: 'baptiste-leroux' },
	{ name: 'Les Claviers du Cotentin', type: 'association', city: 'Cherbourg-en-Cotentin', postcode: '50100', region: 'normandie', coverage: 'local', size: 3, profile: 'training', founded: 2011, domain: 'claviers-cotentin' },
	{ name: 'Coopérative Sillon Numérique', type: 'cooperative', coop: 'SCOP', city: 'Orléans', postcode: '45000', region: 'centre-val-de-loire', coverage: 'regional', size: 8, profile: 'generalist', founded: 2018, domain: 'sillon-numerique' },
	{ name: 'Tisserands du Web', type: 'cooperative', coop: 'SCOP', city: 'Tours', postcode: '37000', region: 'centre-val-de-loire', coverage: 'national', size: 12, profile: 'communication', founded: 2014, domain: 'tisserands-web' },
	{ name: 'Garrigue Informatique Sociale', type: 'company', city: 'Nîmes', postcode: '30000', region: 'occitanie', coverage: 'regional', size: 6, profile: 'management', founded: 2016, domain: 'garrigue-informatique' },
	{ name: 'Mistral Services Libres', type: 'company', city: 'Marseille', postcode: '13001', region: 'provence-alpes-cote-d-azur', coverage: 'national', size: 18, profile: 'hosting', founded: 2011, domain: 'mistral-libre' },
	{ name: 'Les Ruches Numériques', type: 'association', city: 'Avignon', postcode: '84000', region: 'provence-alpes-cote-d-azur', coverage: 'local', size: 4, profile: 'awareness', founded: 2017, domain: 'ruches-numeriques' },
	{ name: 'Maquis Numérique', type: 'association', city: 'Ajaccio', postcode: '20000', region: 'corse', coverage: 'regional', size: 3, profile: 'generalist', founded: 2019, domain: 'maquis-numerique' },
	{ name: 'Alizé Numérique Solidaire', type: 'association', city: 'Pointe-à-Pitre', postcode: '97110', region: 'guadeloupe', coverage: 'regional', size: 4, profile: 'training', founded: 2018, domain: 'alize-numerique' },
	{ name: 'Kaz Numérique Coopérative', type: 'cooperative', coop: 'SCIC', city: 'Fort-de-France', postcode: '97200', region: 'martinique', coverage: 'regional', size: 6, profile: 'generalist', founded: 2020, domain: 'kaz-numerique' },
	{ name: 'Réseau Fromager Numérique', type: 'association', city: 'Cayenne', postcode: '97300', region: 'guyane', coverage: 'regional', size: 3, profile: 'awareness', founded: 2021, domain: 'fromager-numerique' },
	{ name: 'Ti Lien Numérique', type: 'cooperative', coop: 'SCOP', city: 'Saint-Denis', postcode: '97400', region: 'la-reunion', coverage: 'regional', size: 7, profile: 'migration', founded: 2017, domain: 'ti-lien' },
	{ name: 'Maoré Connecté', type: 'association', city: 'Mamoudzou', postcode: '97600', region: 'mayotte', coverage: 'local', size: 2, profile: 'training', founded: 2022, domain: 'maore-connecte' },
	{ name: 'Sophie Marchal, formations outils libres', type: 'independent', person: 'Sophie', gender: 'f', city: 'Grenoble', postcode: '38000', region: 'auvergne-rhone-alpes', coverage: 'remote', size: 1, profile: 'training', founded: 2017, domain: 'sophie-marchal' },
	{ name: 'Volcans & Données', type: 'cooperative', coop: 'SCOP', city: 'Clermont-Ferrand', postcode: '63000', region: 'auvergne-rhone-alpes', coverage: 'regional', size: 9, profile: 'migration', founded: 2015, domain: 'volcans-donnees' },
	{ name: 'Cabane Numérique de Bourgogne', type: 'association', city: 'Dijon', postcode: '21000', region: 'bourgogne-franche-comte', coverage: 'regional', size: 5, profile: 'generalist', founded: 2016, domain: 'cabane-numerique' },
	{ name: 'Ardoise & Pixel', type: 'company', city: 'Angers', postcode: '49000', region: 'pays-de-la-loire', coverage: 'regional', size: 10, profile: 'communication', founded: 2013, domain: 'ardoise-pixel' },
	{ name: 'Estuaire Numérique Solidaire', type: 'association', city: 'Saint-Nazaire', postcode: '44600', region: 'pays-de-la-loire', coverage: 'local', size: 4, profile: 'awareness', founded: 2015, domain: 'estuaire-numerique' },
	{ name: 'Pignada Conseil', type: 'company', city: 'Mont-de-Marsan', postcode: '40000', region: 'nouvelle-aquitaine', coverage: 'regional', size: 5, profile: 'management', founded: 2019, domain: 'pignada-conseil' },
	{ name: 'Cep Numérique', type: 'cooperative', coop: 'SCOP', city: 'Bordeaux', postcode: '33000', region: 'nouvelle-aquitaine', coverage: 'national', size: 16, profile: 'generalist', founded: 2012, domain: 'cep-numerique' },
	{ name: 'Les Châtaigniers Connectés', type: 'association', city: 'Limoges', postcode: '87000', region: 'nouvelle-aquitaine', coverage: 'regional', size: 3, profile: 'training', founded: 2020, domain: 'chataigniers-connectes' },
	{ name: 'Karim Benali, transition numérique', type: 'independent', person: 'Karim', gender: 'm', city: 'Metz', postcode: '57000', region: 'grand-est', coverage: 'regional', size: 1, profile: 'strategy', founded: 2018, domain: 'karim-benali' },
	{ name: 'Sapins & Serveurs', type: 'association', city: 'Épinal', postcode: '88000', region: 'grand-est', coverage: 'local', size: 4, profile: 'hosting', founded: 2016, domain: 'sapins-serveurs' },
	{ name: 'Craie Numérique', type: 'company', city: 'Reims', postcode: '51100', region: 'grand-est', coverage: 'regional', size: 7, profile: 'management', founded: 2014, domain: 'craie-numerique' },
	{ name: 'Terril Numérique', type: 'cooperative', coop: 'SCIC', city: 'Lens', postcode: '62300', region: 'hauts-de-france', coverage: 'regional', size: 8, profile: 'generalist', founded: 2019, domain: 'terril-numerique' },
	{ name: 'Les Mouettes Numériques', type: 'association', city: 'Amiens', postcode: '80000', region: 'hauts-de-france', coverage: 'local', size: 3, profile: 'training', founded: 2012, domain: 'mouettes-numeriques' },
	{ name: 'Faubourg Libre', type: 'cooperative', coop: 'SCOP', city: 'Montreuil', postcode: '93100', region: 'ile-de-france', coverage: 'national', size: 20, profile: 'migration', founded: 2010, domain: 'faubourg-libre' },
	{ name: 'Clairière Conseil', type: 'company', city: 'Versailles', postcode: '78000', region: 'ile-de-france', coverage: 'national', size: 45, profile: 'strategy', founded: 2008, domain: 'clairiere-conseil' },
	{ name: 'Julie Moreau, facilitation numérique', type: 'independent', person: 'Julie', gender: 'f', city: 'Paris', postcode: '75019', region: 'ile-de-france', coverage: 'remote', size: 1, profile: 'awareness', founded: 2019, domain: 'julie-moreau' },
	{ name: 'Les Passeurs de Bits', type: 'association', city: 'Créteil', postcode: '94000', region: 'ile-de-france', coverage: 'local', size: 6, profile: 'training', founded: 2015, domain: 'passeurs-de-bits' },
	{ name: 'Camille Roussel, hébergement et migration', type: 'independent', person: 'Camille', gender: 'm', city: 'Perpignan', postcode: '66000', region: 'occitanie', coverage: 'remote', size: 1, profile: 'hosting', founded: 2016, domain: 'camille-roussel' },
	{ name: 'Lavande Numérique', type: 'association', city: 'Digne-les-Bains', postcode: '04000', region: 'provence-alpes-cote-d-azur', coverage: 'regional', size: 3, profile: 'generalist', founded: 2020, domain: 'lavande-numerique' },
	{ name: 'Calanques Cloud Coopératif', type: 'cooperative', coop: 'SCIC', city: 'Toulon', postcode: '83000', region: 'provence-alpes-cote-d-azur', coverage: 'national', size: 9, profile: 'hosting', founded: 2018, domain: 'calanques-cloud' },
	{ name: 'Seine Libre Conseil', type: 'company', city: 'Rouen', postcode: '76000', region: 'normandie', coverage: 'regional', size: 12, profile: 'communication', founded: 2012, domain: 'seine-libre' },
	{ name: 'Marelle Numérique', type: 'association', city: 'Poitiers', postcode: '86000', region: 'nouvelle-aquitaine', coverage: 'regional', size: 5, profile: 'awareness', founded: 2017, domain: 'marelle-numerique' },
	{ name: 'Gave Numérique', type: 'cooperative', coop: 'SCOP', city: 'Pau', postcode: '64000', region: 'nouvelle-aquitaine', coverage: 'regional', size: 6, profile: 'management', founded: 2016, domain: 'gave-numerique' },
	{ name: 'Goémon Numérique', type: 'association', city: 'Brest', postcode: '29200', region: 'bretagne', coverage: 'local', size: 4, profile: 'training', founded: 2013, domain: 'goemon-numerique' },
	{ name: 'Cordée Numérique', type: 'cooperative', coop: 'SCOP', city: 'Chambéry', postcode: '73000', region: 'auvergne-rhone-alpes', coverage: 'regional', size: 7, profile: 'strategy', founded: 2018, domain: 'cordee-numerique' },
	{ name: 'Atelier Sarthois du Libre', type: 'association', city: 'Le Mans', postcode: '72000', region: 'pays-de-la-loire', coverage: 'local', size: 3, profile: 'training', founded: 2014, domain: 'atelier-sarthois' },
	{ name: 'Berry Numérique Partagé', type: 'association', city: 'Bourges', postcode: '18000', region: 'centre-val-de-loire', coverage: 'local', size: 2, profile: 'awareness', founded: 2021, domain: 'berry-numerique' },
	{ name: 'Forge du Territoire', type: 'company', city: 'Belfort', postcode: '90000', region: 'bourgogne-franche-comte', coverage: 'regional', size: 6, profile: 'management', founded: 2015, domain: 'forge-territoire' },
	{ name: 'Boussole Gestion Associative', type: 'company', city: 'Lyon', postcode: '69003', region: 'auvergne-rhone-alpes', coverage: 'national', size: 60, profile: 'management', founded: 2007, domain: 'boussole-gestion' }
];

/**
 * What each kind of provider mostly does: the support kinds it always offers, a few it may
 * add, the tools it knows, and sentences describing its work ({S}: the provider's subject).
 */
export const profiles = {
	generalist: {
		core: ['identifying-needs', 'digital-diagnosis', 'tool-recommendations', 'training'],
		extra: ['clarifying-objectives', 'roadmap', 'data-migration', 'change-management'],
		tools: [
			'Nextcloud',
			'LibreOffice',
			'Thunderbird',
			'Framaforms',
			'Jitsi Meet',
			'CryptPad',
			'Framadate',
			'Paheko'
		],
		pitch: [
			'{S} accompagne les associations de bout en bout, du premier état des lieux jusqu’à la prise en main des nouveaux outils.',
			'{S} part toujours du quotidien des équipes : qui fait quoi, avec quels outils, et ce qui coince.',
			'{S} propose des solutions libres et sobres, choisies pour durer et rester maîtrisées par les équipes elles-mêmes.'
		]
	},
	hosting: {
		core: ['hosting', 'data-migration', 'tool-recommendations'],
		extra: ['digital-diagnosis', 'training', 'change-management'],
		tools: [
			'Nextcloud',
			'YunoHost',
			'Keycloak',
			'Sympa',
			'Mailman',
			'Element (Matrix)',
			'Jitsi Meet',
			'BigBlueButton',
			'Collabora Online',
			'Mattermost',
			'Zammad'
		],
		pitch: [
			'{S} héberge les services des associations sur des serveurs installés en France et alimentés en énergie renouvelable.',
			'{S} sauvegarde chaque nuit les services hébergés, les supervise et les met à jour sans que l’association cliente ait à s’en soucier.',
			'{S} préfère des instances dédiées et de taille modeste aux grandes plateformes mutualisées, pour que chaque association garde la main sur ses données.'
		]
	},
	strategy: {
		core: ['identifying-needs', 'clarifying-objectives', 'roadmap', 'change-management'],
		extra: ['awareness', 'digital-diagnosis', 'tool-recommendations'],
		tools: ['Framadate', 'Etherpad', 'CryptPad', 'Kanboard', 'Nextcloud', 'LibreOffice', 'Wekan'],
		pitch: [
			'{S} aide les conseils d’administration à décider : pourquoi changer d’outils, dans quel ordre et avec quels moyens.',
			'{S} conclut chaque accompagnement par une feuille de route écrite, partagée et réaliste, que l’équipe peut suivre seule.',
			'{S} anime des temps collectifs où salariés, bénévoles et administrateurs définissent ensemble leurs priorités.'
		]
	},
	training: {
		core: ['training', 'awareness'],
		extra: ['tool-recommendations', 'change-management', 'identifying-needs'],
		tools: [
			'LibreOffice',
			'Thunderbird',
			'Nextcloud',
			'Framaforms',
			'Jitsi Meet',
			'CryptPad',
			'Firefox',
			'Linux Mint',
			'Etherpad'
		],
		pitch: [
			'{S} construit ses formations à partir des documents et des usages réels de chaque structure, jamais d’une démonstration abstraite.',
			'{S} forme en petits groupes, à un rythme adapté aux bénévoles, et laisse à chaque participant un guide illustré.',
			'{S} tient des permanences ouvertes où chacun peut venir avec sa question ou son ordinateur.'
		]
	},
	awareness: {
		core: ['awareness', 'identifying-needs', 'training'],
		extra: ['clarifying-objectives', 'tool-recommendations', 'change-management'],
		tools: [
			'Framadate',
			'Framaforms',
			'Etherpad',
			'Mobilizon',
			'PeerTube',
			'Jitsi Meet',
			'CryptPad'
		],
		pitch: [
			'{S} s’inscrit dans l’éducation populaire et anime des ateliers pour comprendre ce que deviennent nos données et reprendre la main.',
			'{S} organise des soirées de sensibilisation qui réunissent adhérents, bénévoles et salariés autour de jeux, de débats et de démonstrations.',
			'{S} part d’une conviction : un changement d’outils réussit quand toute la structure en comprend le sens.'
		]
	},
	migration: {
		core: ['data-migration', 'digital-diagnosis', 'tool-recommendations'],
		extra: ['hosting', 'training', 'roadmap', 'change-management'],
		tools: [
			'Nextcloud',
			'Thunderbird',
			'Dolibarr',
			'Paheko',
			'Galette',
			'Zammad',
			'Mattermost',
			'LibreOffice'
		],
		pitch: [
			'{S} organise la sortie des suites Google et Microsoft sans rien perdre : documents, agendas, contacts et boîtes mail.',
			'{S} prépare chaque migration par un inventaire des données, la teste sur un échantillon, puis la réalise en une seule bascule.',
			'{S} documente tout ce qui est fait, pour que la structure accompagnée puisse ensuite avancer sans dépendre de personne.'
		]
	},
	management: {
		core: ['digital-diagnosis', 'tool-recommendations', 'data-migration', 'training'],
		extra: ['identifying-needs', 'roadmap', 'hosting'],
		tools: ['Paheko', 'Galette', 'Dolibarr', 'Framaforms', 'LibreOffice', 'Nextcloud', 'Kanboard'],
		pitch: [
			'{S} connaît bien la gestion associative : adhérents, cotisations, comptabilité et reçus fiscaux.',
			'{S} aide les trésoriers et les secrétaires à quitter les tableurs éparpillés pour un outil de gestion libre et partagé.',
			'{S} vérifie que les nouveaux outils répondent aux obligations des associations, des reçus fiscaux aux assemblées générales.'
		]
	},
	communication: {
		core: ['tool-recommendations', 'training'],
		extra: ['hosting', 'awareness', 'change-management', 'identifying-needs'],
		tools: [
			'Mobilizon',
			'PeerTube',
			'WordPress',
			'SPIP',
			'Mastodon',
			'Sympa',
			'Mailman',
			'Framadate',
			'Framaforms'
		],
		pitch: [
			'{S} aide les associations à communiquer sans dépendre des réseaux sociaux commerciaux : site, lettre d’information, agenda public.',
			'{S} met en place des sites et des listes de diffusion que les bénévoles peuvent faire vivre eux-mêmes.',
			'{S} accompagne la présence des associations sur le Fédivers, avec Mastodon, PeerTube et Mobilizon.'
		]
	}
};

/** How providers work (one per description); {S} is the provider, as a pronoun. */
export const methodSentences = [
	'Chaque accompagnement commence par une rencontre, sur place ou en visioconférence, pour comprendre le fonctionnement de la structure.',
	'Les tarifs sont adaptés aux petites structures, et une partie des interventions peut être financée par les dispositifs locaux d’accompagnement.',
	'Le travail se fait en binôme avec un référent de la structure accompagnée, qui reste le relais des nouveaux outils après l’accompagnement.',
	'La méthode privilégie les petits pas : un premier outil bien adopté vaut mieux qu’une migration complète abandonnée.',
	'Les guides et supports de formation produits sont publiés sous licence libre.',
	'{S} travaille en réseau avec d’autres prestataires du numérique libre lorsque le projet le demande.'
];

/** "in <region>", with the right French preposition. */
export const inRegion = {
	'auvergne-rhone-alpes': 'en Auvergne-Rhône-Alpes',
	'bourgogne-franche-comte': 'en Bourgogne-Franche-Comté',
	bretagne: 'en Bretagne',
	'centre-val-de-loire': 'en Centre-Val de Loire',
	corse: 'en Corse',
	'grand-est': 'dans le Grand Est',
	'hauts-de-france': 'dans les Hauts-de-France',
	'ile-de-france': 'en Île-de-France',
	normandie: 'en Normandie',
	'nouvelle-aquitaine': 'en Nouvelle-Aquitaine',
	occitanie: 'en Occitanie',
	'pays-de-la-loire': 'dans les Pays de la Loire',
	'provence-alpes-cote-d-azur': 'en Provence-Alpes-Côte d’Azur',
	guadeloupe: 'en Guadeloupe',
	martinique: 'en Martinique',
	guyane: 'en Guyane',
	'la-reunion': 'à La Réunion',
	mayotte: 'à Mayotte'
};

/** Real towns of each region, where the invented client associations are based. */
export const townsByRegion = {
	'auvergne-rhone-alpes': ['Annonay', 'Thiers', 'Bourg-en-Bresse', 'Aubenas', 'Saint-Flour'],
	'bourgogne-franche-comte': ['Autun', 'Lons-le-Saunier', 'Pontarlier', 'Auxerre'],
	bretagne: ['Lannion', 'Vitré', 'Quimperlé', 'Ploërmel'],
	'centre-val-de-loire': ['Vierzon', 'Chinon', 'Romorantin-Lanthenay', 'Châteaudun'],
	corse: ['Corte', 'Porto-Vecchio', 'Calvi'],
	'grand-est': ['Saint-Dié-des-Vosges', 'Sélestat', 'Chaumont', 'Sedan'],
	'hauts-de-france': ['Béthune', 'Saint-Quentin', 'Abbeville', 'Maubeuge'],
	'ile-de-france': ['Ivry-sur-Seine', 'Pantin', 'Étampes', 'Melun'],
	normandie: ['Lisieux', 'Fécamp', 'Alençon', 'Saint-Lô'],
	'nouvelle-aquitaine': ['Périgueux', 'Bergerac', 'Guéret', 'Angoulême'],
	occitanie: ['Saint-Jory', 'Albi', 'Figeac', 'Millau', 'Sète'],
	'pays-de-la-loire': ['Laval', 'Cholet', 'La Roche-sur-Yon', 'Saumur'],
	'provence-alpes-cote-d-azur': ['Manosque', 'Gap', 'Arles', 'Hyères'],
	guadeloupe: ['Le Gosier', 'Sainte-Anne', 'Capesterre-Belle-Eau'],
	martinique: ['Le Lamentin', 'Sainte-Luce', 'Le Robert'],
	guyane: ['Kourou', 'Saint-Laurent-du-Maroni', 'Matoury'],
	'la-reunion': ['Saint-Paul', 'Le Tampon', 'Saint-Leu'],
	mayotte: ['Dzaoudzi', 'Sada', 'Koungou']
};

/** Client associations named after their town ("de" is added with the right elision). */
export const townAssociationKinds = [
	'Amicale laïque',
	'Comité des fêtes',
	'Foyer rural',
	'Centre social',
	'Maison des jeunes et de la culture',
	'Office municipal des sports',
	'Club de handball',
	'Association des parents d’élèves',
	'Harmonie municipale',
	'Jardins familiaux',
	'Université populaire',
	'Repair café'
];

/** Client associations with a name of their own. */
export const namedAssociations = [
	'Festival des Jardins Partagés',
	'Épicerie solidaire La Bonne Graine',
	'Ressourcerie Le Grenier Partagé',
	'Compagnie de théâtre Le Rideau Bleu',
	'Chorale À Travers Champs',
	'Club de randonnée Les Godillots',
	'Les Amis du Vieux Moulin',
	'Collectif Vélo Quotidien',
	'Radio associative Ondes Buissonnières',
	'Fédération des Cantines Solidaires',
	'Ludothèque La Marelle Enchantée',
	'Entraide Logement Jeunes',
	'Association Les Mots Partagés',
	'Les Toqués du Potager',
	'Troc de Savoirs du Plateau',
	'Cinéma associatif Le Lumière d’Hiver',
	'Maison de l’Économie Circulaire',
	'Collectif des Habitants du Quartier Fleuri'
];

/**
 * What was done for a client, per support kind. `tools` lists the tools the sentence may name;
 * templates naming a tool the provider does not list are avoided when possible.
 * @type {Record<string, { text: string, tools?: string[], n?: [number, number] }[]>}
 */
export const exampleTemplates = {
	'identifying-needs': [
		{
			text: 'Entretiens avec les salariés et les bénévoles pour recenser les usages numériques et les irritants du quotidien.'
		},
		{
			text: 'Atelier participatif de cartographie des outils utilisés, suivi d’une synthèse des besoins prioritaires.'
		}
	],
	'clarifying-objectives': [
		{
			text: 'Deux demi-journées de travail avec le bureau pour fixer des objectifs réalistes de sortie des outils Google.'
		},
		{
			text: 'Clarification des priorités du conseil d’administration avant le renouvellement du site et de la messagerie.'
		}
	],
	awareness: [
		{
			text: 'Soirée-débat « Nos données, nos choix » ouverte aux adhérents, suivie d’une découverte des alternatives libres.'
		},
		{
			text: 'Sensibilisation de {n} bénévoles aux enjeux de la dépendance aux grandes plateformes.',
			n: [12, 60]
		}
	],
	roadmap: [
		{
			text: 'Feuille de route sur dix-huit mois, validée en assemblée générale, pour quitter progressivement Google Workspace.'
		},
		{
			text: 'Plan de transition en trois étapes, avec un calendrier adapté aux temps forts de la saison.'
		}
	],
	'digital-diagnosis': [
		{
			text: 'Diagnostic des outils et des comptes en ligne, avec un score de dépendance par usage et des pistes chiffrées.'
		},
		{
			text: 'État des lieux du parc informatique et des données, remis sous forme d’un rapport court et illustré.'
		}
	],
	'tool-recommendations': [
		{
			text: 'Comparatif de trois solutions de gestion des adhérents et choix de {tool} avec l’équipe.',
			tools: ['Paheko', 'Galette', 'Dolibarr']
		},
		{
			text: 'Test de deux messageries d’équipe pendant un mois, puis adoption de {tool} par toute l’équipe.',
			tools: ['Mattermost', 'Element (Matrix)']
		},
		{
			text: 'Choix d’un outil de sondage et de formulaires libre, {tool}, pour remplacer Google Forms.',
			tools: ['Framaforms', 'Framadate', 'CryptPad']
		}
	],
	'data-migration': [
		{
			text: 'Migration de {n} Go de documents depuis Google Drive vers {tool}, avec réorganisation des dossiers partagés.',
			tools: ['Nextcloud'],
			n: [15, 400]
		},
		{
			text: 'Reprise de {n} fiches adhérents depuis un tableur vers {tool}, historique des cotisations compris.',
			tools: ['Paheko', 'Galette', 'Dolibarr'],
			n: [120, 2500]
		},
		{
			text: 'Bascule des boîtes mail de l’équipe vers un hébergeur associatif et configuration de {tool} sur chaque poste.',
			tools: ['Thunderbird']
		}
	],
	hosting: [
		{
			text: 'Installation et hébergement d’une instance {tool} pour {n} utilisateurs, sauvegardes quotidiennes comprises.',
			tools: ['Nextcloud', 'Mattermost', 'Zammad', 'BigBlueButton', 'Element (Matrix)'],
			n: [8, 150]
		},
		{
			text: 'Hébergement des listes de diffusion sur {tool} et de l’agenda public des événements sur Mobilizon.',
			tools: ['Sympa', 'Mailman']
		}
	],
	'change-management': [
		{
			text: 'Accompagnement de l’équipe pendant six mois : référents par pôle, permanences hebdomadaires et retours d’expérience.'
		},
		{
			text: 'Points d’étape mensuels pour ajuster l’usage de {tool} et répondre aux inquiétudes des bénévoles.',
			tools: ['Nextcloud', 'Mattermost', 'Paheko']
		}
	],
	training: [
		{
			text: '{n} sessions de prise en main de {tool} pour les bénévoles, avec un guide illustré à garder.',
			tools: ['Nextcloud', 'LibreOffice', 'Thunderbird', 'CryptPad', 'Paheko'],
			n: [3, 12]
		},
		{
			text: 'Formation des salariés à {tool}, en petits groupes et sur leurs propres documents.',
			tools: ['LibreOffice', 'Nextcloud', 'Thunderbird', 'CryptPad']
		}
	]
};
