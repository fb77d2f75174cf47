/** French messages of plan sharing (`i18n.m.plan.sharing`), part of the plan's namespace. */
export const planSharingFr = {
	title: 'Partager avec le bureau',
	intro:
		'Partagé, le plan est copié sur le serveur de Passerelle, lisible et modifiable seulement par les membres que vous invitez. Chaque téléphone garde sa copie et fonctionne hors ligne ; les modifications s’échangent dès qu’il y a du réseau.',
	unsharedNote: 'Ce plan n’est que sur cet appareil.',
	share: 'Partager avec le bureau',
	sharing: 'Partage en cours…',
	checkingAccount: 'Vérification du compte…',
	loginToShare: 'Connectez-vous (compte du forum) pour partager ce plan',
	loggedInAs: (name: string) => `Connecté en tant que ${name}.`,
	needsNetwork: 'Partager demande une connexion au serveur. Réessayez une fois en ligne.',
	sharedTitle: 'Partagé avec le bureau',
	yourRole: (role: string) => `Votre rôle : ${role}.`,
	roles: { owner: 'propriétaire', editor: 'peut modifier', reader: 'lecture seule' },
	roleLabels: { owner: 'Propriétaire', editor: 'Peut modifier', reader: 'Lecture seule' },
	membersTitle: 'Membres',
	membersOffline: 'Liste enregistrée sur cet appareil (hors ligne).',
	you: '(vous)',
	roleOf: (name: string) => `Rôle de ${name}`,
	handOver: 'Confier le plan (devient propriétaire)',
	confirmHandOver: (name: string) =>
		`Confier le plan à ${name} ? Vous deviendrez membre pouvant modifier.`,
	revoke: 'Retirer',
	revokeLabel: (name: string) => `Retirer ${name} du plan`,
	confirmRevoke: (name: string) =>
		`Retirer ${name} du plan ? Son téléphone garde sa copie mais ne reçoit plus les modifications. Vous pourrez l’inviter à nouveau.`,
	revoked: (name: string) => `${name} ne fait plus partie du plan.`,
	inviteTitle: 'Inviter un membre',
	inviteRole: 'Ce membre pourra',
	inviteEditor: 'modifier le plan',
	inviteReader: 'seulement le lire',
	createInvite: 'Créer une invitation',
	inviteCodeLabel: 'Code d’invitation',
	inviteHint:
		'À la table : faites scanner le QR code avec l’appareil photo du téléphone, ou dictez le code. Valable une seule fois, 48 heures.',
	inviteExpires: (date: string) => `Valable jusqu’au ${date}.`,
	inviteLink: 'Lien d’invitation',
	copyLink: 'Copier le lien',
	linkCopied: 'Lien copié.',
	qrLabel: (code: string) => `QR code de l’invitation ${code}`,
	leave: 'Quitter ce plan',
	confirmLeave:
		'Quitter ce plan ? Votre copie reste sur cet appareil mais ne sera plus partagée ni mise à jour.',
	left: 'Vous avez quitté le plan. Votre copie reste sur cet appareil, non partagée.',
	deleteFromServer: 'Supprimer du serveur',
	confirmDeleteFromServer: (name: string) =>
		`Supprimer « ${name} » du serveur ? Les membres ne recevront plus les modifications ; chaque téléphone garde sa copie. Cette action est définitive.`,
	deletedFromServer:
		'Le plan a été supprimé du serveur. Votre copie reste sur cet appareil, non partagée.',
	removedNotice:
		'Ce plan n’est plus partagé avec vous (retiré par son propriétaire, ou supprimé du serveur). Votre copie reste sur cet appareil, non partagée.',
	dismiss: 'Compris',
	// Status in the plan's header
	statusLabel: 'État du partage',
	upToDate: 'À jour',
	syncing: 'Synchronisation…',
	pending: (count: number) =>
		count === 1 ? '1 changement en attente' : `${count} changements en attente`,
	offline: 'Hors ligne',
	logIn: 'Se connecter',
	loginToSync: 'Connectez-vous pour synchroniser',
	readOnly: (count: number) =>
		`Lecture seule : ${count === 1 ? '1 changement reste' : `${count} changements restent`} sur cet appareil`,
	error: (reason: string) => `Erreur : ${reason}`,
	retry: 'Réessayer',
	reasons: {
		busy: 'le serveur reçoit trop de demandes, nouvel essai dans un moment',
		server: 'le serveur a un problème, nouvel essai dans un moment',
		forbidden: 'votre compte ne peut plus modifier ce plan',
		refused: 'le serveur a refusé la demande',
		gone: 'ce plan n’est plus partagé avec votre compte',
		offline: 'le serveur ne répond pas',
		session: 'vous n’êtes plus connecté',
		refusedChanges: (count: number) =>
			count === 1
				? '1 changement refusé par le serveur (il reste sur cet appareil)'
				: `${count} changements refusés par le serveur (ils restent sur cet appareil)`
	},
	// Conflict notices
	noticesTitle: 'À vérifier',
	noticesIntro:
		'Ces éléments ont été modifiés sur deux téléphones à la fois. La valeur affichée est la plus récente ; choisissez celle à garder.',
	alsoEditedBy: (name: string) => `aussi modifié par ${name} :`,
	emptyValue: '(vide)',
	keepThis: 'Garder celle-ci',
	takeOther: (name: string) => `Prendre celle de ${name}`,
	deletedBy: (name: string) => `supprimé par ${name}`,
	keepRecord: 'Garder',
	deleteRecord: 'Supprimer',
	fieldLabels: {
		text: 'texte',
		done: 'fait',
		owner: 'responsable',
		owners: 'responsables',
		dueDate: 'échéance',
		status: 'statut',
		targetDate: 'date cible',
		targetMonth: 'mois cible',
		notes: 'notes',
		name: 'nom',
		role: 'rôle',
		profile: 'profil',
		order: 'ordre'
	} as Record<string, string>,
	yes: 'oui',
	no: 'non',
	// Joining and getting plans back
	joinTitle: 'Rejoindre un plan',
	joinIntro:
		'Entrez le code d’invitation donné par un membre du bureau (ou ouvrez le lien du QR code). Le plan sera copié sur ce téléphone.',
	joinCodeLabel: 'Code d’invitation (8 caractères)',
	joinCodeHint: 'Par exemple 7K3M-Q9TX. Les tirets et les majuscules sont facultatifs.',
	join: 'Rejoindre',
	joining: 'Connexion au plan…',
	downloading: (name: string) => `Téléchargement du plan « ${name} »…`,
	joinNeedsLogin: 'Pour rejoindre un plan, connectez-vous avec votre compte du forum.',
	loginToJoin: 'Se connecter ou créer un compte',
	codeInvalid: 'Un code d’invitation a 8 caractères (lettres et chiffres).',
	codeUnknown: 'Ce code est inconnu, déjà utilisé ou expiré. Demandez une nouvelle invitation.',
	tooManyCodes: 'Trop de codes erronés : attendez un quart d’heure avant de réessayer.',
	joinNeedsNetwork:
		'Rejoindre un plan demande une connexion au serveur. Réessayez une fois en ligne.',
	joinLink: 'Rejoindre un plan avec un code',
	recoverTitle: 'Plans partagés avec vous',
	recoverIntro:
		'Ces plans sont sur le serveur mais pas sur cet appareil (nouveau téléphone, données effacées).',
	recover: 'Récupérer',
	recoverLabel: (name: string) => `Récupérer le plan ${name}`,
	sharedBadge: 'Partagé',
	unexpected: 'Une erreur inattendue est survenue. Réessayez.',
	// Unshared plans when the browser may clear storage
	storageReminder:
		'Vos plans non partagés ne sont que sur cet appareil, et ce navigateur peut effacer ses données s’il manque de place. Pour ne pas les perdre, exportez-les en fichier ou partagez-les avec le bureau.'
};
