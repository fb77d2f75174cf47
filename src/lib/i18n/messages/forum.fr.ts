/** French messages of the forum (`i18n.m.forum`). */
export const forumFr = {
	title: 'Forum d’entraide',
	intro:
		'Entraide entre associations. Tout ce que vous avez lu reste lisible hors connexion, et vous pouvez écrire sans réseau : vos messages partent au retour de la connexion.',
	categoriesHeading: 'Catégories',
	threadCount: (n: number) => (n === 0 ? 'Aucun sujet' : n === 1 ? '1 sujet' : `${n} sujets`),
	replyCount: (n: number) => (n === 0 ? 'aucune réponse' : n === 1 ? '1 réponse' : `${n} réponses`),
	lastActivity: (date: string) => `Dernière activité : ${date}`,
	noActivity: 'Pas encore d’activité',
	loading: 'Chargement du forum…',
	firstSync: (n: number) => `Première synchronisation : ${n} messages reçus…`,
	emptyCategory: 'Aucun sujet dans cette catégorie pour l’instant. Lancez le premier !',
	emptyOffline:
		'Rien n’a encore été synchronisé sur cet appareil. Connectez-vous une fois au réseau pour recevoir le forum.',
	unknownCategory: 'Cette catégorie n’existe pas.',
	backToForum: 'Retour au forum',
	newThread: 'Nouveau sujet',
	newThreadHeading: 'Nouveau sujet',
	titleLabel: 'Titre',
	bodyLabel: 'Message',
	bodyHint: 'Markdown simple : **gras**, *italique*, listes, liens.',
	tagsLabel: 'Mots-clés (séparés par des virgules, 5 au plus)',
	publish: 'Publier',
	cancel: 'Annuler',
	save: 'Enregistrer',
	replyHeading: 'Répondre',
	replyLabel: 'Votre réponse',
	sendReply: 'Envoyer la réponse',
	charCount: (n: number, max: number) => `${n} / ${max} caractères`,
	tooLong: (max: number) => `Le message dépasse ${max} caractères.`,
	required: 'Ce champ est obligatoire.',
	titleInvalid: (min: number, max: number) =>
		`Le titre doit faire entre ${min} et ${max} caractères.`,
	tagsInvalid: 'Au plus 5 mots-clés de 32 caractères chacun.',
	loadMore: 'Afficher plus de sujets',
	showing: (shown: number, total: number) => `${shown} sujets affichés sur ${total}`,
	unread: 'Nouveau',
	by: (name: string) => `par ${name}`,
	postedOn: (date: string) => `le ${date}`,
	edited: 'modifié',
	repliesHeading: (n: number) =>
		n === 0 ? 'Pas encore de réponse' : n === 1 ? '1 réponse' : `${n} réponses`,
	threadNotFound:
		'Ce sujet n’est pas sur cet appareil. Il est peut-être plus ancien que la période synchronisée.',
	fetchOlder: 'Le chercher sur le serveur',
	fetchFailed: 'Impossible de le récupérer : vérifiez la connexion.',
	fetchMissing: 'Ce sujet n’existe pas sur le serveur (il a peut-être été supprimé).',
	fetchSetAside:
		'Ce sujet est sur le serveur mais ne respecte pas le format du forum : cet appareil ne l’affiche pas.',
	pending: 'En attente d’envoi',
	pendingHelp: 'Enregistré sur cet appareil ; il partira dès que la connexion reviendra.',
	rejected: 'Refusé par le serveur',
	rejectedReason: (reason: string) => `Raison : ${reason}`,
	editPost: 'Modifier',
	discardPost: 'Abandonner ce message',
	discarded: 'Message abandonné.',
	hiddenPost: 'Message masqué par la modération.',
	hide: 'Masquer',
	unhide: 'Afficher à nouveau',
	moderatorView: 'Masqué pour les autres lecteurs',
	loginToWrite: 'Connectez-vous pour écrire sur le forum.',
	loginLink: 'Se connecter ou créer un compte',
	sessionExpired: 'Votre session a expiré : reconnectez-vous pour écrire sur le forum.',
	outboxSummary: (n: number) =>
		n === 1 ? '1 message en attente d’envoi' : `${n} messages en attente d’envoi`,
	conflictTitle: 'Ce message a été modifié sur deux appareils',
	conflictText:
		'La version affichée a été retenue automatiquement. Une autre version existe : choisissez celle à garder, ou fusionnez-les.',
	conflictOther: 'Autre version',
	conflictKeepShown: 'Garder la version affichée',
	conflictKeepOther: 'Garder l’autre version',
	conflictMerge: 'Fusionner',
	conflictMergeLabel: 'Texte fusionné',
	conflictMergeSave: 'Enregistrer la fusion',
	// Account
	accountHeading: 'Compte du forum',
	sessionEndedHeading: 'Votre session a pris fin',
	sessionEndedText: (name: string) =>
		`Reconnectez-vous ci-dessous avec l’identifiant « ${name} » : ce que vous avez écrit en attendant partira ensuite.`,
	loginHeading: 'Se connecter',
	signUpHeading: 'Créer un compte',
	nameLabel: 'Identifiant',
	nameHint: '3 à 32 caractères : lettres minuscules, chiffres, point, tiret.',
	displayNameLabel: 'Nom affiché (ex. « Camille · Jardins partagés »)',
	passwordLabel: 'Mot de passe',
	passwordHint: '8 caractères au moins.',
	logIn: 'Se connecter',
	signUp: 'Créer mon compte',
	logOut: 'Se déconnecter',
	loggedInAs: (name: string) => `Connecté·e en tant que ${name}`,
	badCredentials: 'Identifiant ou mot de passe incorrect.',
	nameTaken: 'Cet identifiant est déjà pris.',
	nameInvalid:
		'Identifiant invalide : 3 à 32 caractères, minuscules, chiffres, « . », « - » ou « _ ».',
	displayNameInvalid: 'Le nom affiché doit faire entre 2 et 80 caractères.',
	displayNameInvisible: 'Le nom affiché contient des caractères invisibles : retirez-les.',
	displayNameTaken:
		'Ce nom affiché est déjà celui d’un autre compte (majuscules et accents ne comptent pas) : choisissez-en un autre.',
	displayNameReserved:
		'Ce nom est réservé à la modération et à l’équipe de Passerelle : choisissez-en un autre.',
	passwordInvalid: 'Le mot de passe doit faire 8 caractères au moins.',
	wrongPassword: 'Le mot de passe actuel n’est pas le bon.',
	tooManyAttempts: 'Trop d’essais : attendez quelques minutes avant de réessayer.',
	sessionEnded: 'Votre session a pris fin : reconnectez-vous, puis recommencez.',
	needsNetwork: 'Il faut une connexion pour se connecter ou créer un compte.',
	serverError: (reason: string) => `Le serveur a répondu : ${reason}`,
	serverUnavailable: 'Le serveur du forum ne répond pas pour l’instant. Réessayez dans un moment.',
	unexpectedError: 'Une erreur inattendue est survenue. Réessayez dans un moment.',
	demoAccounts:
		'Comptes de démonstration : camille / demo-camille (modération), dominique / demo-dominique.',
	syncError: (what: string) => `Synchronisation interrompue : ${what} Nouvel essai automatique.`,
	// What this device keeps
	scopeHeading: 'Sur cet appareil',
	scopeIntro:
		'Choisissez ce que cet appareil garde pour le lire hors connexion. Moins de catégories et une période plus courte prennent moins de place ; un sujet plus ancien s’ouvre toujours en ligne.',
	scopeCategories: 'Catégories suivies',
	scopeWindow: 'Activité gardée',
	scopeWindowOption: (months: number) =>
		months === 0
			? 'Tout l’historique'
			: months === 1
				? 'Le dernier mois'
				: `Les ${months} derniers mois`,
	scopeSave: 'Enregistrer ces choix',
	scopeNoCategory: 'Choisissez au moins une catégorie.',
	scopeSaved: 'Choix enregistrés. Ce qui est déjà sur l’appareil y reste.',
	scopeSavedDownloading: 'Choix enregistrés. Les sujets ajoutés se téléchargent.',
	scopeSavedOffline: 'Choix enregistrés. Les sujets ajoutés arriveront au retour de la connexion.',
	notFollowed:
		'Vous ne suivez pas cette catégorie : ses nouveaux sujets n’arrivent pas sur cet appareil.',
	follow: 'Suivre cette catégorie',
	notFollowedBadge: 'Non suivie',
	// Sync details (/compte) and documents set aside
	syncDetailsHeading: 'Synchronisation du forum',
	syncDetailsLink: 'Voir le détail',
	syncDetailsIdle:
		'Le forum ne se synchronise pas en ce moment sur cette page : il démarre dès que vous l’ouvrez.',
	syncDetailsState: (state: string) => `État : ${state}`,
	lastFailure: (date: string, what: string) => `Dernier incident (${date}) : ${what}`,
	technicalDetail: (detail: string) => `Détail technique : ${detail}`,
	setAsideHeading: 'Documents mis de côté',
	setAsideNone: 'Aucun : cet appareil garde tout ce que le serveur lui envoie.',
	setAsideIntro:
		'Ces documents du serveur ne respectent pas le format du forum : cet appareil ne les garde pas et ne les affiche pas, et la synchronisation continue sans eux. La prochaine version de l’application les vérifiera à nouveau.',
	setAsideSummary: (n: number) =>
		n === 1 ? '1 document du serveur mis de côté' : `${n} documents du serveur mis de côté`,
	setAsideReason: {
		attachment: 'pièce jointe (non prise en charge)',
		unknownFields: 'champs inconnus',
		tooLarge: 'trop volumineux',
		invalid: 'format invalide',
		notStored: 'refusé par le stockage de l’appareil'
	},
	setAsideOther: 'format invalide'
};
