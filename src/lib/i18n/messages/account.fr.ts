/** French messages of one's own forum account on /compte (`i18n.m.account`). */
export const accountFr = {
	needsNetwork: 'Il faut une connexion pour modifier votre compte. Réessayez une fois en ligne.',
	displayNameHeading: 'Nom affiché',
	displayNameIntro:
		'Il accompagne tous vos messages, anciens comme nouveaux, sur tous les appareils. Chaque compte a le sien.',
	saveDisplayName: 'Enregistrer le nom',
	displayNameSaved: (name: string) =>
		`C’est fait : vos messages sont désormais signés « ${name} ».`,
	passwordHeading: 'Mot de passe',
	passwordIntro: 'Vos autres appareils seront déconnectés ; celui-ci reste connecté.',
	currentPasswordLabel: 'Mot de passe actuel',
	currentPasswordRequired: 'Saisissez votre mot de passe actuel.',
	newPasswordLabel: 'Nouveau mot de passe',
	changePassword: 'Changer le mot de passe',
	passwordChanged: 'Mot de passe changé. Vos autres appareils devront se reconnecter.',
	saving: 'Enregistrement…',
	logOutEverywhereHeading: 'Se déconnecter de tous les appareils',
	logOutEverywhereIntro:
		'Un téléphone perdu, un ordinateur partagé ? Toutes les sessions de votre compte prennent fin, celle-ci comprise.',
	logOutEverywhere: 'Se déconnecter de tous les appareils',
	logOutEverywhereConfirmTitle: 'Déconnecter tous vos appareils ?',
	logOutEverywhereConfirmText:
		'Tous vos appareils seront déconnectés, celui-ci compris. Les messages en attente d’envoi restent sur chaque appareil : ils partiront après une nouvelle connexion, rien n’est perdu.',
	logOutEverywherePending: (n: number) =>
		n === 1
			? 'Sur cet appareil, 1 message attend d’être envoyé.'
			: `Sur cet appareil, ${n} messages attendent d’être envoyés.`,
	logOutEverywhereConfirm: 'Oui, tout déconnecter',
	loggingOut: 'Déconnexion…',
	loggedOutEverywhere:
		'Tous vos appareils sont déconnectés. Reconnectez-vous pour écrire à nouveau sur le forum.'
};
