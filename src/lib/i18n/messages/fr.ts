/**
 * French messages of the app shell: the source of truth. Every other locale must provide the same
 * keys. Each feature keeps its messages in its own pair of files (`<feature>.fr.ts`,
 * `<feature>.en.ts`), loaded by the feature’s routes (`../namespaces/`) and read under one
 * namespace key, e.g. `i18n.m.resources.demoNotice`.
 */
export const fr = {
	appName: 'Passerelle',
	appTagline: 'Quitter les outils des GAFAM, pas à pas, même sans réseau',
	skipToContent: 'Aller au contenu',
	mainNavigation: 'Navigation principale',
	navHome: 'Accueil',
	navProviders: 'Prestataires',
	navResources: 'Ressources',
	navAlternatives: 'Alternatives',
	navPlan: 'Mon plan',
	navForum: 'Forum',
	navSettings: 'Réglages',
	statusOnline: 'En ligne',
	statusOffline: 'Hors ligne',
	// Forum sync state, shown by the header indicator on every route
	statusConnecting: 'Connexion…',
	statusSyncing: 'Synchro…',
	statusUpToDate: 'À jour',
	statusError: 'Synchro en erreur',
	statusPending: (n: number) => `${n} en attente`,
	statusSending: 'Envoi…',
	statusSendDelayed: 'Envoi reporté',
	statusWaitingForLogin: (n: number) =>
		n === 1 ? '1 message attend votre connexion' : `${n} messages attendent votre connexion`,
	// What went wrong with the forum's server, in words (never the browser's raw error)
	failure: {
		offline: 'Pas de connexion à Internet.',
		unreachable: 'Le serveur du forum ne répond pas.',
		server: 'Le serveur du forum a rencontré une erreur.',
		session: 'Votre session a expiré.',
		refused: 'Le serveur du forum a refusé la demande.'
	},
	retryingSoon: 'Nouvel essai automatique.',
	loginBannerText: (n: number) =>
		n === 1
			? 'Un message écrit sur cet appareil attend votre connexion pour partir : votre session a pris fin.'
			: `${n} messages écrits sur cet appareil attendent votre connexion pour partir : votre session a pris fin.`,
	loginBannerLink: 'Se reconnecter',
	lastSynced: (date: string) => `Dernière synchronisation : ${date}`,
	statusLabel: 'État de la connexion',
	languageLabel: 'Langue',
	languageFrench: 'Français',
	languageEnglish: 'English',
	updateAvailable: 'Nouvelle version disponible',
	updateReload: 'Recharger',
	updateLater: 'Plus tard',
	updateHint: 'Vos saisies sont enregistrées ; le rechargement les conserve.',
	offlineReady: 'Passerelle est prête à fonctionner hors connexion.',
	dismiss: 'Fermer',
	start: {
		homeTitle: 'Par où commencer ?',
		homeText:
			'En trois minutes : ce que votre association utilise aujourd’hui, sa dépendance aux grandes plateformes, et les premières actions.',
		homeButton: 'Faire le point',
		title: 'Par où commencer ?',
		intro:
			'Cochez les outils que votre association utilise. Rien n’est enregistré tant que vous ne créez pas de plan.',
		usesTitle: '1. Ce que vous utilisez aujourd’hui',
		moreUses: 'Autres usages',
		loading: 'Chargement du catalogue des outils…',
		noCatalogue:
			'Le catalogue des outils n’est pas encore sur cet appareil. Connectez-vous une fois à Internet pour le télécharger.',
		pictureTitle: '2. Votre dépendance',
		pictureEmpty: 'Cochez au moins un outil pour voir votre dépendance.',
		relianceLabel: (tool: string) => `Vous dépendez de ${tool} :`,
		reliance: { low: 'un peu', medium: 'assez', high: 'beaucoup' },
		nextTitle: '3. Et maintenant ?',
		createTitle: 'Créer votre plan avec ce diagnostic',
		nameLabel: 'Nom de l’association',
		nameRequired: 'Indiquez le nom de l’association pour créer le plan.',
		createButton: 'Créer le plan',
		creating: 'Création du plan…',
		createFailed: 'Le plan n’a pas pu être créé sur cet appareil (espace plein ?). Réessayez.',
		alternativesTitle: 'Les alternatives à vos outils les plus liants',
		alternativesFor: (tool: string) => `Remplacer ${tool}`,
		providersTitle: 'Trouver un prestataire près de chez vous',
		regionLabel: 'Votre région',
		regionAny: 'Toutes les régions',
		supportLabel: 'L’accompagnement qu’il vous faut',
		providersButton: 'Voir les prestataires',
		planTitle: 'Votre plan',
		planProgress: (name: string, percent: number) => `${name} : ${percent} % accompli`,
		planOpen: 'Reprendre le plan',
		plansMore: (count: number) =>
			count === 1 ? 'Et 1 autre plan sur cet appareil' : `Et ${count} autres plans sur cet appareil`
	},
	homeTitle: 'Bienvenue sur Passerelle',
	homeIntro:
		'Passerelle accompagne les associations qui veulent quitter les outils des géants du numérique : trouver de l’aide, apprendre de celles qui l’ont fait, et suivre un plan pas à pas. Tout fonctionne sur votre téléphone, même sans connexion.',
	homeProvidersText: 'Trouver des prestataires de confiance près de chez vous ou à distance.',
	homeResourcesText: 'Guides, fiches pratiques et témoignages d’associations.',
	homeAlternativesText: 'Les alternatives libres à chaque outil des GAFAM.',
	homePlanText: 'Diagnostic, 8 étapes, calendrier de migration et mode réunion.',
	homeForumText: 'Poser une question, partager une expérience, mutualiser des besoins.',
	homeWallLink: 'Elles l’ont fait : le mur des associations émancipées',
	resourcesTitle: 'Ressources',
	resourcesIntro:
		'La bibliothèque de ressources : guides, fiches pratiques, vidéos et témoignages d’associations qui ont franchi le pas, lisibles hors connexion et reliés aux étapes de votre plan.',
	resourcesIntroShort: 'Guides, fiches et témoignages, lisibles hors connexion.',
	accountTitle: 'Réglages',
	accountIntro: 'La langue, le stockage et le contenu de cet appareil, et votre compte du forum.',
	settingsForumHeading: 'Compte du forum',
	settingsForumLoggedIn: (name: string) => `Vous écrivez sur le forum en tant que ${name}.`,
	settingsForumManage: 'Gérer mon compte du forum',
	settingsForumLoggedOut:
		'Vous n’êtes pas connecté·e au forum : la lecture est libre, il faut un compte pour écrire.',
	settingsForumLogIn: 'Se connecter ou créer un compte',
	settingsForumSessionEnded: (name: string) =>
		`Votre session du forum (${name}) a pris fin : reconnectez-vous pour écrire.`,
	storageTitle: 'Stockage sur cet appareil',
	storagePersisted:
		'Stockage persistant : le navigateur ne supprimera pas vos données pour faire de la place.',
	storageNotPersisted:
		'Stockage non garanti : le navigateur pourrait effacer vos données s’il manque de place.',
	storageUnsupported: 'Ce navigateur ne permet pas de connaître l’état du stockage.',
	storageUsage: (used: string, quota: string) => `${used} utilisés sur ${quota} disponibles`,
	storageAskPersist: 'Protéger mes données',
	storageAskRefused:
		'Le navigateur a refusé pour l’instant. Installer Passerelle sur l’écran d’accueil aide souvent.',
	storageChecking: 'Vérification du stockage…',
	appVersion: (version: string, date: string) => `Passerelle ${version}, version du ${date}`,
	buildId: (id: string) => `Identifiant de la version : ${id}`,
	technicalDetails: 'Détails techniques',
	notFoundTitle: 'Page introuvable',
	notFoundText: 'Cette page n’existe pas. Revenez à l’accueil.',
	errorTitle: 'Une erreur est survenue',
	backHome: 'Retour à l’accueil',
	filtersTitle: 'Filtres',
	clearFilters: 'Effacer les filtres',
	filtersButton: (count: number) => (count > 0 ? `Filtres (${count})` : 'Filtres'),
	showResults: (count: number) =>
		count === 0
			? 'Aucun résultat'
			: count === 1
				? 'Voir le résultat'
				: `Voir les ${count} résultats`,
	activeFilters: 'Filtres actifs',
	removeActiveFilter: (label: string) => `Retirer le filtre « ${label} »`,
	sortLabel: 'Trier par',
	emptySuggestion: 'Essayez de retirer un filtre :',
	removeFilter: (label: string, count: number) =>
		`Retirer « ${label} » (${count} résultat${count > 1 ? 's' : ''})`,
	clearSearch: 'Effacer la recherche',
	undo: 'Annuler',
	contentTitle: 'Contenu de l’annuaire et des ressources',
	contentVersion: (date: string) => `Chargé sur cet appareil le ${date}.`,
	contentOffline:
		'Pas de connexion au serveur : impossible de vérifier les mises à jour pour l’instant. Le contenu de cet appareil reste utilisable.',
	contentId: (id: string) => `Identifiant du contenu : ${id}`,
	contentCounts: (providers: number, resources: number, tools: number) =>
		`${providers} prestataires, ${resources} ressources et ${tools} outils du catalogue.`,
	contentNone: 'Aucun contenu chargé sur cet appareil pour l’instant.',
	contentUpdate: 'Vérifier les mises à jour',
	contentChecking: 'Vérification…',
	contentUpdated: 'Le contenu a été mis à jour.',
	contentUnchanged: 'Le contenu est déjà à jour : rien de nouveau sur le serveur.',
	contentRefused: 'Mise à jour du contenu refusée ; le contenu précédent reste disponible.',
	contentProblems: {
		unreachable: 'Le serveur est injoignable.',
		'manifest-missing': 'Le sommaire du contenu est introuvable sur le serveur.',
		'manifest-invalid': 'Le sommaire du contenu est invalide.',
		'feed-missing': 'Un fichier de contenu est introuvable sur le serveur.',
		'feed-corrupt': 'Un fichier de contenu est incomplet ou abîmé.',
		'feed-invalid': 'Un fichier de contenu ne respecte pas le format attendu.',
		'storage-failed': 'Impossible d’enregistrer sur cet appareil (espace plein ?).'
	},
	showMore: (count: number) => `Afficher ${count} de plus`,
	/** A search page's heading over its results (for screen readers: the count shows them). */
	searchResultsHeading: 'Résultats'
};
