/** French messages of the resource library and the alternatives catalogue (`i18n.m.resources`). */
export const resourcesFr = {
	demoNotice: 'Données de démonstration : ces ressources et témoignages sont fictifs.',
	searchLabel: 'Rechercher une ressource',
	searchPlaceholder: 'Titre, outil, thème, association…',
	filterType: 'Type',
	filterTheme: 'Thème',
	filterStep: 'Étape du plan',
	filterTool: 'Outil concerné',
	resultCount: (count: number) =>
		count === 0 ? 'Aucune ressource' : count === 1 ? '1 ressource' : `${count} ressources`,
	sortRelevance: 'Pertinence',
	sortNewest: 'Plus récentes',
	sortTitle: 'Titre',
	emptyTitle: 'Aucune ressource ne correspond à votre recherche.',
	loading: 'Chargement de la bibliothèque…',
	noContentYet:
		'La bibliothèque n’est pas encore sur cet appareil. Connectez-vous une fois à Internet pour la récupérer.',
	testimoniesLink: 'Témoignages d’associations',
	testimoniesTitle: 'Elles ont franchi le pas',
	testimoniesIntro:
		'Des associations racontent comment elles ont quitté les outils des GAFAM : par où elles ont commencé, ce qui a marché, ce qu’elles feraient autrement.',
	testimoniesEmpty: 'Aucun témoignage sur cet appareil pour l’instant.',
	readTestimony: (name: string) => `Lire le témoignage de ${name}`,
	backToLibrary: 'Retour aux ressources',
	notFound: 'Cette ressource n’est pas dans la bibliothèque de cet appareil.',
	publishedOn: (date: string) => `Publié le ${date}`,
	readingTime: (minutes: number) => `${minutes} min de lecture`,
	levelLabel: 'Niveau',
	languageLabel: 'Langue',
	audienceLabel: 'Public',
	themesLabel: 'Thèmes',
	sourceLabel: 'Source',
	licenceLabel: 'Licence',
	externalLink: 'Voir la ressource d’origine (en ligne)',
	planStepsHeading: 'Étapes du plan concernées',
	stepResourcesLink: (step: string) => `Toutes les ressources de l’étape « ${step} »`,
	toolsHeading: 'Outils concernés',
	relatedHeading: 'Ressources liées',
	associationFacts: (size: string, region: string) => `${size} · ${region}`,
	catalogueTitle: 'Alternatives libres',
	catalogueIntro:
		'Pour chaque outil des GAFAM, les logiciels libres qui le remplacent, qui peut les héberger, avec quelle difficulté, et où trouver de l’aide.',
	catalogueSearchLabel: 'Rechercher un outil',
	catalogueSearchPlaceholder: 'Google Docs, WhatsApp, Zoom…',
	useLabel: 'Usage',
	allUses: 'Tous les usages',
	toolCount: (count: number) =>
		count === 0 ? 'Aucun outil' : count === 1 ? '1 outil' : `${count} outils`,
	catalogueEmpty: 'Aucun outil ne correspond. Essayez un autre nom, ou tous les usages.',
	catalogueLoading: 'Chargement du catalogue…',
	catalogueNoContent:
		'Le catalogue n’est pas encore sur cet appareil. Connectez-vous une fois à Internet pour le récupérer.',
	vendor: (vendor: string) => `Éditeur : ${vendor}`,
	alternativesHeading: (tool: string) => `Alternatives libres à ${tool}`,
	alternativesCount: (count: number) =>
		count === 1 ? '1 alternative libre' : `${count} alternatives libres`,
	difficultyLabel: 'Difficulté',
	hostingLabel: 'Hébergement',
	hostingChatons: 'Proposé par des CHATONS (hébergeurs éthiques)',
	hostingSelf: 'Peut être auto-hébergé',
	hostingDevice: 'Logiciel à installer sur chaque appareil',
	hostingOperator: (operator: string) => `Service unique, opéré par ${operator}`,
	officialWebsite: (name: string) => `Site officiel de ${name} (en ligne)`,
	resourcesAbout: (name: string, count: number) =>
		`${count} ressource${count > 1 ? 's' : ''} sur ${name}`,
	providersKnowing: (name: string, count: number) =>
		`${count} prestataire${count > 1 ? 's' : ''} qui connai${count > 1 ? 'ssent' : 't'} ${name}`
};
