// Runs in Node: the forum's demo content (invented people and associations), seeded by the
// provisioning script on a server whose forum has no thread yet (`npm start` does it unless
// FORUM_DEMO=0). Passwords are public on purpose: turn demo content off on a real deployment.

/** Demo accounts. `camille` is a moderator. */
export const demoUsers = [
	{
		name: 'camille',
		password: 'demo-camille',
		displayName: 'Camille · Jardins partagés de Lodève',
		roles: ['moderator']
	},
	{
		name: 'dominique',
		password: 'demo-dominique',
		displayName: 'Dominique · Ciné-club du Vercors',
		roles: []
	},
	{
		name: 'sacha',
		password: 'demo-sacha',
		displayName: 'Sacha · Amicale laïque de Rezé',
		roles: []
	},
	{
		name: 'yannick',
		password: 'demo-yannick',
		displayName: 'Yannick · Collectif Vélo Solidaire',
		roles: []
	}
];

/**
 * Threads with their replies; `daysAgo` places each post in the recent past of the seeding day.
 * @type {{ category: string, title: string, tags: string[], author: string, daysAgo: number,
 *   body: string, replies: { author: string, daysAgo: number, body: string }[] }[]}
 */
export const demoThreads = [
	{
		category: 'aide-technique',
		title: 'Nextcloud : les agendas partagés ne se synchronisent pas sur Android',
		tags: ['nextcloud', 'agenda', 'android'],
		author: 'dominique',
		daysAgo: 12,
		body: 'Bonjour à toutes et tous,\n\nNous avons migré nos agendas Google vers **Nextcloud** (hébergé par un CHATONS). Sur ordinateur tout va bien, mais sur les téléphones Android des bénévoles, les agendas partagés n’apparaissent pas.\n\nNous avons installé DAVx⁵. Une idée de ce qui manque ?',
		replies: [
			{
				author: 'sacha',
				daysAgo: 11,
				body: 'Dans DAVx⁵, il faut cocher chaque agenda dans l’onglet **CalDAV** du compte : les agendas partagés sont décochés par défaut.'
			},
			{
				author: 'dominique',
				daysAgo: 10,
				body: 'C’était exactement ça, merci ! Je l’ajoute à notre fiche d’accueil des bénévoles.'
			}
		]
	},
	{
		category: 'aide-technique',
		title: 'Exporter les adhérents de Google Forms vers Framaforms',
		tags: ['formulaires', 'migration'],
		author: 'yannick',
		daysAgo: 6,
		body: 'Nous avons 400 réponses d’adhésion dans un Google Forms. Est-ce qu’on peut les récupérer dans **Framaforms** ou faut-il garder un tableur à part ?',
		replies: [
			{
				author: 'camille',
				daysAgo: 5,
				body: 'Framaforms n’importe pas les anciennes réponses. Exportez-les en CSV (Réponses → Télécharger) et gardez ce fichier dans votre espace de stockage ; les nouvelles adhésions arriveront dans Framaforms.'
			}
		]
	},
	{
		category: 'aide-technique',
		title: 'Sauvegarder les courriels avant de fermer le compte Gmail',
		tags: ['courriel', 'sauvegarde'],
		author: 'sacha',
		daysAgo: 2,
		body: 'Avant de fermer notre compte Gmail associatif, comment garder 8 ans d’archives ? Google Takeout donne un gros fichier `.mbox`… et ensuite ?',
		replies: []
	},
	{
		category: 'choisir-un-outil',
		title: 'Remplacer WhatsApp pour un groupe de 60 bénévoles',
		tags: ['messagerie', 'signal', 'element'],
		author: 'camille',
		daysAgo: 20,
		body: 'Notre groupe WhatsApp des bénévoles déborde. Nous hésitons entre **Signal** et **Element** (Matrix).\n\n- Signal : simple, mais un numéro de téléphone est nécessaire ;\n- Element : salons par thème, mais plus déroutant.\n\nVos retours ?',
		replies: [
			{
				author: 'yannick',
				daysAgo: 19,
				body: 'Nous sommes passés sur Element avec un salon par activité. La première semaine a été difficile, puis plus personne ne voulait revenir en arrière.'
			},
			{
				author: 'dominique',
				daysAgo: 18,
				body: 'Signal chez nous : les bénévoles âgés l’ont adopté en un après-midi. Pour 60 personnes, un seul groupe suffit.'
			},
			{
				author: 'camille',
				daysAgo: 15,
				body: 'Merci ! Nous allons tester Signal pendant un mois et faire le point en réunion de bureau.'
			}
		]
	},
	{
		category: 'choisir-un-outil',
		title: 'Quelle visio pour nos assemblées générales à distance ?',
		tags: ['visio', 'jitsi', 'bigbluebutton'],
		author: 'sacha',
		daysAgo: 8,
		body: 'Nos AG réunissent 80 personnes. Jitsi tient-il la charge, ou vaut-il mieux **BigBlueButton** ?',
		replies: [
			{
				author: 'camille',
				daysAgo: 7,
				body: 'Au-delà de 30-40 personnes, BigBlueButton est plus confortable (votes, salles de sous-groupes). Plusieurs hébergeurs associatifs le proposent.'
			}
		]
	},
	{
		category: 'choisir-un-outil',
		title: 'Tableur partagé : OnlyOffice ou Collabora ?',
		tags: ['bureautique'],
		author: 'dominique',
		daysAgo: 3,
		body: 'Pour remplacer Google Sheets dans Nextcloud, qu’est-ce qui est le plus simple pour des trésoriers pas très à l’aise ?',
		replies: []
	},
	{
		category: 'trouver-un-prestataire',
		title: 'Cherche accompagnement pour migrer nos données en Occitanie',
		tags: ['migration', 'occitanie'],
		author: 'camille',
		daysAgo: 14,
		body: 'Association de 3 salariés près de Montpellier. Nous cherchons un prestataire pour migrer Drive et Gmail, et **former** l’équipe. Des recommandations ?',
		replies: [
			{
				author: 'sacha',
				daysAgo: 13,
				body: 'Regardez l’annuaire de Passerelle, filtre « Migration des données » + région Occitanie : deux coopératives y proposent aussi des ateliers collectifs.'
			}
		]
	},
	{
		category: 'trouver-un-prestataire',
		title: 'Retour d’expérience : accompagnement sur 6 mois par une SCIC',
		tags: ['témoignage', 'scic'],
		author: 'yannick',
		daysAgo: 4,
		body: 'Nous avons été accompagnés six mois par une SCIC bretonne : diagnostic, feuille de route, puis formations. Je réponds volontiers aux questions sur le budget et l’organisation.',
		replies: [
			{
				author: 'dominique',
				daysAgo: 3,
				body: 'Quel budget faut-il prévoir, à peu près, pour une association de notre taille (aucun salarié) ?'
			},
			{
				author: 'yannick',
				daysAgo: 2,
				body: 'Chez nous environ 2 500 €, en partie financés par le FDVA. Le diagnostic seul coûte bien moins.'
			}
		]
	},
	{
		category: 'besoins-a-mutualiser',
		title: 'Module de gestion des adhésions pour Paheko : qui est partant ?',
		tags: ['paheko', 'adhésions', 'financement'],
		author: 'sacha',
		daysAgo: 25,
		body: 'Plusieurs amicales aimeraient un module Paheko pour les **adhésions familiales** (un paiement, plusieurs membres). Un développeur nous a fait un devis de 4 000 €. Qui serait prêt à co-financer ?',
		replies: [
			{
				author: 'camille',
				daysAgo: 24,
				body: 'Les Jardins partagés participeraient à hauteur de 300 €. Le code sera-t-il publié sous licence libre ?'
			},
			{
				author: 'sacha',
				daysAgo: 23,
				body: 'Oui, AGPL, et proposé à l’équipe de Paheko pour intégration.'
			}
		]
	},
	{
		category: 'besoins-a-mutualiser',
		title: 'Mutualiser un serveur Nextcloud entre associations d’un même quartier',
		tags: ['hébergement', 'nextcloud'],
		author: 'dominique',
		daysAgo: 1,
		body: 'Cinq associations du quartier voudraient partager un hébergement Nextcloud plutôt que chacune le sien. Quelqu’un a-t-il déjà monté ce genre de convention ?',
		replies: []
	}
];
