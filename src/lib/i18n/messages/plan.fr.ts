import { planSharingFr } from './plan-sharing.fr';

/** French messages of the transition plan (`i18n.m.plan`). */
export const planFr = {
	/** Sharing a plan with the board (plan-sharing.fr.ts). */
	sharing: planSharingFr,
	listTitle: 'Mon plan de transition',
	listIntro:
		'Diagnostic de vos outils, les 8 étapes avec leurs listes de tâches, le calendrier de migration et le mode réunion de bureau. Votre plan reste sur cet appareil : rien n’est envoyé, sauf si vous l’exportez ou le partagez avec le bureau.',
	noPlans: 'Aucun plan pour l’instant. Créez celui de votre association ci-dessous.',
	loading: 'Chargement du plan…',
	planNotFound: 'Ce plan n’est pas sur cet appareil (il a peut-être été supprimé).',
	backToPlans: 'Mes plans',
	backToPlan: 'Retour au plan',
	newPlanTitle: 'Nouveau plan',
	profileTitle: 'Profil de l’association',
	nameLabel: 'Nom de l’association',
	sizeLabel: 'Taille',
	sizeUnknown: 'Non précisée',
	sectorLabel: 'Secteur d’activité',
	sectorPlaceholder: 'Ex. : culture, solidarité, sport…',
	volunteersLabel: 'Nombre de bénévoles',
	employeesLabel: 'Nombre de salariés',
	createPlan: 'Créer le plan',
	nameRequired: 'Indiquez le nom de l’association.',
	invalidNumber: 'Indiquez un nombre entier positif.',
	openPlan: (name: string) => `Ouvrir le plan de ${name}`,
	deletePlan: 'Supprimer',
	confirmDelete: (name: string) =>
		`Supprimer le plan « ${name} » ? Vous pourrez l’annuler pendant quelques instants.`,
	planDeleted: (name: string) => `Le plan « ${name} » a été supprimé.`,
	lastEdited: (date: string) => `Modifié le ${date}`,
	progressLabel: (percent: number) => `${percent} % réalisé`,
	stepProgressLabel: (done: number, total: number) => `${done} sur ${total} tâches`,
	savedHint: 'Chaque modification est enregistrée aussitôt sur cet appareil.',
	// Sections of a plan
	sectionsLabel: 'Sections du plan',
	overview: 'Vue d’ensemble',
	diagnosis: 'Diagnostic',
	steps: 'Les 8 étapes',
	timeline: 'Calendrier',
	meeting: 'Réunion',
	printExport: 'Imprimer et exporter',
	stepNumber: (number: number) => `Étape ${number}`,
	// Step statuses
	statusLabel: 'Statut',
	statuses: {
		'not-started': 'Pas commencée',
		'in-progress': 'En cours',
		done: 'Terminée',
		blocked: 'Bloquée',
		skipped: 'Mise de côté'
	},
	// A status a person chose rather than the one the checklist gives.
	statusChosen: (status: string) => `${status} (statut choisi)`,
	statusFollowList: (status: string) => `Suivre la liste de tâches (${status.toLowerCase()})`,
	statusHelp:
		'Le statut suit la liste de tâches : rien de coché, pas commencée ; une partie, en cours ; tout, terminée. Choisissez-en un autre seulement si la liste ne dit pas tout.',
	statusFollowsList: 'suit la liste de tâches',
	// Step page
	checklistTitle: 'Liste de tâches',
	itemDone: 'Fait',
	editItem: (text: string) => `Modifier « ${text} »`,
	itemTextLabel: 'Texte de la tâche',
	saveItem: 'Valider',
	moveUpShort: 'Monter',
	moveDownShort: 'Descendre',
	removeShort: 'Supprimer',
	moveUp: (text: string) => `Monter « ${text} »`,
	moveDown: (text: string) => `Descendre « ${text} »`,
	removeItem: (text: string) => `Supprimer « ${text} »`,
	itemRemoved: (text: string) => `Tâche « ${text} » supprimée.`,
	addItemLabel: 'Nouvelle tâche',
	addItem: 'Ajouter',
	emptyChecklist: 'Aucune tâche dans cette étape. Ajoutez-en une ci-dessous.',
	ownersLabel: 'Responsables',
	ownersPlaceholder: 'Ex. : Camille, Yanis',
	targetDateLabel: 'Date cible',
	notesLabel: 'Notes',
	textTooLong: (max: number) => `Trop long : ${max} caractères au plus. Le texte reste affiché.`,
	helpTitle: 'De l’aide pour cette étape',
	resourcesLink: 'Ressources liées à cette étape',
	providersFor: 'Prestataires qui accompagnent :',
	previousStep: 'Étape précédente',
	nextStep: 'Étape suivante',
	// Diagnosis
	diagnosisIntro:
		'Pour chaque usage, indiquez l’outil utilisé aujourd’hui, à quel point l’association en dépend et qui s’en sert. Passerelle propose des alternatives libres et calcule votre score de dépendance.',
	toolPickLabel: (use: string) => `Outil utilisé pour : ${use}`,
	toolPickPlaceholder: 'Choisir un outil…',
	otherTool: 'Autre outil…',
	otherNameLabel: 'Nom de l’outil',
	otherIsBigTech: 'Outil d’un géant du numérique (GAFAM)',
	addTool: 'Ajouter l’outil',
	removeTool: (name: string) => `Retirer ${name}`,
	toolRemoved: (name: string) => `${name} retiré du diagnostic.`,
	dependencyLabel: 'Dépendance',
	dependencies: { low: 'Faible', medium: 'Moyenne', high: 'Forte' },
	reachLabel: 'Utilisé par',
	reaches: { few: 'Quelques personnes', team: 'Une équipe', everyone: 'Toute l’association' },
	usersLabel: 'Qui l’utilise (précisions)',
	usersPlaceholder: 'Ex. : le bureau, les animateurs',
	alternativesLabel: 'Alternatives libres :',
	planChange: (to: string) => `Planifier le passage à ${to}`,
	changePlanned: (to: string) => `Changement vers ${to} ajouté au calendrier.`,
	bigTechBadge: 'GAFAM',
	noCatalogue:
		'Le catalogue des alternatives n’est pas encore sur cet appareil : connectez-vous une fois pour le récupérer. Vous pouvez déjà saisir vos outils à la main.',
	scoreTitle: 'Score de dépendance',
	scoreNone: 'Pas encore de score : ajoutez au moins un outil.',
	overallScore: (score: number) => `Dépendance globale : ${score} sur 100`,
	useScore: (use: string, score: number) => `${use} : ${score} sur 100`,
	scoreBands: { low: 'faible', medium: 'moyenne', high: 'forte' },
	chartLabel: (score: number) =>
		`Graphique de la dépendance par usage, score global ${score} sur 100. Le détail suit sous forme de tableau.`,
	chartTableCaption: 'Score de dépendance par usage (0 : aucune, 100 : totale)',
	chartUseHeader: 'Usage',
	chartScoreHeader: 'Score',
	chartToolsHeader: 'Outils',
	usesFilled: (count: number, total: number) => `${count} usages renseignés sur ${total}`,
	usesHeading: 'Vos outils, usage par usage',
	// Timeline
	timelineIntro:
		'Chaque changement d’outil a un statut, une personne responsable et un mois cible. Étalez-les : tout changer d’un coup réussit rarement.',
	addChangeTitle: 'Nouveau changement',
	fromLabel: 'Outil actuel',
	toLabel: 'Nouvel outil',
	monthLabel: 'Mois cible',
	ownerLabel: 'Responsable',
	addChange: 'Ajouter au calendrier',
	changeRequired: 'Indiquez l’outil actuel et le nouvel outil.',
	changeStatusLabel: 'Statut',
	changeStatuses: {
		'to-evaluate': 'À évaluer',
		chosen: 'Choisi',
		migrating: 'Migration en cours',
		done: 'Terminé'
	},
	unscheduled: 'Sans mois cible',
	noChanges:
		'Aucun changement prévu. Ajoutez-en un ici ou depuis le diagnostic (« Planifier le passage à… »).',
	monthLoad: (count: number) => (count <= 1 ? `${count} changement` : `${count} changements`),
	overloaded: (count: number, max: number) =>
		`Attention : ${count} changements ce mois-ci. Au-delà de ${max}, mieux vaut en décaler.`,
	removeChange: (label: string) => `Retirer ${label}`,
	changeRemoved: (label: string) => `${label} retiré du calendrier.`,
	// Meeting
	meetingIntro:
		'Pendant une réunion de bureau, cette page est l’ordre du jour : cochez, ajoutez et attribuez les tâches, notez les décisions. La réunion garde la trace de tout ce qui a changé et produit le compte rendu.',
	startMeetingTitle: 'Démarrer une réunion',
	meetingDateLabel: 'Date',
	startMeeting: 'Démarrer la réunion',
	meetingRunning: (date: string) => `Réunion du ${date} en cours`,
	meetingBanner: 'Réunion en cours : vos coches et changements y sont notés.',
	goToMeeting: 'Voir la réunion',
	// Attendees
	attendeesLabel: 'Participants',
	attendeeNameLabel: 'Nom',
	attendeeRoleLabel: 'Rôle',
	attendeeRolePlaceholder: 'Ex. : présidente, trésorier, membre',
	attendeeRoles: ['présidente', 'président', 'trésorière', 'trésorier', 'secrétaire', 'membre'],
	addAttendee: 'Ajouter le participant',
	attendeeNameRequired: 'Indiquez le nom du participant.',
	removeAttendee: (name: string) => `Retirer ${name} des participants`,
	attendeeRemoved: (name: string) => `${name} retiré·e des participants.`,
	noAttendees: 'Aucun participant pour l’instant.',
	attendeesFromLast: 'Repris de la dernière réunion : modifiez la liste si besoin.',
	attendee: (name: string, role: string) => (role ? `${name} (${role})` : name),
	// Agenda
	agendaTitle: 'Ordre du jour',
	agendaFilterLabel: 'Tâches affichées',
	agendaFilters: { agenda: 'À l’ordre du jour', all: 'Toutes les tâches ouvertes' },
	agendaHint:
		'À l’ordre du jour : l’étape en cours, les tâches en retard ou à échéance dans les 14 jours, et celles traitées pendant la réunion.',
	currentStep: 'Étape en cours',
	agendaEmpty:
		'Rien à l’ordre du jour. Affichez toutes les tâches ouvertes, ou ajoutez une tâche ci-dessous.',
	noOpenTasks: 'Toutes les tâches du plan sont faites.',
	itemOwnerLabel: 'Responsable',
	itemDueLabel: 'Échéance',
	assignItem: (text: string) => `Attribuer « ${text} »`,
	assign: 'Attribuer',
	assignDone: 'Fermer',
	ownerIs: (name: string) => `Responsable : ${name}`,
	dueOn: (date: string) => `Échéance : ${date}`,
	overdue: (date: string) => `En retard : ${date}`,
	newItemStepLabel: 'Étape de la nouvelle tâche',
	// Decisions
	decisionsTitle: 'Décisions',
	decisionLabel: 'Nouvelle décision',
	decisionHint: 'Plusieurs lignes possibles.',
	decisionLinkLabel: 'Elle concerne',
	decisionLinkNone: 'Rien en particulier',
	decisionLinkSteps: 'Une étape',
	decisionLinkItems: 'Une tâche',
	aboutStep: (label: string) => `Étape : ${label}`,
	aboutItem: (label: string) => `Tâche : ${label}`,
	removedItem: 'une tâche supprimée depuis',
	addDecision: 'Noter la décision',
	removeDecision: (text: string) => `Retirer la décision « ${text} »`,
	noDecisions: 'Aucune décision notée.',
	decisionRemoved: (text: string) => `Décision « ${text} » retirée.`,
	decisionLog: 'Relevé de décisions',
	decisionLogNav: 'Décisions',
	decisionLogIntro:
		'Toutes les décisions prises en réunion de bureau, des plus récentes aux plus anciennes.',
	noDecisionsYet: 'Aucune décision pour l’instant : elles se notent pendant une réunion.',
	decisionMeeting: (date: string) => `Réunion du ${date}`,
	meetingInProgress: '(en cours)',
	// Ending and minutes
	changesTitle: 'Ce qui a changé',
	noEvents: 'Rien n’a encore changé pendant cette réunion.',
	endMeeting: 'Terminer la réunion',
	unrecordedDecision:
		'Une décision est saisie mais pas notée : notez-la ou effacez-la avant de terminer la réunion.',
	unaddedTask:
		'Une nouvelle tâche est saisie mais pas ajoutée : ajoutez-la ou effacez-la avant de terminer la réunion.',
	unaddedAttendee:
		'Un participant est saisi mais pas ajouté : ajoutez-le ou effacez-le avant de terminer la réunion.',
	pastMeetings: 'Réunions passées',
	noPastMeetings: 'Aucune réunion terminée pour l’instant.',
	minutesTitle: (date: string) => `Compte rendu du ${date}`,
	downloadOdt: 'Télécharger le compte rendu (.odt)',
	downloadMinutes: 'Télécharger le compte rendu (.md)',
	printMinutes: 'Imprimer',
	events: {
		'item-ticked': (label: string) => `Tâche faite : ${label}`,
		'item-unticked': (label: string) => `Tâche décochée : ${label}`,
		'item-added': (label: string) => `Tâche ajoutée : ${label}`,
		'item-owner': (label: string, value: string) =>
			value ? `Responsable de « ${label} » : ${value}` : `Plus de responsable pour « ${label} »`,
		'item-due': (label: string, value: string) =>
			value ? `Échéance de « ${label} » : ${value}` : `Plus d’échéance pour « ${label} »`,
		'step-status': (label: string, value: string) => `${label} : ${value}`,
		'change-status': (label: string, value: string) => `${label} : ${value}`
	},
	minutes: {
		title: (plan: string, date: string) =>
			`Compte rendu de la réunion de bureau — ${plan}, ${date}`,
		attendees: 'Participants',
		// One word for every section (participants, décisions, changements), whatever its gender.
		none: 'Néant.',
		decisions: 'Décisions',
		changes: 'Avancement du plan pendant la réunion',
		generated: 'Établi avec Passerelle.'
	},
	// Export, import, print
	exportTitle: 'Exporter et partager',
	exportHint:
		'Le fichier JSON contient tout le plan : gardez-le comme sauvegarde, ou importez-le sur un autre appareil.',
	downloadJson: 'Télécharger le plan (JSON)',
	shareJson: 'Partager le plan…',
	downloadIcs: 'Calendrier des échéances (.ics)',
	noDates: 'Aucune date cible pour l’instant : le calendrier .ics sera vide.',
	printView: 'Version imprimable',
	print: 'Imprimer ou enregistrer en PDF',
	fileReady: 'Fichier prêt.',
	importTitle: 'Importer un plan',
	importLabel: 'Fichier de plan (.json)',
	importing: 'Lecture du fichier…',
	imported: (name: string) => `Le plan « ${name} » a été importé.`,
	importConflict: (name: string) =>
		`Ce fichier correspond au plan « ${name} » déjà présent sur cet appareil. Que faire ?`,
	importReplace: 'Remplacer le plan existant',
	importCopy: 'Garder les deux',
	importCancel: 'Ne rien importer',
	copySuffix: ' (copie)',
	importProblems: {
		'too-large': (mb: number) =>
			`Fichier trop volumineux (plus de ${mb} Mo) : rien n’a été importé.`,
		'not-json':
			'Ce fichier n’est pas un JSON lisible (incomplet ou abîmé ?) : rien n’a été importé.',
		foreign: 'Ce fichier n’est pas un plan Passerelle : rien n’a été importé.',
		'newer-version': (version: number) =>
			`Ce plan a été exporté par une version plus récente de Passerelle (format ${version}). Mettez l’application à jour puis réessayez.`,
		'unknown-version': 'Version de fichier inconnue : rien n’a été importé.',
		'too-many': (max: number) =>
			`Le fichier contient trop d’éléments (plus de ${max}) : rien n’a été importé.`,
		invalid: 'Le fichier est abîmé ou modifié : rien n’a été importé.'
	},
	printedOn: (date: string) => `Imprimé le ${date}`,
	calendarName: (name: string) => `Plan de transition — ${name}`,
	stepDue: (step: string) => `Échéance : ${step}`,
	itemDue: (text: string) => `Tâche à faire : ${text}`,
	changeDue: (from: string, to: string) => `Passage de ${from} à ${to}`,
	// What the app says about each step, and the checklist a new plan starts with: an item's
	// key is stable (stored with the item) so a seeded item keeps following the language.
	stepGuide: {
		'needs-assessment': {
			explanation:
				'Avant de changer quoi que ce soit, faites l’inventaire : quels outils utilisez-vous, pour quoi faire, qui s’en sert, et qu’est-ce qui coince aujourd’hui ? Le diagnostic du plan vous y aide.',
			items: {
				'list-tools': 'Lister les outils numériques utilisés',
				'who-uses': 'Noter qui utilise chaque outil (bureau, bénévoles, salariés)',
				'pain-points': 'Recueillir les difficultés et les attentes de chacun',
				'data-inventory': 'Repérer où sont les données (fichiers, contacts, adhésions)',
				budget: 'Estimer le budget et le temps disponibles'
			}
		},
		awareness: {
			explanation:
				'Un changement d’outils réussit quand l’équipe en comprend le sens. Expliquez pourquoi quitter les GAFAM (données, dépendance, valeurs) et associez tôt les personnes concernées.',
			items: {
				'board-talk': 'Présenter la démarche au conseil d’administration',
				workshop: 'Organiser un temps de sensibilisation pour les bénévoles',
				ambassadors: 'Identifier des personnes relais motivées',
				'share-why': 'Partager par écrit les raisons du changement'
			}
		},
		strategy: {
			explanation:
				'Fixez le cap : quels usages changer d’abord, à quel rythme, avec quelles ressources. Mieux vaut avancer outil par outil que tout basculer d’un coup.',
			items: {
				priorities: 'Choisir les usages prioritaires',
				roadmap: 'Rédiger une feuille de route avec des échéances',
				roles: 'Désigner qui pilote le projet',
				vote: 'Faire valider la stratégie par le bureau'
			}
		},
		'tool-choice': {
			explanation:
				'Pour chaque usage, comparez les alternatives libres : facilité, hébergement (un CHATON, votre prestataire, vous-même), coût. Testez avant de décider.',
			items: {
				'shortlist-tools': 'Présélectionner deux alternatives par usage',
				test: 'Tester les outils avec quelques bénévoles',
				hosting: 'Choisir un hébergeur (CHATON, prestataire, auto-hébergement)',
				decide: 'Décider et noter le choix dans le plan'
			}
		},
		'process-adaptation': {
			explanation:
				'Installez et paramétrez les nouveaux outils, migrez les données, et écrivez les quelques règles d’usage dont l’équipe aura besoin.',
			items: {
				setup: 'Créer les comptes et paramétrer les outils',
				migrate: 'Migrer les données (fichiers, contacts, agendas)',
				backup: 'Vérifier les sauvegardes',
				docs: 'Rédiger un guide d’usage court'
			}
		},
		training: {
			explanation:
				'Chacun doit se sentir à l’aise avec les nouveaux outils. Prévoyez des prises en main courtes, en petits groupes, et un endroit où poser ses questions.',
			items: {
				sessions: 'Planifier des séances de prise en main',
				materials: 'Préparer des fiches pratiques',
				helpdesk: 'Désigner une personne ressource pour les questions'
			}
		},
		integration: {
			explanation:
				'Faites des nouveaux outils l’habitude : fermez les anciens comptes, reliez les outils entre eux, et travaillez avec les autres associations qui ont fait le même choix.',
			items: {
				'close-old': 'Fermer les anciens comptes',
				connect: 'Relier les outils entre eux (agenda, fichiers, messagerie)',
				partners: 'Prévenir les partenaires des nouveaux canaux'
			}
		},
		'continuous-adaptation': {
			explanation:
				'La transition continue : faites le point régulièrement, accueillez les nouveaux bénévoles avec les bons outils, et partagez votre expérience sur le forum.',
			items: {
				review: 'Faire un bilan à six mois',
				onboarding: 'Intégrer les outils à l’accueil des nouveaux bénévoles',
				share: 'Partager votre retour d’expérience'
			}
		}
	}
};
