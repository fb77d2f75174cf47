// The alternatives catalogue behind static/data/alternatives.json (see
// generate-demo-alternatives.js). Unlike the demo providers, nothing here is invented: every tool
// and alternative is real software, with its real licence and project site (links only, nothing is
// fetched). The feed is still flagged `demo` because it is a curated sample, not a reviewed list.
//
// Ids are stable and shared by the plan's diagnosis and the resources: never rename one. The same
// software may serve several Big Tech tools, but each alternative id appears once in the whole
// catalogue, so it is listed under the tool it replaces best (or with a use-specific id, such as
// nextcloud-files for Google Drive and nextcloud-desktop for Dropbox).
//
// Hosting flags: `chatons` when at least one member of the CHATONS collective offers the service;
// `selfHosted` when an association or its provider can install the server; `onDevice` for software
// installed on each computer or phone; `operator` for free software whose service has one operator
// and cannot practically be run elsewhere (Signal).

/**
 * @typedef {object} DemoAlternative
 * @property {string} id
 * @property {string} name
 * @property {string} purpose
 * @property {string} licence  SPDX identifier(s) of the project's licence
 * @property {{ chatons: boolean, selfHosted: boolean, onDevice?: boolean, operator?: string }} hosting
 * @property {'easy' | 'medium' | 'hard'} difficulty
 * @property {string} website
 * @property {string[]} providerTools  names as written in providers' `tools`
 */

/**
 * @typedef {object} DemoBigTechTool
 * @property {string} id
 * @property {string} name
 * @property {string} vendor
 * @property {string[]} uses
 * @property {string} description
 * @property {DemoAlternative[]} alternatives
 */

const server = { chatons: true, selfHosted: true };
const selfHostedOnly = { chatons: false, selfHosted: true };
const device = { chatons: false, selfHosted: false, onDevice: true };

/** @type {DemoBigTechTool[]} */
export const bigTechTools = [
	{
		id: 'gmail',
		name: 'Gmail',
		vendor: 'Google',
		uses: ['email'],
		description:
			'Messagerie en ligne de Google, souvent ouverte au nom d’un ou une bénévole. Les messages sont stockés sur les serveurs de Google, et l’adresse de l’association dépend d’un compte personnel qu’il faut transmettre à chaque changement de bureau.',
		alternatives: [
			{
				id: 'roundcube',
				name: 'Roundcube',
				purpose:
					'Webmail libre pour lire et écrire ses courriels dans le navigateur. Il équipe la plupart des hébergeurs de messagerie éthiques, qui fournissent des adresses au nom de domaine de l’association.',
				licence: 'GPL-3.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://roundcube.net',
				providerTools: []
			},
			{
				id: 'thunderbird-android',
				name: 'Thunderbird pour Android (ex-K-9 Mail)',
				purpose:
					'Application de messagerie pour téléphone Android, compatible avec toute boîte IMAP : on garde ses habitudes mobiles sans passer par l’application Gmail.',
				licence: 'Apache-2.0',
				hosting: device,
				difficulty: 'easy',
				website: 'https://www.thunderbird.net',
				providerTools: ['Thunderbird']
			}
		]
	},
	{
		id: 'outlook',
		name: 'Microsoft Outlook',
		vendor: 'Microsoft',
		uses: ['email', 'calendar'],
		description:
			'Client de messagerie et d’agenda de Microsoft, livré avec Microsoft 365 et lié à Exchange Online. Les boîtes, contacts et agendas sont hébergés par Microsoft et suivent les conditions de son abonnement.',
		alternatives: [
			{
				id: 'thunderbird',
				name: 'Thunderbird',
				purpose:
					'Logiciel de messagerie pour ordinateur (Windows, macOS, Linux) : plusieurs boîtes, agendas et carnets d’adresses synchronisés (IMAP, CalDAV, CardDAV), chiffrement OpenPGP intégré.',
				licence: 'MPL-2.0',
				hosting: device,
				difficulty: 'easy',
				website: 'https://www.thunderbird.net',
				providerTools: ['Thunderbird']
			},
			{
				id: 'nextcloud-mail',
				name: 'Nextcloud Mail',
				purpose:
					'Webmail intégré à Nextcloud, à côté de l’agenda et des contacts : une seule interface pour l’équipe, branchée sur les boîtes mail existantes de l’association.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://apps.nextcloud.com/apps/mail',
				providerTools: ['Nextcloud']
			}
		]
	},
	{
		id: 'google-calendar',
		name: 'Google Agenda',
		vendor: 'Google',
		uses: ['calendar'],
		description:
			'Agenda en ligne de Google, souvent partagé entre bénévoles pour les permanences et les réunions. Il suppose un compte Google pour chaque personne qui veut le modifier.',
		alternatives: [
			{
				id: 'nextcloud-calendar',
				name: 'Nextcloud Agenda',
				purpose:
					'Agendas partagés de l’équipe dans Nextcloud, synchronisés en CalDAV avec les téléphones et Thunderbird, avec invitations et prise de rendez-vous.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://apps.nextcloud.com/apps/calendar',
				providerTools: ['Nextcloud']
			},
			{
				id: 'davx5',
				name: 'DAVx⁵',
				purpose:
					'Application Android qui synchronise les agendas et contacts d’un serveur CalDAV/CardDAV (Nextcloud, hébergeur CHATONS) avec l’agenda habituel du téléphone.',
				licence: 'GPL-3.0',
				hosting: device,
				difficulty: 'easy',
				website: 'https://www.davx5.com',
				providerTools: []
			}
		]
	},
	{
		id: 'google-docs',
		name: 'Google Docs',
		vendor: 'Google',
		uses: ['documents'],
		description:
			'Traitement de texte collaboratif de Google. Pratique pour écrire à plusieurs, mais les documents vivent dans le compte Google de la personne qui les a créés : quand elle part, l’association risque de les perdre.',
		alternatives: [
			{
				id: 'nextcloud-office',
				name: 'Nextcloud Office (Collabora Online)',
				purpose:
					'Traitement de texte, tableur et présentations en ligne à plusieurs, directement dans les fichiers Nextcloud, au format OpenDocument et compatible avec les fichiers Microsoft Office.',
				licence: 'MPL-2.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://nextcloud.com/office/',
				providerTools: ['Nextcloud', 'Collabora Online']
			},
			{
				id: 'etherpad',
				name: 'Etherpad',
				purpose:
					'Éditeur de texte collaboratif en temps réel, chaque personne dans sa couleur : idéal pour la prise de notes en réunion et les comptes rendus écrits à plusieurs mains.',
				licence: 'Apache-2.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://etherpad.org',
				providerTools: ['Etherpad']
			},
			{
				id: 'hedgedoc',
				name: 'HedgeDoc',
				purpose:
					'Notes collaboratives en Markdown avec aperçu en direct, pour la documentation interne, les procédures et les ordres du jour.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://hedgedoc.org',
				providerTools: []
			}
		]
	},
	{
		id: 'office-365',
		name: 'Microsoft 365 (Word, Excel, PowerPoint)',
		vendor: 'Microsoft',
		uses: ['office-suite', 'documents'],
		description:
			'Suite bureautique de Microsoft sous abonnement, avec stockage OneDrive. Les offres gratuites ou réduites pour les associations peuvent changer d’une année sur l’autre, et les fichiers restent liés aux comptes Microsoft.',
		alternatives: [
			{
				id: 'libreoffice',
				name: 'LibreOffice',
				purpose:
					'Suite bureautique complète à installer sur chaque poste (Writer, Calc, Impress…), au format ouvert OpenDocument, qui ouvre et enregistre aussi les fichiers Word, Excel et PowerPoint.',
				licence: 'MPL-2.0',
				hosting: device,
				difficulty: 'easy',
				website: 'https://www.libreoffice.org',
				providerTools: ['LibreOffice']
			},
			{
				id: 'onlyoffice-docs',
				name: 'ONLYOFFICE Docs',
				purpose:
					'Éditeurs en ligne à l’interface très proche de Microsoft Office, à relier à Nextcloud : pratique pour des équipes habituées à Word et Excel.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://www.onlyoffice.com',
				providerTools: []
			},
			{
				id: 'cryptpad',
				name: 'CryptPad',
				purpose:
					'Suite collaborative chiffrée de bout en bout : documents, tableurs, présentations, formulaires et tableaux kanban, sans compte obligatoire. Même l’hébergeur ne peut pas lire les contenus.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://cryptpad.org',
				providerTools: ['CryptPad']
			}
		]
	},
	{
		id: 'google-sheets',
		name: 'Google Sheets',
		vendor: 'Google',
		uses: ['members-accounting', 'office-suite'],
		description:
			'Tableur en ligne de Google, souvent utilisé pour tenir le fichier des adhérents, la trésorerie ou les inscriptions. Des données personnelles se retrouvent ainsi chez Google, sans contrôle fin de qui y a accès.',
		alternatives: [
			{
				id: 'paheko',
				name: 'Paheko',
				purpose:
					'Logiciel de gestion associative conçu en France : fichier des membres, cotisations, comptabilité en partie double adaptée au plan comptable associatif, reçus fiscaux.',
				licence: 'AGPL-3.0',
				hosting: selfHostedOnly,
				difficulty: 'easy',
				website: 'https://paheko.cloud',
				providerTools: ['Paheko']
			},
			{
				id: 'galette',
				name: 'Galette',
				purpose:
					'Gestion des adhérents et des cotisations, avec relances par courriel, cartes de membre et extensions (événements, paiement en ligne).',
				licence: 'GPL-3.0',
				hosting: selfHostedOnly,
				difficulty: 'medium',
				website: 'https://galette.eu',
				providerTools: ['Galette']
			},
			{
				id: 'dolibarr',
				name: 'Dolibarr',
				purpose:
					'Progiciel de gestion modulaire : adhérents, dons, factures, comptabilité et stocks, adapté aux associations employeuses qui ont aussi une activité commerciale.',
				licence: 'GPL-3.0',
				hosting: selfHostedOnly,
				difficulty: 'hard',
				website: 'https://www.dolibarr.org',
				providerTools: ['Dolibarr']
			}
		]
	},
	{
		id: 'google-drive',
		name: 'Google Drive',
		vendor: 'Google',
		uses: ['file-storage'],
		description:
			'Stockage de fichiers en ligne de Google. Les dossiers partagés de l’association appartiennent en réalité au compte de la personne qui les a créés, et l’espace gratuit est partagé avec Gmail et Google Photos.',
		alternatives: [
			{
				id: 'nextcloud-files',
				name: 'Nextcloud Fichiers',
				purpose:
					'Espace de stockage partagé avec dossiers d’équipe, partage par lien protégé, synchronisation sur ordinateur et téléphone, historique des versions.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://nextcloud.com',
				providerTools: ['Nextcloud']
			},
			{
				id: 'seafile',
				name: 'Seafile',
				purpose:
					'Stockage et synchronisation de fichiers rapides, même avec de très nombreux fichiers, avec des bibliothèques qui peuvent être chiffrées côté client.',
				licence: 'AGPL-3.0',
				hosting: selfHostedOnly,
				difficulty: 'medium',
				website: 'https://www.seafile.com',
				providerTools: []
			}
		]
	},
	{
		id: 'dropbox',
		name: 'Dropbox',
		vendor: 'Dropbox',
		uses: ['file-storage'],
		description:
			'Service américain de synchronisation de fichiers. Sa version gratuite est limitée à trois appareils et à un faible volume, ce qui pousse vite vers un abonnement.',
		alternatives: [
			{
				id: 'nextcloud-desktop',
				name: 'Client de synchronisation Nextcloud',
				purpose:
					'Le dossier synchronisé façon Dropbox : le client Nextcloud pour ordinateur garde une copie locale des dossiers partagés, utilisable hors ligne et resynchronisée au retour de la connexion.',
				licence: 'GPL-2.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://nextcloud.com/install/',
				providerTools: ['Nextcloud']
			},
			{
				id: 'syncthing',
				name: 'Syncthing',
				purpose:
					'Synchronise des dossiers directement entre les ordinateurs de l’équipe, sans serveur ni compte : les fichiers ne passent par aucun nuage.',
				licence: 'MPL-2.0',
				hosting: device,
				difficulty: 'medium',
				website: 'https://syncthing.net',
				providerTools: []
			}
		]
	},
	{
		id: 'wetransfer',
		name: 'WeTransfer',
		vendor: 'WeTransfer',
		uses: ['file-transfer'],
		description:
			'Service d’envoi de fichiers volumineux par lien. Pratique, mais les fichiers et les adresses des destinataires transitent par un service commercial qui vit de la publicité et des abonnements.',
		alternatives: [
			{
				id: 'lufi',
				name: 'Lufi',
				purpose:
					'Envoi de fichiers volumineux par lien temporaire. Les fichiers sont chiffrés dans le navigateur avant l’envoi : le serveur ne voit pas leur contenu.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://framagit.org/fiat-tux/hat-softwares/lufi',
				providerTools: []
			},
			{
				id: 'filesender',
				name: 'FileSender',
				purpose:
					'Transfert de très gros fichiers avec invitations et chiffrement optionnel, utilisé par les réseaux européens de la recherche et de l’enseignement.',
				licence: 'BSD-3-Clause',
				hosting: selfHostedOnly,
				difficulty: 'hard',
				website: 'https://filesender.org',
				providerTools: []
			}
		]
	},
	{
		id: 'google-forms',
		name: 'Google Forms',
		vendor: 'Google',
		uses: ['forms-polls'],
		description:
			'Formulaires en ligne de Google, très utilisés pour les inscriptions et les adhésions. Les réponses, souvent personnelles, sont stockées dans le compte Google de la personne qui a créé le formulaire.',
		alternatives: [
			{
				id: 'yakforms',
				name: 'Yakforms (Framaforms)',
				purpose:
					'Formulaires en ligne (inscriptions, adhésions, questionnaires) avec résultats exportables. C’est le logiciel qui fait fonctionner Framaforms.',
				licence: 'GPL-2.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://framagit.org/yakforms/yakforms',
				providerTools: ['Framaforms']
			},
			{
				id: 'limesurvey',
				name: 'LimeSurvey',
				purpose:
					'Questionnaires et enquêtes avancés : logique conditionnelle, quotas, nombreuses langues et statistiques. Adapté aux consultations d’adhérents à grande échelle.',
				licence: 'GPL-2.0',
				hosting: selfHostedOnly,
				difficulty: 'medium',
				website: 'https://www.limesurvey.org',
				providerTools: []
			},
			{
				id: 'nextcloud-forms',
				name: 'Nextcloud Formulaires',
				purpose:
					'Formulaires simples intégrés à Nextcloud, ouverts au public par un lien, avec des réponses exportables vers un tableur partagé de l’équipe.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://apps.nextcloud.com/apps/forms',
				providerTools: ['Nextcloud']
			}
		]
	},
	{
		id: 'doodle',
		name: 'Doodle',
		vendor: 'Doodle',
		uses: ['forms-polls', 'calendar'],
		description:
			'Service de sondages de dates. Sa version gratuite affiche de la publicité et pousse à créer un compte, y compris pour les personnes qui répondent.',
		alternatives: [
			{
				id: 'framadate',
				name: 'Framadate',
				purpose:
					'Sondages de dates et sondages simples, sans inscription : on propose des créneaux et chacun coche ses disponibilités.',
				licence: 'CECILL-B',
				hosting: server,
				difficulty: 'easy',
				website: 'https://framadate.org',
				providerTools: ['Framadate']
			},
			{
				id: 'nextcloud-polls',
				name: 'Nextcloud Sondages',
				purpose:
					'Sondages de dates ou d’options dans Nextcloud, ouverts aux personnes extérieures par un lien public.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://apps.nextcloud.com/apps/polls',
				providerTools: ['Nextcloud']
			}
		]
	},
	{
		id: 'whatsapp',
		name: 'WhatsApp',
		vendor: 'Meta',
		uses: ['messaging'],
		description:
			'Messagerie de Meta, omniprésente dans les groupes de bénévoles. Les messages sont chiffrés, mais le service exige un numéro de téléphone, partage des métadonnées avec Meta et mélange vie associative et vie privée.',
		alternatives: [
			{
				id: 'element',
				name: 'Element (Matrix)',
				purpose:
					'Messagerie de groupe fédérée sur le protocole ouvert Matrix : salons par commission, chiffrement de bout en bout, appels. L’association choisit son serveur, ou l’héberge.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://element.io',
				providerTools: ['Element (Matrix)']
			},
			{
				id: 'signal',
				name: 'Signal',
				purpose:
					'Messagerie chiffrée de bout en bout, aussi simple que WhatsApp. Les applications sont libres, mais le service est centralisé : on ne peut pas l’héberger soi-même ni le confier à un CHATONS.',
				licence: 'AGPL-3.0',
				hosting: {
					chatons: false,
					selfHosted: false,
					operator: 'Signal Technology Foundation (fondation à but non lucratif, États-Unis)'
				},
				difficulty: 'easy',
				website: 'https://signal.org',
				providerTools: []
			}
		]
	},
	{
		id: 'facebook-messenger',
		name: 'Messenger',
		vendor: 'Meta',
		uses: ['messaging'],
		description:
			'Messagerie de Facebook, souvent utilisée avec les bénévoles et le public qui suivent la page de l’association. Elle suppose un compte Meta et alimente son profilage publicitaire.',
		alternatives: [
			{
				id: 'delta-chat',
				name: 'Delta Chat',
				purpose:
					'Messagerie instantanée qui passe par le courrier électronique : elle fonctionne avec une adresse mail, sans numéro de téléphone, et chiffre les messages de bout en bout.',
				licence: 'GPL-3.0',
				hosting: { chatons: true, selfHosted: true, onDevice: true },
				difficulty: 'easy',
				website: 'https://delta.chat',
				providerTools: []
			},
			{
				id: 'conversations',
				name: 'Conversations (XMPP)',
				purpose:
					'Application Android de messagerie instantanée sur le protocole ouvert XMPP, avec chiffrement OMEMO. De nombreux hébergeurs associatifs proposent des comptes XMPP.',
				licence: 'GPL-3.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://conversations.im',
				providerTools: []
			}
		]
	},
	{
		id: 'skype',
		name: 'Skype',
		vendor: 'Microsoft',
		uses: ['video-calls', 'messaging'],
		description:
			'Logiciel d’appels vidéo de Microsoft, fermé en mai 2025 au profit de Teams. Les associations qui s’en servaient pour leurs appels doivent de toute façon changer d’outil : autant choisir un outil libre.',
		alternatives: [
			{
				id: 'jami',
				name: 'Jami',
				purpose:
					'Appels audio et vidéo et messagerie en pair à pair, sans serveur central ni numéro de téléphone. Un projet GNU porté par Savoir-faire Linux, à Montréal.',
				licence: 'GPL-3.0',
				hosting: device,
				difficulty: 'medium',
				website: 'https://jami.net',
				providerTools: []
			}
		]
	},
	{
		id: 'zoom',
		name: 'Zoom',
		vendor: 'Zoom Video Communications',
		uses: ['video-calls'],
		description:
			'Service américain de visioconférence. La version gratuite coupe les réunions au bout de 40 minutes, ce qui pousse les associations vers un abonnement.',
		alternatives: [
			{
				id: 'jitsi-meet',
				name: 'Jitsi Meet',
				purpose:
					'Visioconférence dans le navigateur, sans compte ni installation : on partage un lien, c’est tout. Adaptée aux réunions jusqu’à une trentaine de personnes.',
				licence: 'Apache-2.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://jitsi.org/jitsi-meet/',
				providerTools: ['Jitsi Meet']
			},
			{
				id: 'bigbluebutton',
				name: 'BigBlueButton',
				purpose:
					'Classe virtuelle pour les formations et les assemblées : tableau blanc, sondages, salles de sous-groupes et enregistrement des séances.',
				licence: 'LGPL-3.0',
				hosting: server,
				difficulty: 'hard',
				website: 'https://bigbluebutton.org',
				providerTools: ['BigBlueButton']
			},
			{
				id: 'galene',
				name: 'Galène',
				purpose:
					'Serveur de visioconférence léger, né à l’Université Paris Cité, peu gourmand en ressources, pour des cours et des réunions de plusieurs dizaines de personnes.',
				licence: 'MIT',
				hosting: selfHostedOnly,
				difficulty: 'medium',
				website: 'https://galene.org',
				providerTools: []
			}
		]
	},
	{
		id: 'microsoft-teams',
		name: 'Microsoft Teams',
		vendor: 'Microsoft',
		uses: ['messaging', 'video-calls'],
		description:
			'Messagerie d’équipe et visioconférence de Microsoft 365. Elle enferme discussions, réunions et fichiers dans l’écosystème Microsoft et demande un compte à chaque participant régulier.',
		alternatives: [
			{
				id: 'nextcloud-talk',
				name: 'Nextcloud Talk',
				purpose:
					'Discussions d’équipe, appels et visioconférences intégrés à Nextcloud, à côté des fichiers et des agendas partagés.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://nextcloud.com/talk/',
				providerTools: ['Nextcloud']
			},
			{
				id: 'rocket-chat',
				name: 'Rocket.Chat',
				purpose:
					'Messagerie d’équipe par canaux, avec appels vidéo et passerelles vers d’autres messageries, pour les structures qui veulent un outil unique et l’héberger.',
				licence: 'MIT',
				hosting: selfHostedOnly,
				difficulty: 'hard',
				website: 'https://www.rocket.chat',
				providerTools: []
			}
		]
	},
	{
		id: 'slack',
		name: 'Slack',
		vendor: 'Salesforce',
		uses: ['messaging'],
		description:
			'Messagerie d’équipe par canaux. Sa version gratuite masque l’historique au-delà de 90 jours : la mémoire des échanges de l’association devient payante.',
		alternatives: [
			{
				id: 'mattermost',
				name: 'Mattermost',
				purpose:
					'Messagerie d’équipe par canaux très proche de Slack, avec fils de discussion, intégrations et applications mobiles.',
				licence: 'AGPL-3.0 / MIT',
				hosting: server,
				difficulty: 'medium',
				website: 'https://mattermost.com',
				providerTools: ['Mattermost']
			},
			{
				id: 'zulip',
				name: 'Zulip',
				purpose:
					'Discussions d’équipe organisées par sujets, faciles à lire en différé : adapté aux bénévoles qui se connectent à des heures différentes.',
				licence: 'Apache-2.0',
				hosting: selfHostedOnly,
				difficulty: 'medium',
				website: 'https://zulip.com',
				providerTools: []
			}
		]
	},
	{
		id: 'trello',
		name: 'Trello',
		vendor: 'Atlassian',
		uses: ['project-management'],
		description:
			'Tableaux kanban en ligne d’Atlassian. La version gratuite limite le nombre de tableaux et de membres par espace de travail, et les données sont hébergées par défaut hors de l’Union européenne.',
		alternatives: [
			{
				id: 'nextcloud-deck',
				name: 'Deck (Nextcloud)',
				purpose:
					'Tableaux kanban dans Nextcloud : cartes, étiquettes, échéances et commentaires, reliés aux fichiers et à l’agenda de l’équipe.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://apps.nextcloud.com/apps/deck',
				providerTools: ['Nextcloud']
			},
			{
				id: 'kanboard',
				name: 'Kanboard',
				purpose:
					'Gestion de projet kanban minimaliste et très légère, facile à héberger sur un petit serveur.',
				licence: 'MIT',
				hosting: selfHostedOnly,
				difficulty: 'medium',
				website: 'https://kanboard.org',
				providerTools: ['Kanboard']
			},
			{
				id: 'wekan',
				name: 'Wekan',
				purpose:
					'Tableaux kanban collaboratifs à l’interface proche de Trello, avec import des tableaux Trello existants.',
				licence: 'MIT',
				hosting: selfHostedOnly,
				difficulty: 'medium',
				website: 'https://wekan.github.io',
				providerTools: ['Wekan']
			}
		]
	},
	{
		id: 'facebook-events-groups',
		name: 'Facebook (événements et groupes)',
		vendor: 'Meta',
		uses: ['social-events'],
		description:
			'Pages, groupes et événements Facebook, souvent la vitrine principale des associations. Pour voir un événement ou s’y inscrire, il faut un compte Meta ; la portée des publications dépend d’un algorithme et de la publicité.',
		alternatives: [
			{
				id: 'mobilizon',
				name: 'Mobilizon',
				purpose:
					'Publication d’événements et de groupes sans publicité ni pistage : on peut s’inscrire à un événement sans créer de compte, et les instances sont fédérées entre elles.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://mobilizon.org',
				providerTools: ['Mobilizon']
			},
			{
				id: 'mastodon',
				name: 'Mastodon',
				purpose:
					'Réseau social fédéré, sans publicité ni algorithme de recommandation, pour publier les actualités de l’association et suivre celles de ses partenaires.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://joinmastodon.org',
				providerTools: []
			}
		]
	},
	{
		id: 'youtube',
		name: 'YouTube',
		vendor: 'Google',
		uses: ['video-hosting'],
		description:
			'Plateforme vidéo de Google. Les vidéos de l’association y sont entourées de publicités et de recommandations qu’elle ne choisit pas, et chaque visionnage alimente le profilage de Google.',
		alternatives: [
			{
				id: 'peertube',
				name: 'PeerTube',
				purpose:
					'Hébergement et diffusion de vidéos, y compris en direct, sur des instances fédérées, sans publicité, avec sous-titres et chapitres.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://joinpeertube.org',
				providerTools: ['PeerTube']
			}
		]
	},
	{
		id: 'mailchimp',
		name: 'Mailchimp',
		vendor: 'Intuit',
		uses: ['newsletters'],
		description:
			'Service américain d’envoi de lettres d’information. L’offre gratuite est limitée en contacts et en envois, et la liste des abonnés, donnée personnelle sensible pour une association, est confiée à un tiers.',
		alternatives: [
			{
				id: 'listmonk',
				name: 'Listmonk',
				purpose:
					'Gestion des abonnés et envoi de lettres d’information, avec modèles, statistiques et désinscription en un clic. S’appuie sur un serveur d’envoi de courriels (SMTP).',
				licence: 'AGPL-3.0',
				hosting: selfHostedOnly,
				difficulty: 'hard',
				website: 'https://listmonk.app',
				providerTools: []
			},
			{
				id: 'sympa',
				name: 'Sympa',
				purpose:
					'Gestionnaire de listes de diffusion éprouvé, né dans l’enseignement supérieur français : listes de discussion et lettres d’information, modération, archives.',
				licence: 'GPL-2.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://www.sympa.community',
				providerTools: ['Sympa']
			}
		]
	},
	{
		id: 'google-sites',
		name: 'Google Sites',
		vendor: 'Google',
		uses: ['website'],
		description:
			'Créateur de sites web de Google, gratuit et simple, mais aux possibilités limitées et rattaché au compte Google d’une personne.',
		alternatives: [
			{
				id: 'wordpress',
				name: 'WordPress',
				purpose:
					'Le gestionnaire de site le plus répandu, pour un site vitrine ou un blog d’association, avec de très nombreux thèmes et extensions.',
				licence: 'GPL-2.0',
				hosting: server,
				difficulty: 'medium',
				website: 'https://wordpress.org',
				providerTools: ['WordPress']
			},
			{
				id: 'yeswiki',
				name: 'YesWiki',
				purpose:
					'Site collaboratif façon wiki, très simple à modifier par les bénévoles, avec des bases de données (annuaires, agendas, cartes). Développé en France pour les collectifs.',
				licence: 'AGPL-3.0',
				hosting: server,
				difficulty: 'easy',
				website: 'https://yeswiki.net',
				providerTools: []
			},
			{
				id: 'spip',
				name: 'SPIP',
				purpose:
					'Système de publication français pensé pour les sites éditoriaux à plusieurs rédacteurs, très utilisé par les associations et les collectivités.',
				licence: 'GPL-3.0',
				hosting: selfHostedOnly,
				difficulty: 'medium',
				website: 'https://www.spip.net',
				providerTools: ['SPIP']
			}
		]
	},
	{
		id: 'google-maps',
		name: 'Google Maps',
		vendor: 'Google',
		uses: ['maps'],
		description:
			'Cartes et itinéraires de Google. Intégrer une carte Google sur le site de l’association expose ses visiteurs au pistage de Google, et l’usage de l’API devient payant au-delà d’un quota.',
		alternatives: [
			{
				id: 'openstreetmap',
				name: 'OpenStreetMap',
				purpose:
					'Carte du monde libre et collaborative : données réutilisables, fonds de carte à intégrer sur un site, itinéraires. Chacun peut y ajouter le local de l’association.',
				licence: 'ODbL-1.0',
				hosting: {
					chatons: false,
					selfHosted: false,
					operator: 'OpenStreetMap Foundation (fondation à but non lucratif, Royaume-Uni)'
				},
				difficulty: 'easy',
				website: 'https://www.openstreetmap.org',
				providerTools: []
			},
			{
				id: 'umap',
				name: 'uMap',
				purpose:
					'Création de cartes personnalisées sur fond OpenStreetMap (lieux des antennes, parcours d’une randonnée), à partager par lien ou à intégrer dans un site.',
				licence: 'AGPL-3.0',
				hosting: selfHostedOnly,
				difficulty: 'easy',
				website: 'https://umap-project.org',
				providerTools: []
			},
			{
				id: 'organic-maps',
				name: 'Organic Maps',
				purpose:
					'Application de cartes et de navigation pour téléphone, fondée sur OpenStreetMap, utilisable entièrement hors ligne et sans pistage.',
				licence: 'Apache-2.0',
				hosting: device,
				difficulty: 'easy',
				website: 'https://organicmaps.app',
				providerTools: []
			}
		]
	},
	{
		id: 'google-analytics',
		name: 'Google Analytics',
		vendor: 'Google',
		uses: ['analytics'],
		description:
			'Mesure d’audience de Google. Ses cookies imposent un bandeau de consentement, et plusieurs autorités européennes de protection des données, dont la CNIL en 2022, ont jugé illégaux certains transferts de ses données vers les États-Unis.',
		alternatives: [
			{
				id: 'matomo',
				name: 'Matomo',
				purpose:
					'Mesure d’audience complète, hébergeable chez soi. Configurée selon les recommandations de la CNIL, elle peut être dispensée de recueil du consentement.',
				licence: 'GPL-3.0',
				hosting: selfHostedOnly,
				difficulty: 'medium',
				website: 'https://matomo.org',
				providerTools: []
			},
			{
				id: 'plausible',
				name: 'Plausible Community Edition',
				purpose:
					'Statistiques de visite légères et sans cookie, présentées sur une seule page lisible. La version communautaire s’installe sur son propre serveur.',
				licence: 'AGPL-3.0',
				hosting: selfHostedOnly,
				difficulty: 'medium',
				website: 'https://plausible.io',
				providerTools: []
			}
		]
	}
];
