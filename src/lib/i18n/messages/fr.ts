/** French messages: the source of truth. Every other locale must provide the same keys. */
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
	navAccount: 'Compte',
	statusOnline: 'En ligne',
	statusOffline: 'Hors ligne',
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
	homeTitle: 'Bienvenue sur Passerelle',
	homeIntro:
		'Passerelle accompagne les associations qui veulent quitter les outils des géants du numérique : trouver de l’aide, apprendre de celles qui l’ont fait, et suivre un plan pas à pas. Tout fonctionne sur votre téléphone, même sans connexion.',
	homeProvidersText: 'Trouver des prestataires de confiance près de chez vous ou à distance.',
	homeResourcesText: 'Guides, fiches pratiques et témoignages d’associations.',
	homeAlternativesText: 'Les alternatives libres à chaque outil des GAFAM.',
	homePlanText: 'Diagnostic, 8 étapes, calendrier de migration et mode réunion.',
	homeForumText: 'Poser une question, partager une expérience, mutualiser des besoins.',
	comingSoon: 'Bientôt disponible',
	providersTitle: 'Prestataires',
	providersIntro:
		'Ici, l’annuaire des prestataires accompagnant les associations : recherche, filtres par type d’accompagnement, taille d’association, modalités et région, fiches détaillées et liste de favoris, consultables hors connexion.',
	resourcesTitle: 'Ressources',
	resourcesIntro:
		'Ici, la bibliothèque de ressources : guides, fiches pratiques, vidéos et témoignages d’associations qui ont franchi le pas, lisibles hors connexion et reliés aux étapes de votre plan.',
	alternativesTitle: 'Alternatives',
	alternativesIntro:
		'Ici, le catalogue des alternatives libres : pour chaque outil des GAFAM (Google Docs, WhatsApp, Zoom…), les logiciels libres qui le remplacent, qui peut les héberger et avec quelle difficulté.',
	planTitle: 'Mon plan de transition',
	planIntro:
		'Ici, votre plan de transition privé : diagnostic de vos outils, les 8 étapes avec leurs listes de tâches, le calendrier de migration et le mode réunion de bureau. Il reste sur cet appareil.',
	forumTitle: 'Forum d’entraide',
	forumIntro:
		'Ici, le forum d’entraide entre associations : aide technique, conseils pour choisir un outil, recherche de prestataire et besoins de développement à mutualiser. Vous pourrez lire et écrire hors connexion ; vos messages partiront au retour du réseau.',
	accountTitle: 'Compte et appareil',
	accountIntro: 'Réglages de l’application et état du stockage sur cet appareil.',
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
	appVersion: (version: string) => `Version de l’application : ${version}`,
	notFoundTitle: 'Page introuvable',
	notFoundText: 'Cette page n’existe pas. Revenez à l’accueil.',
	errorTitle: 'Une erreur est survenue',
	backHome: 'Retour à l’accueil'
};
