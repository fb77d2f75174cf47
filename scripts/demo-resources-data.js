// Curated content behind the demo resource library (see generate-demo-resources.js). Every
// resource, author, source and association here is invented; the software they talk about is real
// and cited by its id in the alternatives catalogue (static/data/alternatives.json).
//
// Bodies use the Markdown subset the app renders: paragraphs, **emphasis**, lists, links, `code`,
// > quotes and ## headings. They ship whole in the feed, so they can be read offline.

/**
 * @typedef {object} DemoResourceSeed
 * @property {string} title
 * @property {'guide' | 'practical-sheet' | 'video' | 'testimony' | 'tool-sheet' | 'webinar' | 'article'} type
 * @property {string[]} themes
 * @property {string[]} planSteps
 * @property {string[]} tools  ids of the alternatives catalogue
 * @property {string[]} audience
 * @property {'beginner' | 'intermediate' | 'advanced'} level
 * @property {'fr' | 'en'} language
 * @property {string} summary
 * @property {string} body
 * @property {keyof typeof sources} source
 * @property {{ name: string, size: string, region: string }} [association]
 */

/** Invented publishers; their sites use the reserved .example domain. */
export const sources = {
	library: { name: 'Ressources Libres', url: 'https://ressources-libres.example' },
	network: {
		name: 'Réseau des accompagnateurs du numérique associatif',
		url: 'https://accompagnateurs-libres.example'
	},
	notebooks: { name: 'Les Cahiers du libre associatif', url: 'https://cahiers-libre.example' },
	federation: {
		name: 'Fédération des maisons de la vie associative',
		url: 'https://maisons-vie-associative.example'
	},
	collective: { name: 'Collectif Transition Libre', url: 'https://transition-libre.example' }
};

/** @type {DemoResourceSeed[]} */
export const resourceSeeds = [
	// Guides
	{
		title: 'Faire l’état des lieux de ses outils numériques en une soirée',
		type: 'guide',
		themes: ['governance', 'collaboration'],
		planSteps: ['needs-assessment'],
		tools: ['gmail', 'google-drive', 'whatsapp', 'google-forms'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		summary:
			'Une méthode en trois temps pour recenser, en équipe et sans expert, les outils numériques de l’association, qui s’en sert et pour quoi faire.',
		body: `Avant de changer quoi que ce soit, il faut savoir d’où l’on part. Bonne nouvelle : un état des lieux utile tient en une soirée, autour d’une table, avec trois ou quatre personnes qui font vivre l’association au quotidien.

## Premier temps : lister les usages, pas les logiciels

Commencez par ce que l’association **fait** : envoyer des convocations, tenir le fichier des adhérents, partager des documents, discuter entre bénévoles, publier des événements. Pour chaque usage, notez ensuite l’outil réellement utilisé. Vous découvrirez souvent que le même usage passe par trois outils différents selon les personnes.

## Deuxième temps : qui détient quoi ?

Pour chaque outil, posez trois questions :

- À quel compte est-il rattaché ? Celui de l’association, ou celui d’un ou une bénévole ?
- Qui connaît le mot de passe, et que se passe-t-il si cette personne part ?
- Quelles données personnelles y sont stockées (adhérents, donateurs, bénéficiaires) ?

Les réponses révèlent les vraies fragilités : un groupe WhatsApp créé par une ancienne présidente, un Google Drive sur une adresse Gmail personnelle, des formulaires d’inscription dont personne ne sait plus qui a les réponses.

## Troisième temps : noter la satisfaction

Terminez par une note de 1 à 5 pour chaque outil : est-ce qu’il rend service ? Un outil Big Tech bien maîtrisé et apprécié ne se remplace pas en premier. Un outil subi, mal partagé ou risqué pour les données, si.

> Notre conseil : gardez le tableau obtenu. Il servira de point de départ au diagnostic du plan de transition, et de point de comparaison dans un an.

En fin de soirée, vous avez une carte simple de votre numérique, et souvent déjà deux ou trois priorités évidentes.`
	},
	{
		title: 'Convaincre son conseil d’administration de changer d’outils',
		type: 'guide',
		themes: ['governance'],
		planSteps: ['awareness', 'strategy'],
		tools: [],
		audience: ['associations'],
		level: 'intermediate',
		language: 'fr',
		source: 'network',
		summary:
			'Les arguments qui portent auprès d’un conseil d’administration, les objections fréquentes et une façon de présenter le projet pour obtenir une décision claire.',
		body: `Un changement d’outils numériques engage toute l’association : il mérite une décision du conseil d’administration, pas seulement l’enthousiasme d’un ou deux bénévoles. Voici comment préparer ce moment.

## Parler du projet associatif avant de parler de logiciels

Les administrateurs ne sont pas forcément sensibles aux licences libres. Ils le sont à la **cohérence** entre les valeurs de l’association et ses pratiques, à la **maîtrise des données** des adhérents et à la **pérennité** des outils. Reliez chaque argument à un fait concret issu de votre état des lieux : « Les inscriptions au festival sont dans le compte Google personnel de Julien, qui quitte le bureau en juin. »

## Répondre aux objections fréquentes

- **« Ça marche très bien comme ça. »** Reconnaissez-le, puis montrez ce qui est fragile : dépendance à une personne, conditions gratuites qui peuvent changer, données hors de l’Union européenne.
- **« Les bénévoles ne suivront pas. »** Proposez une progression par étapes, un outil à la fois, avec un temps de formation prévu.
- **« Ça va coûter cher. »** Comparez honnêtement : un hébergement associatif coûte souvent quelques dizaines d’euros par an, l’accompagnement est le vrai poste de dépense, et il existe des financements.

## Demander une décision précise

Ne demandez pas « est-ce qu’on passe au libre ? ». Proposez une délibération claire : lancer un diagnostic, désigner un ou une référente, consacrer un budget, fixer un premier jalon dans six mois. Une décision modeste et actée vaut mieux qu’un accord de principe sans suite.

> Un administrateur convaincu vaut mieux que dix présentations : invitez une association voisine qui a fait le chemin à venir témoigner.`
	},
	{
		title: 'Construire une feuille de route de migration sur douze mois',
		type: 'guide',
		themes: ['governance', 'collaboration'],
		planSteps: ['strategy', 'process-adaptation'],
		tools: ['google-drive', 'whatsapp', 'google-docs', 'nextcloud-files', 'element'],
		audience: ['associations', 'providers'],
		level: 'intermediate',
		language: 'fr',
		source: 'network',
		summary:
			'Pourquoi étaler la migration sur l’année, dans quel ordre changer les outils et comment caler le calendrier sur la vie de l’association.',
		body: `Tout changer d’un coup échoue presque toujours : les bénévoles décrochent, les anciens outils survivent en parallèle et l’on finit avec deux fois plus de comptes. Une feuille de route sur douze mois permet d’avancer sans épuiser personne.

## Caler le calendrier sur la vie de l’association

Repérez d’abord les périodes chargées : assemblée générale, rentrée, festival, clôture des comptes. **On ne migre jamais un outil pendant qu’on s’en sert intensément.** Les mois creux sont vos fenêtres de bascule.

## Choisir l’ordre des changements

Un ordre qui fonctionne souvent :

1. **Le stockage de fichiers** (par exemple de Google Drive vers Nextcloud) : c’est la fondation, et le bénéfice est visible tout de suite.
2. **Les documents partagés**, qui suivent naturellement les fichiers.
3. **La messagerie de groupe** (de WhatsApp vers Element, par exemple) : plus sensible, car elle touche les habitudes personnelles.
4. **Les outils publics** (formulaires, événements, lettre d’information), qui concernent aussi les adhérents et le public.

## Un jalon par trimestre

Pour chaque trimestre, notez un objectif unique, la personne qui le porte et la façon de vérifier qu’il est atteint. Par exemple : « Fin mars, tous les documents du bureau sont dans Nextcloud et le vieux dossier Drive est en lecture seule. »

## Prévoir la marche arrière

Pour chaque bascule, gardez l’ancien outil accessible en lecture pendant un mois. C’est rassurant, et cela évite les pertes de données le jour où quelqu’un cherche un fichier oublié.

La feuille de route n’est pas un contrat : relisez-la à chaque conseil d’administration et ajustez-la sans culpabilité.`
	},
	{
		title: 'Choisir un hébergeur : CHATONS, prestataire ou auto-hébergement ?',
		type: 'guide',
		themes: ['hosting'],
		planSteps: ['tool-choice'],
		tools: ['nextcloud-files', 'jitsi-meet', 'cryptpad'],
		audience: ['associations'],
		level: 'intermediate',
		language: 'fr',
		source: 'library',
		summary:
			'Trois façons d’utiliser des logiciels libres en ligne, leurs avantages, leurs contraintes et les questions à poser avant de choisir.',
		body: `Un logiciel libre comme Nextcloud ou CryptPad doit tourner quelque part. Trois options s’offrent à une association, et le bon choix dépend surtout de ses forces bénévoles.

## Un membre du collectif CHATONS

Le collectif des hébergeurs alternatifs, transparents, ouverts, neutres et solidaires (CHATONS) regroupe des structures qui s’engagent sur une charte : logiciels libres, pas d’exploitation des données, transparence sur les conditions. Beaucoup proposent des services gratuits ou à prix libre pour les petites associations.

**Pour qui :** les associations sans compétence technique, qui veulent des outils prêts à l’emploi.

## Un prestataire qui héberge et accompagne

Des coopératives, associations et entreprises spécialisées hébergent des services sur mesure et forment les équipes. C’est payant, mais on gagne un interlocuteur, un engagement de disponibilité et une aide à la migration.

**Pour qui :** les associations employeuses, ou celles dont l’activité dépend fortement des outils.

## L’auto-hébergement

Installer soi-même un serveur demande du temps et des compétences durables : mises à jour, sauvegardes, sécurité. C’est formateur et très autonome, mais risqué si tout repose sur une seule personne.

**Pour qui :** les associations qui comptent plusieurs bénévoles techniques, ou dont c’est l’objet même.

## Les questions à poser dans tous les cas

- Où sont les serveurs, et qui y a accès ?
- Comment sont faites les sauvegardes, et a-t-on déjà testé une restauration ?
- Comment récupérer toutes nos données si nous partons ?
- Qui contacter en cas de panne, et dans quel délai ?

Un hébergeur qui répond clairement à ces quatre questions mérite votre confiance.`
	},
	{
		title: 'Migrer ses documents de Google Drive vers Nextcloud sans rien perdre',
		type: 'guide',
		themes: ['collaboration', 'hosting'],
		planSteps: ['process-adaptation'],
		tools: [
			'google-drive',
			'google-docs',
			'nextcloud-files',
			'nextcloud-office',
			'nextcloud-desktop'
		],
		audience: ['associations', 'providers'],
		level: 'intermediate',
		language: 'fr',
		source: 'notebooks',
		summary:
			'Inventaire, export avec Google Takeout, conversion des formats, réorganisation et bascule : le déroulé d’une migration de fichiers réussie.',
		body: `Migrer ses fichiers est l’étape la plus rassurante d’une transition : une fois faite, on voit le résultat. Encore faut-il la préparer.

## 1. Faire l’inventaire

Listez les dossiers partagés et **leurs propriétaires**. Dans Google Drive, un dossier partagé appartient au compte qui l’a créé : s’il s’agit d’un compte personnel, c’est cette personne qui devra faire l’export.

## 2. Exporter avec Google Takeout

L’outil d’export de Google produit une archive de tout le Drive d’un compte. Les documents Google (Docs, Sheets, Slides) y sont convertis : choisissez les formats ouverts (\`.odt\`, \`.ods\`, \`.odp\`) ou, à défaut, les formats Microsoft. Vérifiez sur quelques fichiers que la mise en page a survécu.

## 3. Profiter de la migration pour ranger

C’est le moment d’adopter une arborescence commune, par exemple :

- \`01-Gouvernance\` (statuts, comptes rendus, AG)
- \`02-Adhérents\` (accès restreint au bureau)
- \`03-Projets\`
- \`04-Communication\`
- \`99-Archives\`

Supprimez les doublons et les brouillons sans intérêt : on emporte rarement tout.

## 4. Importer et partager dans Nextcloud

Déposez l’arborescence dans un dossier d’équipe, puis définissez les droits **par groupe** (bureau, bénévoles, salariés) plutôt que par personne : l’arrivée d’un nouveau bénévole ne demandera qu’un ajout au groupe. Les documents s’ouvrent directement dans Nextcloud Office pour l’édition à plusieurs.

## 5. Basculer pour de bon

Annoncez une date, installez le client de synchronisation sur les postes qui en ont besoin, puis passez l’ancien Drive en lecture seule pendant un mois avant de le vider. Gardez une archive de l’export au chaud : on ne sait jamais.`
	},
	{
		title: 'RGPD : ce que change le départ des outils Big Tech pour vos fichiers d’adhérents',
		type: 'guide',
		themes: ['data-protection', 'finance-members'],
		planSteps: ['strategy', 'process-adaptation'],
		tools: ['google-sheets', 'google-forms', 'paheko', 'yakforms'],
		audience: ['associations'],
		level: 'intermediate',
		language: 'fr',
		source: 'federation',
		summary:
			'Une association reste responsable des données de ses adhérents, quel que soit l’outil. Ce guide montre comment profiter de la migration pour se mettre en règle.',
		body: `Le règlement général sur la protection des données (RGPD) s’applique aux associations comme aux entreprises : l’association est **responsable de traitement** pour son fichier d’adhérents, ses listes de donateurs et les inscriptions à ses activités. Changer d’outils est une excellente occasion de faire le point.

## Savoir où sont les données

Un fichier d’adhérents tenu dans un tableur Google, des formulaires d’inscription dont les réponses dorment dans un compte personnel : ces situations rendent difficile le respect des droits des personnes (accès, rectification, effacement). Commencez par lister chaque fichier contenant des données personnelles, avec l’outil utilisé et les personnes qui y ont accès.

## Choisir des outils qui facilitent la conformité

Un logiciel de gestion associative comme Paheko centralise les membres et les cotisations, gère les droits d’accès et permet d’exporter ou de supprimer les données d’une personne. Pour les formulaires, un service libre hébergé en France ou dans l’Union européenne simplifie la question des transferts de données hors de l’UE.

## Ne collecter que le nécessaire

La migration est le bon moment pour alléger les formulaires : a-t-on vraiment besoin de la date de naissance complète, de la profession, du numéro de téléphone ? Chaque champ supprimé est une donnée de moins à protéger.

## Fixer des durées de conservation

Décidez, et écrivez, combien de temps vous gardez les données d’un ancien adhérent (par exemple trois ans après la dernière cotisation). Puis appliquez-le, une fois par an, à date fixe.

> Le registre des traitements n’a pas besoin d’être compliqué : un tableau d’une page, tenu à jour, suffit pour la plupart des associations.`
	},
	{
		title: 'Animer une formation aux nouveaux outils pour des bénévoles pressés',
		type: 'guide',
		themes: ['training'],
		planSteps: ['training'],
		tools: ['nextcloud-files', 'jitsi-meet'],
		audience: ['associations', 'providers'],
		level: 'beginner',
		language: 'fr',
		source: 'collective',
		summary:
			'Des séances courtes, centrées sur les tâches réelles, avec des supports à emporter : la recette d’une formation qui laisse des traces.',
		body: `Les bénévoles donnent déjà beaucoup de temps. Une formation aux nouveaux outils doit donc être **courte, concrète et immédiatement utile**.

## Partir des tâches, pas des menus

Ne présentez pas toutes les fonctions du logiciel. Demandez plutôt : « Qu’avez-vous besoin de faire cette semaine ? » Puis faites-le ensemble : déposer le compte rendu de la réunion, retrouver le tableau des permanences, partager un dossier avec un partenaire.

## Des séances de 45 minutes

Au-delà, l’attention chute. Mieux vaut trois séances courtes espacées d’une semaine qu’une journée entière. Entre deux séances, proposez un petit exercice réel : « Déposez votre prochain document dans Nextcloud plutôt que de l’envoyer par mail. »

## Mélanger les niveaux, avec des binômes

Associez une personne à l’aise et une personne qui découvre. Le binôme continue à fonctionner après la formation, et la personne à l’aise apprend en expliquant.

## Laisser un support d’une page

Pour chaque tâche, une fiche d’une page avec des captures d’écran, imprimable et disponible hors ligne. Les bénévoles s’y référeront bien plus qu’à une documentation complète.

## Prévoir un moment pour les questions, plus tard

Une permanence mensuelle, en visioconférence sur Jitsi Meet ou sur place, permet de répondre aux questions qui n’apparaissent qu’à l’usage. C’est souvent là que l’adoption se joue vraiment.

> Une formation réussie se mesure un mois plus tard : combien de personnes utilisent l’outil sans y penser ?`
	},
	{
		title: 'A short guide to leaving Google Workspace for small non-profits',
		type: 'guide',
		themes: ['collaboration', 'hosting'],
		planSteps: ['strategy', 'tool-choice'],
		tools: [
			'google-docs',
			'google-drive',
			'gmail',
			'google-calendar',
			'nextcloud-files',
			'nextcloud-calendar'
		],
		audience: ['associations'],
		level: 'beginner',
		language: 'en',
		source: 'library',
		summary:
			'An overview, in English, of what moving out of Google Workspace involves for a small association: mail, files, calendars and documents.',
		body: `Many French associations run on Google Workspace, often on a free or discounted plan. Leaving it is less daunting than it looks if you take it one service at a time.

## Mail first, or mail last?

Email is the hardest part to move because the address is printed everywhere. If your association already owns its **domain name**, you can change the mail host without changing addresses: this is the ideal case. If your addresses end in gmail.com, plan the move for last, and announce the new addresses well in advance.

## Files and documents

Export your Drive with Google Takeout, choosing open formats. A shared Nextcloud, from an ethical host or a provider, gives you shared folders, desktop sync and online editing. Keep the old Drive read-only for a month.

## Calendars and contacts

Calendars export as \`.ics\` files and contacts as \`.vcf\` files. Both import into Nextcloud in a few clicks. On Android phones, a small app such as DAVx⁵ keeps them in sync; iPhones support the same standards natively.

## What usually goes wrong

- Documents owned by personal accounts that nobody can access any more.
- Forms still collecting answers in the old account after the move.
- People who keep using the old tools because nobody told them about the new ones.

## A realistic pace

For a small association, count three to six months, one service at a time, with a short training session each time. The aim is not to be pure overnight: it is to end up with tools the association owns and understands.`
	},

	// Practical sheets
	{
		title: 'Fiche pratique : créer un sondage de dates avec Framadate',
		type: 'practical-sheet',
		themes: ['events', 'collaboration'],
		planSteps: ['training'],
		tools: ['doodle', 'framadate'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		summary:
			'Pas à pas, créer un sondage pour fixer la date de la prochaine réunion, sans compte et sans publicité.',
		body: `Trouver une date qui convient à tout le bureau ne devrait pas exiger de créer un compte ni de subir de la publicité. Framadate fait ce travail simplement.

## Créer le sondage

1. Ouvrez l’instance Framadate de votre hébergeur et choisissez **Créer un sondage spécial dates**.
2. Indiquez votre nom, le titre (« Réunion de bureau de mars ») et, si vous le souhaitez, votre adresse pour être prévenu des réponses.
3. Choisissez les jours dans le calendrier, puis ajoutez un ou plusieurs horaires par jour.
4. Fixez une date d’expiration : le sondage sera supprimé automatiquement ensuite.

## Partager le lien

Framadate donne deux liens : **le lien public**, à envoyer aux participants, et **le lien d’administration**, à garder pour vous. Ne les confondez pas : quiconque a le lien d’administration peut modifier ou supprimer le sondage.

## Répondre

Chaque personne écrit son prénom et coche **Oui**, **Si nécessaire** ou **Non** pour chaque créneau. Personne n’a besoin de compte.

## Conclure

Quand les réponses sont arrivées, le meilleur créneau apparaît en tête. Annoncez la date retenue, puis fermez le sondage depuis le lien d’administration.

> Astuce : pour un sondage sur autre chose qu’une date (le choix d’un lieu, d’un nom de projet), choisissez « sondage classique ».`
	},
	{
		title: 'Fiche pratique : exporter ses contacts et agendas Google',
		type: 'practical-sheet',
		themes: ['collaboration'],
		planSteps: ['process-adaptation'],
		tools: ['google-calendar', 'gmail', 'nextcloud-calendar', 'davx5'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'notebooks',
		summary:
			'Récupérer les agendas au format .ics et les contacts au format .vcf, puis les importer dans Nextcloud et les synchroniser avec son téléphone.',
		body: `Les agendas et les carnets d’adresses sont souvent oubliés lors d’une migration. Ils se récupèrent pourtant en quelques minutes, dans des formats standards.

## Exporter les agendas

1. Dans Google Agenda, ouvrez **Paramètres**, puis **Importer et exporter**.
2. Cliquez sur **Exporter** : vous obtenez une archive contenant un fichier \`.ics\` par agenda.
3. Décompressez l’archive et renommez les fichiers de façon claire (\`permanences.ics\`, \`bureau.ics\`).

## Exporter les contacts

1. Ouvrez Google Contacts et sélectionnez les contacts (ou un libellé entier).
2. Choisissez **Exporter** au format **vCard** : vous obtenez un fichier \`.vcf\`.

## Importer dans Nextcloud

- Dans l’application Agenda, créez un agenda du même nom puis utilisez **Importer un agenda** avec le fichier \`.ics\`.
- Dans l’application Contacts, choisissez **Importer des contacts** avec le fichier \`.vcf\`.

Partagez ensuite les agendas d’équipe avec le groupe concerné, en lecture seule ou en écriture.

## Synchroniser avec son téléphone

Sur Android, l’application DAVx⁵ synchronise agendas et contacts de Nextcloud avec les applications habituelles du téléphone. Sur iPhone, ajoutez un compte CalDAV et CardDAV dans les réglages. Dans les deux cas, l’adresse du serveur est indiquée dans les paramètres de Nextcloud.

> Vérifiez une dernière fois les événements récurrents et les rappels : ce sont eux qui se transfèrent le moins bien.`
	},
	{
		title: 'Fiche pratique : rédiger la charte d’usage des outils numériques',
		type: 'practical-sheet',
		themes: ['governance', 'data-protection'],
		planSteps: ['integration'],
		tools: [],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'federation',
		summary:
			'Une trame courte pour écrire, avec l’équipe, les règles communes : quel outil pour quel usage, qui gère les accès, que faire en partant.',
		body: `Une charte d’usage évite que chacun réinvente ses propres habitudes et que les anciens outils reviennent par la petite porte. Elle tient sur une ou deux pages.

## Ce que la charte doit contenir

- **Quel outil pour quel usage.** Par exemple : les documents dans Nextcloud, les discussions dans le salon Element du bureau, les dates dans Framadate. Un tableau de cinq lignes suffit.
- **Qui gère les comptes.** Nommez une ou deux personnes chargées de créer et de fermer les accès.
- **Les données personnelles.** Où se trouve le fichier des adhérents, qui peut le consulter, ce qu’on ne copie jamais ailleurs.
- **L’arrivée et le départ.** Ce qu’on donne à une personne qui arrive (comptes, formation, fiche d’accueil) et ce qu’on récupère quand elle part.
- **Le droit à la déconnexion.** Pas d’obligation de répondre le soir ou le week-end.

## Comment l’écrire

Rédigez-la à plusieurs, sur un pad collaboratif, en une réunion. Partez des situations vécues plutôt que de principes abstraits. Une charte écrite par le seul président sera peu lue ; une charte discutée en équipe sera appliquée.

## La faire vivre

Présentez-la aux nouveaux bénévoles, affichez-la dans le dossier partagé, et relisez-la chaque année, par exemple juste avant l’assemblée générale.

> Une bonne charte est assez courte pour être lue jusqu’au bout.`
	},
	{
		title: 'Fiche pratique : organiser l’assemblée générale en visioconférence avec BigBlueButton',
		type: 'practical-sheet',
		themes: ['governance', 'events'],
		planSteps: ['integration'],
		tools: ['zoom', 'bigbluebutton'],
		audience: ['associations'],
		level: 'intermediate',
		language: 'fr',
		source: 'federation',
		summary:
			'Préparer une assemblée générale à distance ou hybride : vérifier les statuts, tester la salle, organiser les votes et rédiger le procès-verbal.',
		body: `Une assemblée générale à distance doit rester une vraie assemblée : chaque membre doit pouvoir s’exprimer et voter. BigBlueButton offre les fonctions nécessaires, à condition de s’y préparer.

## Avant : vérifier les statuts

Les statuts ou le règlement intérieur permettent-ils de délibérer à distance ? Si ce n’est pas prévu, renseignez-vous sur les règles applicables et, au besoin, proposez une modification des statuts pour les années suivantes.

## Deux semaines avant : tester

- Demandez une salle à votre hébergeur ou à votre prestataire.
- Faites une répétition avec deux ou trois personnes : son, partage d’écran, sondages.
- Préparez les diapositives (ordre du jour, rapports, résolutions) au format PDF.

## Le jour J : les rôles

- **Un animateur** qui distribue la parole.
- **Un modérateur technique** qui aide les personnes en difficulté par la discussion privée.
- **Un secrétaire de séance** qui prend les notes.

Ouvrez la salle trente minutes avant : les premières minutes servent toujours à régler des micros.

## Les votes

Les sondages intégrés conviennent aux votes à main levée. Pour un vote à bulletin secret ou une élection, utilisez un outil de vote dédié et annoncez-le dans la convocation.

## Après

Le procès-verbal mentionne le mode de réunion, le nombre de membres présents et représentés et le résultat de chaque vote. Si la séance est enregistrée, prévenez les participants au début et précisez la durée de conservation.`
	},
	{
		title: 'Fiche pratique : remplacer le groupe WhatsApp du bureau',
		type: 'practical-sheet',
		themes: ['communication', 'collaboration'],
		planSteps: ['process-adaptation', 'integration'],
		tools: ['whatsapp', 'element', 'signal'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'collective',
		summary:
			'Choisir entre Signal et Element, préparer la bascule, accompagner chaque membre et fermer proprement l’ancien groupe.',
		body: `Le groupe WhatsApp du bureau est souvent le premier outil qu’on a envie de remplacer, et le plus délicat : il touche au téléphone personnel de chacun.

## Signal ou Element ?

- **Signal** est le plus simple : l’application ressemble à WhatsApp et la bascule est quasi immédiate. En revanche, le service est centralisé et exige un numéro de téléphone.
- **Element** (sur le réseau Matrix) demande un peu plus d’efforts, mais offre des salons par commission, un historique complet pour les nouveaux arrivants et le choix de son serveur, y compris chez un hébergeur CHATONS.

Pour un bureau de cinq personnes, Signal suffit souvent. Pour une association avec plusieurs commissions et des bénévoles qui tournent, Element s’impose.

## Préparer la bascule

1. Choisissez une date, de préférence après une réunion où vous aurez expliqué le changement.
2. Créez le nouveau groupe ou les nouveaux salons **avant** la date, avec un message d’accueil.
3. Proposez une aide à l’installation pendant la réunion : dix minutes, téléphone en main.

## Le jour de la bascule

Postez un dernier message dans WhatsApp avec le lien d’invitation, puis passez le groupe en mode « seuls les administrateurs peuvent écrire ». Ne le supprimez pas tout de suite : il rassure pendant quelques semaines.

## Les personnes qui ne suivent pas

Il y en aura. Plutôt que de maintenir deux groupes, désignez une personne qui relaie les informations importantes par SMS ou par courriel, le temps que chacun s’y mette.`
	},
	{
		title: 'Fiche pratique : transférer un gros fichier sans WeTransfer',
		type: 'practical-sheet',
		themes: ['collaboration', 'data-protection'],
		planSteps: ['training'],
		tools: ['wetransfer', 'lufi', 'nextcloud-files'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		summary:
			'Envoyer des photos d’événement ou une vidéo à un partenaire avec Lufi ou un lien de partage Nextcloud, en protégeant le contenu.',
		body: `Les photos du festival, le montage vidéo de l’assemblée, le dossier de subvention avec ses annexes : les fichiers trop lourds pour un courriel sont fréquents. Deux solutions libres remplacent WeTransfer.

## Avec Lufi : l’envoi ponctuel

1. Ouvrez le service Lufi de votre hébergeur.
2. Choisissez la **durée de disponibilité** (un jour, une semaine…) et cochez, si besoin, **supprimer après le premier téléchargement**.
3. Déposez vos fichiers : ils sont chiffrés dans votre navigateur avant l’envoi.
4. Copiez le lien obtenu et envoyez-le au destinataire.

Le serveur ne peut pas lire vos fichiers : la clé de chiffrement fait partie du lien. **Conservez donc bien le lien complet**, sans le tronquer.

## Avec Nextcloud : le partage qui dure

Si l’association a un Nextcloud, faites un clic droit sur le fichier ou le dossier, puis **Partager par lien public**. Ajoutez un mot de passe et une date d’expiration, puis envoyez le lien et, par un autre canal, le mot de passe.

Cette option convient quand le destinataire doit pouvoir revenir chercher les fichiers, ou quand vous voulez recevoir des fichiers en retour grâce au dépôt de fichiers.

## Quelle option choisir ?

- Envoi unique, à une personne extérieure : **Lufi**.
- Échange régulier avec un partenaire : **Nextcloud**.

> Dans les deux cas, évitez d’envoyer des données personnelles sensibles sans mot de passe ni date d’expiration.`
	},
	{
		title: 'Fiche pratique : passer des formulaires Google à Framaforms',
		type: 'practical-sheet',
		themes: ['events', 'finance-members'],
		planSteps: ['process-adaptation'],
		tools: ['google-forms', 'yakforms'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		summary:
			'Recréer un formulaire d’inscription, récupérer les anciennes réponses et prévenir les personnes qui avaient l’ancien lien.',
		body: `Les formulaires d’inscription et d’adhésion sont souvent les derniers liens vers Google encore actifs. Voici comment les déplacer sans perdre de réponses.

## Récupérer les anciennes réponses

Dans Google Forms, ouvrez l’onglet **Réponses** et téléchargez-les au format CSV. Rangez ce fichier dans le dossier protégé de l’association : il contient des données personnelles.

## Recréer le formulaire

Framaforms, qui fonctionne avec le logiciel Yakforms, propose les mêmes types de champs : texte court, choix multiples, cases à cocher, dates, envoi de fichiers. Profitez-en pour supprimer les questions inutiles. Ajoutez en haut du formulaire une phrase qui explique à quoi servent les données et combien de temps elles sont conservées.

## Paramétrer les réponses

- Activez la notification par courriel à chaque nouvelle réponse si une personne suit les inscriptions au fil de l’eau.
- Limitez l’accès aux résultats aux seules personnes qui en ont besoin.
- Fixez une date de fermeture pour les inscriptions à un événement.

## Remplacer l’ancien lien partout

Listez les endroits où l’ancien lien apparaît : site web, signature de courriel, affiches, réseaux sociaux, lettre d’information. Puis, dans Google Forms, **désactivez l’acceptation des réponses** et écrivez un message qui renvoie vers le nouveau formulaire.

## Exporter régulièrement

Les réponses s’exportent en CSV ou au format tableur. Un export mensuel vers le dossier de l’association évite qu’elles ne restent attachées au compte d’une seule personne.`
	},
	{
		title: 'Fiche pratique : faire l’inventaire des comptes et des accès',
		type: 'practical-sheet',
		themes: ['data-protection', 'governance'],
		planSteps: ['needs-assessment', 'continuous-adaptation'],
		tools: [],
		audience: ['associations', 'providers'],
		level: 'beginner',
		language: 'fr',
		source: 'network',
		summary:
			'Un tableau simple pour savoir quels comptes possède l’association, qui y a accès et comment les récupérer en cas de départ.',
		body: `Combien de comptes en ligne votre association possède-t-elle ? La plupart des bureaux sous-estiment ce nombre de moitié. Cet inventaire est la base de toute transition, et il se met à jour ensuite une fois par an.

## Les colonnes du tableau

- **Service** : banque en ligne, hébergeur du site, nom de domaine, réseaux sociaux, messagerie, stockage, plateforme de billetterie…
- **Identifiant** : l’adresse ou le nom utilisé pour se connecter.
- **Adresse de récupération** : l’adresse qui reçoit les réinitialisations de mot de passe. Est-ce une adresse de l’association, ou celle d’une personne ?
- **Personnes ayant accès** : prénoms et fonctions.
- **Double authentification** : activée ou non, et sur quel téléphone.
- **Coût et échéance** : notamment pour le nom de domaine, qu’il ne faut jamais laisser expirer.

## Les points d’alerte

Entourez en rouge les comptes dont l’adresse de récupération est personnelle, ceux qu’une seule personne connaît et ceux dont personne ne se souvient du mot de passe. Ce sont vos priorités.

## Ranger les mots de passe

Un gestionnaire de mots de passe partagé, libre, évite les mots de passe notés sur un carnet ou envoyés par message. Réservez l’accès aux personnes qui en ont besoin et changez les mots de passe quand quelqu’un quitte le bureau.

> Le tableau lui-même est sensible : rangez-le dans un espace protégé, jamais dans un document partagé à tous les bénévoles.`
	},
	{
		title: 'Fiche pratique : mesurer la fréquentation du site sans Google Analytics',
		type: 'practical-sheet',
		themes: ['communication', 'data-protection'],
		planSteps: ['tool-choice', 'process-adaptation'],
		tools: ['google-analytics', 'matomo', 'plausible'],
		audience: ['associations', 'providers'],
		level: 'intermediate',
		language: 'fr',
		source: 'notebooks',
		summary:
			'Remplacer Google Analytics par Matomo ou Plausible, se passer du bandeau cookies quand c’est possible et ne garder que les chiffres utiles.',
		body: `Beaucoup de sites associatifs embarquent Google Analytics sans que personne ne consulte jamais les statistiques. Avant de le remplacer, demandez-vous ce que vous voulez vraiment savoir.

## Trois questions utiles

- Combien de personnes visitent le site chaque mois, et la tendance monte-t-elle ?
- Quelles pages sont les plus lues ?
- D’où viennent les visiteurs (moteur de recherche, réseaux sociaux, lettre d’information) ?

Si ces trois réponses vous suffisent, un outil léger fera parfaitement l’affaire.

## Matomo

Matomo est l’outil libre le plus complet. La CNIL a publié des recommandations pour le configurer de façon à être **dispensé de recueil du consentement** : anonymisation des adresses IP, durée de vie limitée des cookies, pas de croisement avec d’autres données. Il s’installe sur votre hébergement ou s’obtient auprès d’un prestataire.

## Plausible

Plausible n’utilise pas de cookie et présente tout sur une seule page très lisible. Sa version communautaire s’héberge sur son propre serveur, ce qui suppose un peu d’administration.

## La bascule

1. Installez le nouvel outil et ajoutez son code de suivi au site.
2. Laissez tourner les deux outils un mois pour comparer les chiffres.
3. Retirez Google Analytics, puis simplifiez ou supprimez le bandeau cookies s’il n’a plus de raison d’être.

> Des chiffres plus modestes qu’avant ne veulent pas dire moins de visiteurs : les outils comptent différemment.`
	},
	{
		title: 'Practical sheet: running a board meeting on Jitsi Meet',
		type: 'practical-sheet',
		themes: ['governance', 'collaboration'],
		planSteps: ['integration'],
		tools: ['zoom', 'jitsi-meet'],
		audience: ['associations'],
		level: 'beginner',
		language: 'en',
		source: 'collective',
		summary:
			'A checklist, in English, for holding a board meeting on Jitsi Meet: before, during and after the meeting.',
		body: `Jitsi Meet runs in the browser: no account, no installation, just a link. That simplicity makes it a good fit for board meetings of up to a dozen people.

## Before the meeting

- Pick a room name that is hard to guess, such as \`board-riverside-choir-2025-03\`, rather than \`board\`.
- Send the link with the agenda, at least a week ahead.
- Suggest that people join from a computer with headphones; phones work too, through the Jitsi Meet app.

## At the start

- Open the room ten minutes early.
- Set a **lobby** or a password if the link may have been forwarded.
- Ask everyone to mute when not speaking, and agree on how to ask for the floor: the raise-hand button works well.

## During the meeting

- Share the agenda on screen, or paste the link to a shared pad in the chat.
- Take the minutes in an Etherpad, visible to all: decisions get checked as they are written.
- If the connection is poor, turn off video and keep audio only.

## After the meeting

- Copy the final minutes from the pad to the association's shared folder.
- Note decisions and owners in the transition plan.

## When Jitsi is not enough

For a general assembly with fifty members, polls and breakout rooms, prefer BigBlueButton. Jitsi shines for small, regular meetings.`
	},

	// Tool sheets
	{
		title: 'Fiche outil : Nextcloud, le couteau suisse de l’association',
		type: 'tool-sheet',
		themes: ['collaboration', 'hosting'],
		planSteps: ['tool-choice'],
		tools: [
			'nextcloud-files',
			'nextcloud-calendar',
			'nextcloud-talk',
			'nextcloud-deck',
			'nextcloud-office'
		],
		audience: ['associations', 'providers'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		summary:
			'Ce que Nextcloud permet de faire, ce qu’il demande, et les questions à se poser avant de l’adopter comme plateforme commune.',
		body: `Nextcloud est souvent la pièce centrale d’une transition : une seule plateforme pour les fichiers, les agendas, les contacts, les discussions et bien plus.

## Ce qu’il fait

- **Fichiers** : dossiers d’équipe, partage par lien, synchronisation sur ordinateur et téléphone, historique des versions, corbeille.
- **Documents** : édition à plusieurs des textes, tableurs et présentations avec Nextcloud Office.
- **Agenda et contacts** : partagés par groupe, synchronisés avec les téléphones.
- **Talk** : discussions et visioconférences.
- **Deck** : tableaux kanban pour suivre les projets.
- Des centaines d’applications complémentaires : formulaires, sondages, notes…

## Ce qu’il demande

Un hébergement (chez un membre du collectif CHATONS, un prestataire ou en interne) et une personne référente qui crée les comptes et les groupes. Les mises à jour du serveur relèvent de l’hébergeur.

## Les bonnes questions

- Combien d’espace de stockage nous faut-il, et combien coûte-t-il ?
- Qui, dans l’équipe, sera la personne référente ?
- Quelles applications activer au départ ? **Commencez petit** : fichiers et agenda, puis le reste.

## Points d’attention

Avec trop d’applications activées d’emblée, l’interface déroute. Et l’édition en ligne de documents demande un serveur un peu plus puissant : vérifiez-le avec votre hébergeur.

> Nextcloud n’est pas un outil qu’on installe, c’est un espace qu’on organise. Le temps passé à définir les groupes et les dossiers se récupère au centuple.`
	},
	{
		title: 'Fiche outil : CryptPad, la bureautique chiffrée sans compte',
		type: 'tool-sheet',
		themes: ['collaboration', 'data-protection'],
		planSteps: ['tool-choice'],
		tools: ['cryptpad', 'google-docs', 'office-365'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		summary:
			'Documents, tableurs, formulaires et kanban chiffrés de bout en bout : à quoi sert CryptPad et quand le préférer à d’autres outils.',
		body: `CryptPad est une suite collaborative développée en France, dont la particularité est le **chiffrement de bout en bout** : même l’hébergeur ne peut pas lire vos documents.

## Ce qu’il propose

- Texte enrichi, tableur, présentations, code et Markdown.
- Formulaires, tableaux kanban, tableau blanc.
- Un « CryptDrive » pour ranger ses documents, et des équipes pour les partager.

On peut l’utiliser **sans créer de compte** : les documents restent alors liés au navigateur. Avec un compte, on les retrouve partout.

## Quand le choisir

- Pour les documents sensibles : dossiers de bénéficiaires, échanges avec des avocats, préparation d’un conflit social.
- Pour collaborer ponctuellement avec des personnes extérieures sans leur imposer un compte.
- Quand l’association n’a pas encore de plateforme commune et veut commencer simplement.

## Ses limites

- **Perdre son mot de passe, c’est perdre ses documents** : le chiffrement rend toute récupération impossible. Notez-le dans le gestionnaire de mots de passe de l’association.
- L’édition de très gros tableurs est plus lente qu’avec un logiciel installé.

## Où le trouver

Plusieurs hébergeurs du collectif CHATONS proposent CryptPad gratuitement, et l’instance officielle accueille aussi les utilisateurs. Un prestataire peut également l’installer pour vous.`
	},
	{
		title: 'Fiche outil : Paheko pour les adhésions et la comptabilité',
		type: 'tool-sheet',
		themes: ['finance-members'],
		planSteps: ['tool-choice'],
		tools: ['paheko', 'google-sheets'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'federation',
		summary:
			'Gestion des membres, cotisations, comptabilité en partie double et reçus fiscaux : ce que Paheko apporte aux petites et moyennes associations.',
		body: `Paheko, anciennement Garradin, est un logiciel libre de gestion associative conçu en France, pour les associations françaises.

## Ce qu’il gère

- **Les membres** : fiches personnalisables, catégories, historique des cotisations, recherche et export.
- **Les cotisations** : tarifs, relances automatiques par courriel, suivi des paiements.
- **La comptabilité** : en partie double, avec le plan comptable associatif, rapprochement bancaire, bilan et compte de résultat.
- **Les reçus fiscaux** pour les dons.
- Un petit site web et des modules complémentaires (réservations, caisse…).

## Pourquoi quitter le tableur

Un tableur partagé fonctionne tant qu’une seule personne le tient. Dès que le trésorier change, que deux personnes l’éditent ou qu’un adhérent demande la suppression de ses données, il montre ses limites. Paheko gère des droits d’accès par personne et garde une trace des modifications.

## Comment l’obtenir

Paheko s’installe sur un hébergement web ordinaire, ou s’utilise en ligne grâce au service d’hébergement proposé par son équipe de développement. Plusieurs prestataires l’installent et forment les trésoriers.

## La migration

Les membres s’importent depuis un fichier CSV : nettoyez d’abord votre tableur (une ligne par membre, une colonne par information). Pour la comptabilité, démarrez de préférence au début d’un exercice, en reprenant le bilan d’ouverture.

> Prévoyez une séance de prise en main avec le ou la trésorière : c’est elle qui fera vivre l’outil.`
	},
	{
		title: 'Fiche outil : Mobilizon pour publier ses événements',
		type: 'tool-sheet',
		themes: ['events', 'communication'],
		planSteps: ['tool-choice', 'integration'],
		tools: ['mobilizon', 'facebook-events-groups'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'collective',
		summary:
			'Publier ses événements et animer un groupe sans obliger le public à avoir un compte Facebook : les forces et les limites de Mobilizon.',
		body: `Mobilizon est un logiciel libre conçu par Framasoft pour organiser des événements et des groupes, sans publicité ni pistage.

## Ce qu’il permet

- Publier des événements avec date, lieu, description et nombre de places.
- Laisser le public **s’inscrire sans créer de compte**, avec une simple adresse.
- Animer un groupe : membres, discussions, ressources partagées, événements du groupe.
- Être visible au-delà de son instance grâce à la fédération entre instances.

## Pour qui

Pour les associations qui organisent régulièrement des ateliers, sorties, conférences ou fêtes, et qui veulent que leur public puisse s’y inscrire sans dépendre de Facebook.

## Les limites honnêtes

Mobilizon ne remplace pas l’audience de Facebook : le public n’y est pas (encore) massivement. La stratégie réaliste consiste à **publier d’abord sur Mobilizon**, puis à partager le lien ailleurs, y compris sur les réseaux où se trouve votre public. Petit à petit, le lien Mobilizon devient la référence.

## Comment démarrer

1. Choisissez une instance proche de vous ou de vos valeurs, par exemple une instance régionale.
2. Créez un profil pour l’association, puis un groupe.
3. Publiez vos trois prochains événements et mettez le lien sur votre site.

> Astuce : chaque événement Mobilizon s’ajoute en un clic à un agenda personnel, au format standard \`.ics\`.`
	},
	{
		title: 'Fiche outil : PeerTube pour les vidéos de l’association',
		type: 'tool-sheet',
		themes: ['communication'],
		planSteps: ['tool-choice'],
		tools: ['peertube', 'youtube'],
		audience: ['associations'],
		level: 'intermediate',
		language: 'fr',
		source: 'library',
		summary:
			'Héberger et diffuser ses vidéos sans publicité ni recommandations imposées : comment fonctionne PeerTube et comment choisir une instance.',
		body: `PeerTube est une plateforme vidéo libre et fédérée, développée par Framasoft. Chaque instance est gérée par une structure différente, et les instances peuvent se suivre entre elles.

## Ce qu’il offre

- Hébergement de vidéos sans publicité, sans recommandations que vous ne maîtrisez pas.
- Diffusion en direct, sous-titres, chapitres, listes de lecture.
- Intégration facile dans le site de l’association.
- Un partage de la bande passante entre spectateurs pour les vidéos très regardées.

## Choisir une instance

Certaines instances sont thématiques (éducation populaire, culture, environnement), d’autres régionales. Regardez les conditions d’inscription, l’espace de stockage accordé et la charte de modération. Un prestataire ou un membre du collectif CHATONS peut aussi héberger une instance pour votre réseau.

## Ce qu’il ne fait pas

PeerTube n’apporte pas l’audience de YouTube. Pour être vues, vos vidéos doivent être partagées : site, lettre d’information, réseaux sociaux. Pour beaucoup d’associations, c’est suffisant : leurs vidéos s’adressent d’abord à leurs membres et partenaires.

## Migrer ses vidéos

Si l’instance l’autorise, PeerTube sait importer une vidéo à partir de son adresse sur une autre plateforme, en conservant titre et description. Commencez par les vidéos les plus utiles, remplacez les liens sur votre site, puis décidez si la chaîne YouTube reste en vitrine ou ferme.`
	},
	{
		title: 'Fiche outil : Jitsi Meet pour les réunions à distance',
		type: 'tool-sheet',
		themes: ['collaboration'],
		planSteps: ['tool-choice', 'training'],
		tools: ['jitsi-meet', 'zoom'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		summary:
			'La visioconférence libre la plus simple : sans compte, dans le navigateur. Ce qu’elle fait bien, ses limites, et quelques réglages utiles.',
		body: `Jitsi Meet est la visioconférence libre la plus facile d’accès : on ouvre un lien dans le navigateur, et la réunion commence.

## Ses points forts

- **Aucun compte** pour les participants, et aucune installation sur ordinateur.
- Une application pour téléphone, libre elle aussi.
- Partage d’écran, discussion écrite, main levée, salle d’attente, mot de passe.
- De nombreux hébergeurs, dont plusieurs membres du collectif CHATONS, proposent des instances.

## Ses limites

Au-delà d’une trentaine de participants avec caméra, la qualité baisse, surtout sur les connexions modestes. Pour une assemblée générale nombreuse ou une formation avec sondages et sous-groupes, BigBlueButton est plus adapté.

## Réglages utiles

- Choisissez un **nom de salle difficile à deviner**.
- Activez la **salle d’attente** pour les réunions ouvertes au public.
- Demandez aux participants de couper leur caméra si la connexion est faible : le son passe avant l’image.
- Utilisez un casque pour éviter l’écho.

## Pour la réunion régulière

Gardez une salle fixe pour chaque instance de l’association (bureau, commissions) et notez les liens dans la charte d’usage. Les habitudes s’installent vite quand le lien ne change pas.`
	},
	{
		title: 'Fiche outil : Element et Matrix pour la messagerie d’équipe',
		type: 'tool-sheet',
		themes: ['communication', 'collaboration'],
		planSteps: ['tool-choice'],
		tools: ['element', 'whatsapp', 'slack'],
		audience: ['associations', 'providers'],
		level: 'intermediate',
		language: 'fr',
		source: 'notebooks',
		summary:
			'Comprendre Matrix et son application Element : salons, espaces, chiffrement, choix du serveur et organisation d’une association en commissions.',
		body: `Matrix est un protocole ouvert de messagerie, comme le courriel : chaque organisation peut avoir son serveur, et tous les serveurs communiquent entre eux. Element est l’application la plus connue pour l’utiliser.

## Les notions à connaître

- **Un salon**, c’est une conversation de groupe : le bureau, la commission festival, les bénévoles du samedi.
- **Un espace** regroupe plusieurs salons : l’espace de l’association contient tous ses salons.
- **Le serveur d’accueil** est l’endroit où est créé votre compte ; vous pouvez discuter avec des personnes inscrites ailleurs.

## Pourquoi l’adopter

- L’historique reste accessible aux nouveaux arrivants dans un salon, ce qui facilite la transmission.
- Les conversations sont chiffrées de bout en bout dans les salons privés.
- On ne donne pas son numéro de téléphone.
- L’association peut choisir un serveur chez un hébergeur de confiance, ou en héberger un.

## Les difficultés courantes

La gestion des clés de chiffrement déroute au début : chacun doit **enregistrer sa clé de récupération**, sinon les anciens messages deviennent illisibles sur un nouveau téléphone. Consacrez-y cinq minutes lors de la séance d’installation.

## Une organisation type

Un espace pour l’association ; un salon d’annonces où seuls quelques membres écrivent ; un salon par commission ; un salon de discussion libre. Cette structure évite la cacophonie du grand groupe unique.`
	},
	{
		title: 'Fiche outil : Sympa et Listmonk pour les lettres d’information',
		type: 'tool-sheet',
		themes: ['communication', 'data-protection'],
		planSteps: ['tool-choice'],
		tools: ['mailchimp', 'sympa', 'listmonk'],
		audience: ['associations', 'providers'],
		level: 'advanced',
		language: 'fr',
		source: 'notebooks',
		summary:
			'Deux outils libres pour remplacer Mailchimp : les listes de diffusion éprouvées de Sympa et les lettres d’information modernes de Listmonk.',
		body: `Quitter Mailchimp, c’est d’abord reprendre la main sur sa liste d’abonnés, une donnée personnelle qui mérite d’être bien gardée. Deux logiciels libres couvrent la plupart des besoins.

## Sympa : la liste de diffusion éprouvée

Sympa gère des listes de diffusion depuis plus de vingt ans, dans les universités comme dans les associations. Il sait faire :

- des lettres d’information, où seuls quelques membres peuvent écrire ;
- des listes de discussion entre membres ;
- la modération, les archives, l’abonnement et le désabonnement autonomes.

Beaucoup d’hébergeurs associatifs le proposent clés en main. Ses envois sont simples, au format texte ou HTML basique.

## Listmonk : la lettre moderne

Listmonk ressemble davantage à Mailchimp : modèles visuels, segmentation des abonnés, statistiques d’ouverture et de clics, désabonnement en un clic. Il demande en revanche un serveur et **un service d’envoi de courriels (SMTP)** fiable : c’est la partie technique, qu’un prestataire peut prendre en charge.

## Migrer ses abonnés

1. Exportez la liste depuis Mailchimp au format CSV, **avec le statut de chaque abonné**.
2. N’importez que les personnes abonnées ; les désabonnés doivent le rester.
3. Envoyez une première lettre qui explique le changement et rappelle comment se désabonner.

## Soigner la délivrabilité

Quel que soit l’outil, configurez les enregistrements SPF, DKIM et DMARC du nom de domaine. Sans eux, vos lettres finiront dans les indésirables.`
	},
	{
		title: 'Tool sheet: kanban boards with Deck and Kanboard',
		type: 'tool-sheet',
		themes: ['collaboration'],
		planSteps: ['tool-choice', 'integration'],
		tools: ['trello', 'nextcloud-deck', 'kanboard', 'wekan'],
		audience: ['associations'],
		level: 'beginner',
		language: 'en',
		source: 'collective',
		summary:
			'Two free alternatives to Trello, in English: Deck inside Nextcloud for teams that already use it, Kanboard as a light standalone board.',
		body: `Kanban boards are a simple way to see who does what: columns such as *To do*, *In progress* and *Done*, and cards that move from one to the next. Many associations use Trello for this. Two free tools do the same job.

## Deck, inside Nextcloud

If your association already has Nextcloud, Deck is the obvious choice:

- boards shared with Nextcloud groups, so new volunteers see them at once;
- cards with labels, due dates, checklists, comments and attached files from Nextcloud;
- due dates that appear in the Nextcloud calendar.

There is nothing extra to host, and people use the account they already have.

## Kanboard, light and standalone

Kanboard is a minimal board that runs on very modest hosting. It suits a small team that wants a board and nothing else. Its interface is plain, but quick to learn. Note that the project is now mostly in maintenance mode: it is stable, with few new features.

## Moving from Trello

Trello exports boards as JSON. Wekan, another free kanban tool, can import them directly. For Deck or Kanboard, the simplest path for a small board is often to recreate it by hand: it takes an hour and is a good time to drop stale cards.

## A tip that helps adoption

Limit the number of boards. One board per project, plus one for the board of directors, is plenty. A tool full of abandoned boards quickly stops being opened.`
	},

	// Videos
	{
		title: 'Vidéo : trois minutes pour comprendre le collectif CHATONS',
		type: 'video',
		themes: ['hosting'],
		planSteps: ['awareness', 'tool-choice'],
		tools: ['nextcloud-files', 'framadate', 'etherpad'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'collective',
		summary:
			'Une courte vidéo animée qui explique ce qu’est un hébergeur CHATONS, ce que garantit sa charte et comment en trouver un près de chez soi.',
		body: `Cette vidéo d’animation de trois minutes présente le collectif CHATONS, pour le projeter en réunion ou le partager avec les bénévoles avant une décision sur l’hébergement.

## Ce que raconte la vidéo

Une petite association de jardins partagés utilise des outils gratuits d’un géant du numérique. Un jour, les conditions changent. La vidéo suit la trésorière qui découvre qu’il existe des hébergeurs d’un autre genre : des associations, coopératives et petites entreprises qui proposent des services en ligne libres, dans le respect d’une charte commune.

## Les points clés à retenir

- CHATONS signifie **Collectif des hébergeurs alternatifs, transparents, ouverts, neutres et solidaires**.
- Les membres s’engagent à utiliser des **logiciels libres**, à ne pas exploiter les données des utilisateurs et à être transparents sur leurs conditions et leur fonctionnement.
- Les services proposés vont du simple sondage de dates (Framadate) ou du pad collaboratif (Etherpad) au stockage de fichiers complet (Nextcloud).
- Le site du collectif permet de chercher un hébergeur par service et par région.

## Pour aller plus loin en réunion

Après la projection, posez deux questions à l’équipe : « Quels services aimerions-nous confier à un hébergeur de ce type ? » et « Qu’attendons-nous de lui en cas de problème ? » Les réponses nourriront directement le choix des outils.

La transcription complète de la vidéo est disponible sur la page d’origine.`
	},
	{
		title: 'Vidéo : prise en main de Nextcloud sur téléphone',
		type: 'video',
		themes: ['training', 'collaboration'],
		planSteps: ['training'],
		tools: ['nextcloud-files', 'nextcloud-calendar'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		summary:
			'Un tutoriel vidéo de huit minutes pour installer l’application Nextcloud, retrouver les dossiers de l’association et envoyer une photo depuis son téléphone.',
		body: `Ce tutoriel de huit minutes accompagne pas à pas l’installation et les premiers usages de Nextcloud sur téléphone Android et iPhone. Il s’adresse aux bénévoles qui n’ont jamais utilisé l’outil.

## Le déroulé de la vidéo

1. **Installer l’application** Nextcloud depuis le magasin d’applications (ou F-Droid sur Android).
2. **Se connecter** : saisir l’adresse du serveur de l’association, puis son identifiant. La vidéo montre où trouver cette adresse.
3. **Retrouver les dossiers partagés** de l’association et les marquer en favoris.
4. **Envoyer une photo** prise pendant un événement directement dans le bon dossier.
5. **Rendre un fichier disponible hors ligne**, pour consulter le planning des bénévoles sans réseau.
6. **Partager un lien** vers un document avec une personne extérieure.

## Les erreurs fréquentes montrées

- Confondre l’adresse du serveur avec l’adresse de courriel.
- Activer l’envoi automatique de **toutes** les photos du téléphone vers l’espace de l’association : la vidéo montre comment le désactiver.

## Bonus : l’agenda

La dernière minute montre comment afficher l’agenda partagé de l’association dans l’agenda du téléphone, grâce à la synchronisation CalDAV.

## Utiliser cette vidéo en formation

Projetez-la une première fois sans interruption, puis refaites chaque étape ensemble, téléphone en main. Prévoyez l’adresse du serveur écrite au tableau.`
	},
	{
		title: 'Vidéo : où vont les données de votre association ?',
		type: 'video',
		themes: ['data-protection'],
		planSteps: ['awareness'],
		tools: ['gmail', 'google-drive', 'whatsapp', 'google-forms'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'federation',
		summary:
			'Une vidéo de sensibilisation de douze minutes qui suit le parcours d’une inscription à un atelier, du formulaire en ligne jusqu’aux serveurs des géants du numérique.',
		body: `Cette vidéo de douze minutes a été conçue pour ouvrir une soirée de sensibilisation ou une réunion de conseil d’administration. Elle ne culpabilise personne : elle rend visible ce qui ne l’est pas.

## Le fil de la vidéo

On suit Nadia, qui s’inscrit à un atelier de réparation de vélos. Son inscription passe par un formulaire en ligne, la confirmation arrive sur une adresse Gmail, le planning est partagé dans un Google Drive et les rappels sont envoyés dans un groupe WhatsApp. À chaque étape, une carte montre **où sont stockées ses données**, qui peut y accéder et selon quelles règles.

## Les notions expliquées

- La différence entre **gratuit** et **sans contrepartie**.
- Les **métadonnées** : qui parle à qui, quand et d’où, même quand les messages sont chiffrés.
- Les **transferts de données hors de l’Union européenne** et ce qu’en dit le RGPD.
- La **dépendance** : ce qui arrive quand un service change ses conditions ou ferme.

## La fin de la vidéo

La même inscription est refaite avec des outils libres hébergés par une association locale. Le parcours est aussi simple pour Nadia, mais les données restent sous la responsabilité claire de l’association.

## Questions pour le débat

- Quelles données de nos adhérents passent aujourd’hui par des outils que nous ne maîtrisons pas ?
- Lesquelles nous semblent les plus sensibles ?
- Par où pourrions-nous commencer ?`
	},
	{
		title: 'Vidéo : tenir la trésorerie avec LibreOffice Calc',
		type: 'video',
		themes: ['finance-members', 'training'],
		planSteps: ['training'],
		tools: ['libreoffice', 'office-365', 'google-sheets'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'notebooks',
		summary:
			'Un tutoriel vidéo de quinze minutes pour construire un journal de trésorerie simple dans LibreOffice Calc, avec totaux, filtres et tableau croisé.',
		body: `Toutes les associations n’ont pas besoin d’un logiciel de comptabilité. Pour une petite structure bénévole, un tableur bien construit suffit souvent. Ce tutoriel de quinze minutes montre comment le faire avec LibreOffice Calc.

## Ce que vous construirez

Un journal de trésorerie avec une ligne par opération : date, libellé, catégorie, recette, dépense, moyen de paiement et numéro de pièce justificative.

## Les étapes montrées

1. Créer l’en-tête et **figer la première ligne** pour la garder visible.
2. Mettre les colonnes recettes et dépenses au **format monétaire**.
3. Ajouter une **liste déroulante** pour les catégories (cotisations, subventions, achats, locations…), afin d’éviter les fautes de frappe.
4. Calculer le **solde courant** avec une formule simple.
5. Activer l’**autofiltre** pour retrouver toutes les dépenses d’une catégorie.
6. Créer un **tableau croisé dynamique** qui résume recettes et dépenses par catégorie, prêt pour l’assemblée générale.

## Le format du fichier

La vidéo explique pourquoi enregistrer au format ouvert \`.ods\`, et comment exporter en PDF pour diffuser le bilan, ou en \`.xlsx\` pour un partenaire qui le demande.

## Quand passer à un vrai logiciel

Dès que l’association emploie des salariés, reçoit des subventions importantes ou doit produire des comptes annuels certifiés, un logiciel de comptabilité comme Paheko devient plus sûr qu’un tableur.`
	},

	// Webinars
	{
		title: 'Webinaire : réussir le diagnostic numérique de son association',
		type: 'webinar',
		themes: ['governance'],
		planSteps: ['needs-assessment'],
		tools: [],
		audience: ['associations', 'providers'],
		level: 'beginner',
		language: 'fr',
		source: 'network',
		summary:
			'Le compte rendu d’un webinaire d’une heure : les étapes d’un diagnostic numérique, les pièges à éviter et les retours de trois associations.',
		body: `Ce webinaire d’une heure réunissait une accompagnatrice du numérique associatif et trois associations qui venaient de réaliser leur diagnostic. Voici ce qu’il faut en retenir.

## Pourquoi un diagnostic ?

Changer d’outils sans diagnostic, c’est risquer de remplacer un outil qui fonctionnait bien et d’oublier celui qui posait vraiment problème. Le diagnostic sert à **décider des priorités**, pas à juger l’existant.

## Les quatre étapes présentées

1. **Recenser les usages** : que fait l’association, avec quels outils, par qui.
2. **Évaluer la dépendance** : comptes personnels, données sensibles, coûts cachés, outils qu’on ne pourrait pas quitter facilement.
3. **Écouter les personnes** : un court questionnaire aux bénévoles et salariés sur ce qui les aide et ce qui les gêne.
4. **Restituer** : une synthèse d’une page, présentée au conseil d’administration, avec trois priorités.

## Les pièges cités par les participants

- Ne faire le diagnostic qu’avec les personnes à l’aise avec le numérique.
- Oublier les outils « invisibles » : nom de domaine, banque en ligne, billetterie.
- Produire un rapport de trente pages que personne ne lira.

## Ce qu’ont dit les associations

> « Le diagnostic nous a surtout montré que tout reposait sur deux personnes. » — une association d’éducation populaire

> « On pensait devoir tout changer. Finalement, trois outils posaient problème, pas quinze. » — un club sportif

L’enregistrement et les supports sont disponibles sur la page d’origine.`
	},
	{
		title: 'Webinaire : conduite du changement, accueillir les résistances',
		type: 'webinar',
		themes: ['governance', 'training'],
		planSteps: ['awareness', 'integration'],
		tools: [],
		audience: ['associations', 'providers'],
		level: 'intermediate',
		language: 'fr',
		source: 'network',
		summary:
			'Pourquoi les résistances au changement d’outils sont normales et utiles, et comment les accompagner sans forcer : synthèse d’un webinaire.',
		body: `Ce webinaire d’une heure et demie, animé par une formatrice en conduite du changement, portait sur une question que toutes les associations rencontrent : que faire quand une partie de l’équipe ne veut pas changer d’outils ?

## Les résistances sont des informations

Une personne qui refuse le nouvel outil dit souvent quelque chose d’important : elle manque de temps, elle a peur de ne pas y arriver, elle tient à une habitude qui a du sens, ou elle n’a pas compris pourquoi on change. **Écouter la résistance permet souvent d’améliorer le projet.**

## Quatre profils fréquents

- **Les pressés** : ils n’ont pas le temps. Proposez-leur le strict minimum, et plus tard.
- **Les inquiets** : ils craignent de mal faire. Proposez un binôme et le droit à l’erreur.
- **Les attachés** : l’ancien outil leur convenait. Reconnaissez ce qu’il apportait.
- **Les sceptiques** : ils doutent de l’intérêt. Montrez des résultats concrets plutôt que des principes.

## Ce qui aide

- Expliquer le **pourquoi** avant le comment, en lien avec le projet associatif.
- Avancer par petites étapes visibles.
- Célébrer les réussites : le premier compte rendu rédigé à plusieurs, la première AG sans Zoom.
- Garder l’ancien outil en lecture seule quelque temps.

## Ce qui bloque

Imposer une date sans explication, tout changer d’un coup, ou laisser une seule personne porter le projet.

Les participants ont souligné un point : le changement d’outils est souvent l’occasion de reparler du fonctionnement collectif. C’est une chance.`
	},
	{
		title: 'Webinaire : sécuriser les comptes et les mots de passe partagés',
		type: 'webinar',
		themes: ['data-protection'],
		planSteps: ['process-adaptation', 'continuous-adaptation'],
		tools: ['nextcloud-files'],
		audience: ['associations', 'providers'],
		level: 'intermediate',
		language: 'fr',
		source: 'notebooks',
		summary:
			'Gestionnaire de mots de passe partagé, double authentification, départs de bénévoles : les bonnes pratiques de sécurité présentées lors d’un webinaire.',
		body: `Les associations sont des cibles faciles : mots de passe partagés par message, comptes jamais fermés, adresses de récupération personnelles. Ce webinaire d’une heure présentait des mesures simples et efficaces.

## Un gestionnaire de mots de passe partagé

Plutôt qu’un carnet ou un fichier texte, un gestionnaire de mots de passe libre permet de :

- générer des mots de passe longs et uniques ;
- partager un coffre par équipe (bureau, communication, trésorerie) ;
- retirer l’accès d’une personne qui part sans changer tous les mots de passe dans l’urgence.

Plusieurs gestionnaires libres s’intègrent à Nextcloud ou s’hébergent facilement.

## La double authentification

Activez-la sur les comptes critiques : banque, nom de domaine, hébergeur, messagerie principale. Attention au piège : si le second facteur est le téléphone personnel d’une seule personne, son départ bloque l’association. **Enregistrez toujours deux personnes, ou conservez les codes de secours dans le coffre partagé.**

## Les départs

Chaque départ de bénévole ou de salarié doit déclencher une petite procédure : fermer ses comptes, transférer ses documents, retirer ses accès au coffre, vérifier les adresses de récupération.

## Les sauvegardes

Une sauvegarde qu’on n’a jamais restaurée n’est pas une sauvegarde. Demandez à votre hébergeur comment il procède et testez une restauration une fois par an.

## Questions posées par les participants

La plus fréquente : « Faut-il changer tous les mots de passe d’un coup ? » Non : commencez par les comptes critiques, puis avancez au fil de l’eau.`
	},
	{
		title: 'Webinaire : le budget d’une transition numérique éthique',
		type: 'webinar',
		themes: ['finance-members', 'governance'],
		planSteps: ['strategy'],
		tools: ['office-365', 'nextcloud-files'],
		audience: ['associations'],
		level: 'intermediate',
		language: 'fr',
		source: 'federation',
		summary:
			'Combien coûte réellement une transition vers des outils libres, quels postes prévoir et quels financements solliciter : synthèse d’un webinaire.',
		body: `« Le libre, c’est gratuit ? » La question revient dans toutes les associations. Ce webinaire proposait de regarder les coûts réels d’une transition, et les moyens de les financer.

## Ce qui coûte vraiment

- **L’hébergement** : de zéro (service gratuit d’un hébergeur associatif) à quelques centaines d’euros par an pour un Nextcloud dédié à une association employeuse.
- **L’accompagnement** : diagnostic, migration, paramétrage. C’est souvent le premier poste, de quelques jours à quelques semaines de prestation.
- **La formation** : des séances pour les équipes, et du temps bénévole et salarié.
- **Le temps interne** : le poste qu’on oublie toujours, et qu’il faut pourtant prévoir.

## Ce qu’on économise

Les licences et abonnements, bien sûr, mais aussi le risque de voir une offre gratuite devenir payante du jour au lendemain. Les participants ont rappelé que les tarifs « associatifs » des grandes suites logicielles ont plusieurs fois changé ces dernières années.

## Construire le budget

Présentez-le sur trois ans : une première année plus chère (accompagnement, formation), puis un coût de fonctionnement stable. Comparez-le avec le coût actuel **réel**, abonnements cachés compris.

## Les financements évoqués

- Les dispositifs publics de soutien à la vie associative et au numérique, au niveau national et régional.
- Certaines fondations qui soutiennent la transition numérique des associations.
- La mutualisation : plusieurs associations d’un même territoire qui partagent un hébergement et un accompagnement.

> Conseil des intervenants : chiffrez le temps bénévole, même s’il n’est pas payé. Il montre aux financeurs l’engagement de l’association.`
	},
	{
		title: 'Webinar: supporting associations in their move to free software, lessons for providers',
		type: 'webinar',
		themes: ['training', 'governance'],
		planSteps: ['strategy', 'continuous-adaptation'],
		tools: [],
		audience: ['providers'],
		level: 'advanced',
		language: 'en',
		source: 'network',
		summary:
			'Notes, in English, from a webinar for support providers: scoping, pricing, handing over and staying useful after the migration.',
		body: `This ninety-minute webinar gathered support providers (cooperatives, freelancers and non-profits) who help associations move to free software. These notes sum up what they shared.

## Scoping: start from the association's project

Several speakers insisted that the first meeting should not be about tools. Ask about the association's purpose, its people, its busy seasons and its past attempts at change. A provider who proposes Nextcloud in the first ten minutes has usually not listened enough.

## Pricing for non-profits

- Split the work into short, separately priced phases: diagnosis, migration, training, follow-up.
- Be explicit about what the association does itself: volunteer time is part of the budget.
- Point associations to funding schemes, and help them write the application when you can.

## Handing over

The goal is autonomy. Good practices mentioned:

- name an internal **referent** from the start and train them first;
- write short, task-based documentation, stored in the association's own tools;
- never keep admin passwords only on the provider's side.

## After the migration

The first three months decide whether new tools stick. Providers who offered a monthly drop-in session, even a short one, saw far fewer associations drift back to their old tools.

## What providers found hard

Associations where everything rests on one volunteer; boards that approve the project without time for it; and the temptation to over-engineer. "Fewer tools, better understood" was the line most quoted at the end.`
	},

	// Articles
	{
		title: 'Pourquoi les associations quittent les outils des géants du numérique',
		type: 'article',
		themes: ['governance', 'data-protection'],
		planSteps: ['awareness'],
		tools: ['gmail', 'google-drive', 'whatsapp', 'facebook-events-groups'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		summary:
			'Cohérence avec les valeurs, maîtrise des données, autonomie, coûts : les raisons qui poussent de plus en plus d’associations à changer d’outils.',
		body: `Pendant des années, les outils gratuits des grandes plateformes ont rendu d’immenses services aux associations : une adresse de courriel, un espace de stockage, un groupe de discussion, une page pour annoncer ses événements. Pourquoi tant d’associations cherchent-elles aujourd’hui à en sortir ?

## La cohérence avec le projet associatif

Une association qui défend la solidarité, l’éducation populaire ou l’environnement se retrouve à confier la vie de ses membres à des entreprises dont le modèle repose sur la publicité et la collecte de données. Beaucoup de bénévoles vivent ce décalage comme une contradiction.

## La maîtrise des données

Fichiers d’adhérents, listes de bénéficiaires, échanges avec des personnes vulnérables : les associations manipulent des données sensibles. Le RGPD les rend responsables de ces données, quel que soit l’outil. Savoir où elles sont et qui peut y accéder devient une obligation autant qu’une exigence éthique.

## L’autonomie

Quand les documents de l’association sont dans le compte personnel d’un bénévole, son départ devient un problème. Quand une offre gratuite change de conditions, l’association subit. Des outils libres, hébergés par une structure de confiance, rendent l’association maîtresse de ses choix.

## Des alternatives mûres

Il y a dix ans, quitter les grandes plateformes demandait beaucoup de courage technique. Aujourd’hui, Nextcloud, Jitsi Meet, Element ou Mobilizon sont des outils éprouvés, et un réseau d’hébergeurs et d’accompagnateurs aide les associations à franchir le pas.

> Quitter les géants du numérique n’est pas une fin en soi. C’est une façon de remettre les outils au service du projet, et non l’inverse.`
	},
	{
		title: 'Logiciel libre, gratuit, éthique : de quoi parle-t-on ?',
		type: 'article',
		themes: ['training', 'hosting'],
		planSteps: ['awareness'],
		tools: ['libreoffice', 'nextcloud-files', 'signal'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'collective',
		summary:
			'Trois mots souvent confondus. Cet article clarifie ce qu’est un logiciel libre, pourquoi gratuit ne veut pas dire libre, et ce qu’on entend par service éthique.',
		body: `Dans les discussions sur la transition numérique, trois mots reviennent sans cesse et se mélangent : libre, gratuit, éthique. Les distinguer aide à faire de bons choix.

## Un logiciel libre

Un logiciel est libre quand sa licence garantit à chacun **quatre libertés** : l’utiliser pour tout usage, étudier son fonctionnement, le modifier et redistribuer ses versions. Concrètement, son code source est public. LibreOffice, Nextcloud ou Firefox sont des logiciels libres.

## Gratuit n’est pas libre

Beaucoup de services gratuits ne sont pas libres : on ne peut ni voir comment ils fonctionnent, ni les héberger ailleurs. Leur gratuité est souvent financée par la publicité ou par l’exploitation des données. À l’inverse, un logiciel libre peut être payant, notamment quand on paie quelqu’un pour l’héberger ou l’installer.

## Libre ne suffit pas toujours

Un logiciel libre peut être installé par n’importe qui, y compris par un hébergeur peu scrupuleux. La confiance porte donc aussi sur **celui qui héberge le service** : où sont les données, qui y a accès, comment sont-elles protégées ? C’est ce que garantissent par exemple les membres du collectif CHATONS à travers leur charte.

## Et les cas intermédiaires

Certains outils ont des applications libres mais un service centralisé, géré par une seule organisation. Signal en est l’exemple : ses applications sont libres et ses messages chiffrés, mais on ne peut pas choisir son hébergeur. Ce n’est pas un défaut rédhibitoire, mais c’est bon à savoir.

## En résumé

Pour choisir un outil, posez-vous deux questions : le logiciel est-il libre ? Et à qui confie-t-on les données ? Les deux réponses comptent.`
	},
	{
		title: 'Six mois après la migration : faire vivre ses nouveaux outils',
		type: 'article',
		themes: ['collaboration', 'governance'],
		planSteps: ['continuous-adaptation'],
		tools: ['nextcloud-files', 'element'],
		audience: ['associations', 'providers'],
		level: 'intermediate',
		language: 'fr',
		source: 'network',
		summary:
			'La migration est faite, mais l’adoption n’est pas acquise. Les signes à surveiller et les rituels qui évitent le retour aux anciennes habitudes.',
		body: `Six mois après une migration, deux scénarios se dessinent. Dans le premier, les nouveaux outils sont devenus naturels. Dans le second, les anciennes habitudes reviennent : un groupe WhatsApp réapparaît, des documents circulent à nouveau par courriel. Qu’est-ce qui fait la différence ?

## Les signes qui doivent alerter

- Des documents envoyés en pièce jointe plutôt que partagés.
- Un « petit groupe » sur l’ancienne messagerie « juste pour l’urgent ».
- Des bénévoles qui ne se sont jamais connectés au nouvel outil.
- Une seule personne capable de créer un compte ou de retrouver un fichier.

## Les rituels qui aident

- **Un point numérique de dix minutes** à chaque réunion de bureau : ce qui marche, ce qui coince.
- **Une permanence mensuelle** où l’on peut venir poser ses questions.
- **Un accueil des nouveaux** systématique : compte créé, fiche d’accueil, binôme.
- **Une revue annuelle** de l’inventaire des comptes et de la charte d’usage.

## Accepter d’ajuster

Un outil choisi il y a six mois peut se révéler mal adapté. Ce n’est pas un échec : c’est le principe de l’adaptation continue. Mieux vaut changer un outil qui ne convient pas que laisser l’équipe le contourner.

## Transmettre

La personne référente ne doit pas rester seule. Formez une deuxième personne, documentez les réglages importants dans l’espace partagé et notez qui contacter chez l’hébergeur. Le jour où la référente part, l’association ne repart pas de zéro.`
	},
	{
		title: 'Le référent numérique, une fonction à reconnaître',
		type: 'article',
		themes: ['governance', 'training'],
		planSteps: ['integration', 'continuous-adaptation'],
		tools: [],
		audience: ['associations', 'providers'],
		level: 'beginner',
		language: 'fr',
		source: 'federation',
		summary:
			'Dans chaque association qui réussit sa transition, une personne fait le lien entre les outils et les équipes. Comment définir ce rôle et le rendre tenable.',
		body: `Dans presque toutes les associations qui ont réussi leur transition numérique, on retrouve la même figure : une personne, bénévole ou salariée, qui connaît les outils, répond aux questions et fait le lien avec l’hébergeur. Ce rôle mérite d’être reconnu et organisé.

## Ce que fait un référent numérique

- Il crée et ferme les comptes, gère les groupes et les droits d’accès.
- Il répond aux questions du quotidien, ou sait vers qui orienter.
- Il fait remonter les besoins et les difficultés au bureau.
- Il suit les évolutions des outils et de l’hébergement.

Ce n’est **pas** forcément un informaticien : c’est d’abord quelqu’un de patient, organisé et à l’écoute.

## Les risques

Le principal risque est l’épuisement : la personne référente devient indispensable, sollicitée à toute heure, et finit par partir en emportant tout le savoir. Le second est l’isolement : elle décide seule, faute d’interlocuteur au bureau.

## Rendre la fonction tenable

- **L’inscrire dans l’organisation** : une mission écrite, présentée en assemblée générale.
- **La partager** : un binôme, pour que deux personnes sachent tout faire.
- **La limiter** : des créneaux de réponse, et le droit de dire « pas maintenant ».
- **La former** : les accompagnateurs et les réseaux d’éducation populaire proposent des formations dédiées.
- **La remercier** : c’est un engagement bénévole comme un autre, et il se voit peu.

> Une transition réussie ne repose pas sur un outil, mais sur des personnes. Prenez soin de celles qui la portent.`
	},

	// Testimonies
	{
		title: 'Comment l’Amicale des Randonneurs du Vercors a quitté WhatsApp pour Element',
		type: 'testimony',
		themes: ['communication', 'events'],
		planSteps: ['awareness', 'process-adaptation', 'training'],
		tools: ['whatsapp', 'element'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'collective',
		association: {
			name: 'Amicale des Randonneurs du Vercors',
			size: 'volunteers-only',
			region: 'auvergne-rhone-alpes'
		},
		summary:
			'Cent vingt adhérents, un groupe WhatsApp saturé et des bénévoles attachés à leurs habitudes : le récit d’une bascule réussie en trois mois.',
		body: `L’Amicale des Randonneurs du Vercors compte cent vingt adhérents, presque tous retraités, et aucun salarié. Pendant six ans, toute la vie du club est passée par un unique groupe WhatsApp.

## Le point de départ

> « Le groupe était devenu ingérable : deux cents messages par semaine, les photos de la sortie de dimanche mélangées aux annulations de dernière minute. Les nouveaux arrivants ne voyaient rien de ce qui s’était dit avant eux. » — Martine, secrétaire

Plusieurs adhérents refusaient aussi d’installer WhatsApp, et recevaient les informations par SMS, en décalé.

## Le choix d’Element

Le bureau a hésité avec Signal, plus simple. Il a finalement choisi Element pour ses **salons** : un salon d’annonces où seuls les encadrants écrivent, un salon par niveau de randonnée, un salon photos et un salon de discussion libre. Le compte est hébergé par une association membre du collectif CHATONS de la région.

## La bascule

Le bureau a présenté le projet lors de l’assemblée générale, puis organisé deux matinées d’installation dans la salle du club. Chacun venait avec son téléphone ; des adhérents à l’aise servaient de binômes. La clé de récupération du chiffrement a été notée, avec l’accord de chacun, dans une enveloppe confiée au secrétariat.

Le groupe WhatsApp a été passé en lecture seule un mois plus tard, avec un dernier message renvoyant vers Element.

## Le bilan après un an

Environ 90 % des adhérents actifs utilisent Element. Les autres reçoivent un résumé hebdomadaire par courriel. Le salon d’annonces a fait disparaître les informations perdues dans le flot des messages.

> « Ce qui a tout changé, c’est de prendre le temps de l’installation ensemble. Personne n’a été laissé seul devant son écran. »`
	},
	{
		title: 'La Ressourcerie du Pays de Morlaix passe de Google Drive à Nextcloud',
		type: 'testimony',
		themes: ['collaboration', 'hosting'],
		planSteps: ['needs-assessment', 'process-adaptation'],
		tools: ['google-drive', 'google-docs', 'nextcloud-files', 'nextcloud-office'],
		audience: ['associations'],
		level: 'intermediate',
		language: 'fr',
		source: 'notebooks',
		association: {
			name: 'Ressourcerie du Pays de Morlaix',
			size: 'employees-1-9',
			region: 'bretagne'
		},
		summary:
			'Six salariés, une quarantaine de bénévoles et des documents éparpillés sur cinq comptes Google personnels : comment la ressourcerie a repris la main sur ses fichiers.',
		body: `La Ressourcerie du Pays de Morlaix collecte, répare et revend des objets du quotidien. Elle emploie six salariés, dont quatre en insertion, et s’appuie sur une quarantaine de bénévoles.

## Le déclic

En 2023, la coordinatrice quitte l’association. Son compte Google personnel contenait le dossier « Ressourcerie », partagé avec toute l’équipe depuis cinq ans : conventions, plannings, dossiers de subvention. Il a fallu plusieurs semaines pour tout récupérer.

> « On s’est rendu compte qu’on ne possédait pas nos propres documents. » — Yann, président

## Le diagnostic

Avec l’aide d’une coopérative locale, l’équipe a recensé cinq comptes Google différents utilisés pour l’association, deux abonnements de stockage payés par des bénévoles et un tableur d’adhérents partagé avec « toute personne disposant du lien ».

## La migration

La coopérative a mis en place un Nextcloud hébergé en Bretagne. La migration s’est faite en trois samedis :

- export des comptes Google avec Google Takeout, en formats ouverts ;
- nouvelle arborescence, décidée en réunion d’équipe ;
- création de groupes (salariés, bénévoles, bureau) avec des droits adaptés ;
- installation du client de synchronisation sur les trois ordinateurs de la boutique.

Le tableur des adhérents a été déplacé dans un dossier réservé au bureau.

## Après un an

Les documents sont édités à plusieurs dans Nextcloud Office. Les salariés en insertion ont été formés et certains utilisent désormais l’application sur leur téléphone pour photographier les objets à mettre en vente.

> « Le plus dur n’a pas été technique. Il a fallu se mettre d’accord sur le rangement ! »

Coût : environ 15 € par mois d’hébergement, et quatre jours d’accompagnement financés par une aide régionale.`
	},
	{
		title: 'Le festival Rives en Musique remplace Facebook et Mailchimp par Mobilizon et Sympa',
		type: 'testimony',
		themes: ['events', 'communication'],
		planSteps: ['strategy', 'integration'],
		tools: ['facebook-events-groups', 'mailchimp', 'mobilizon', 'sympa'],
		audience: ['associations'],
		level: 'intermediate',
		language: 'fr',
		source: 'collective',
		association: {
			name: 'Association Rives en Musique',
			size: 'employees-1-9',
			region: 'pays-de-la-loire'
		},
		summary:
			'Un festival de musique en bord de Loire, deux salariés et trois cents bénévoles : comment l’association a rendu sa communication indépendante des plateformes.',
		body: `L’association Rives en Musique organise chaque été un festival gratuit en bord de Loire. Deux salariées à l’année, trois cents bénévoles pendant le festival, et jusqu’ici une communication entièrement dépendante de Facebook et de Mailchimp.

## Le problème

> « D’une année sur l’autre, nos publications Facebook touchaient de moins en moins de monde, sauf à payer. Et notre liste Mailchimp dépassait la limite gratuite. » — Leïla, chargée de communication

Le conseil d’administration a aussi relevé une incohérence : le festival se veut accessible à tous, mais pour connaître le programme, il fallait souvent un compte Facebook.

## La stratégie

Plutôt que de fermer la page Facebook, l’équipe a inversé la logique : **tout est publié d’abord sur des outils libres**, puis relayé sur les réseaux.

- Les concerts et les appels à bénévoles sont publiés sur une instance Mobilizon régionale. Les bénévoles s’y inscrivent sans créer de compte.
- La lettre d’information passe par une liste Sympa proposée par un hébergeur associatif.
- Le site du festival affiche l’agenda Mobilizon.

## La migration de la liste

La liste Mailchimp a été exportée avec le statut de chaque contact. Seuls les abonnés actifs ont été importés, et la première lettre expliquait le changement. Le taux de désabonnement est resté très faible.

## Le bilan après deux festivals

Les inscriptions de bénévoles passent désormais à 80 % par Mobilizon. La page Facebook existe toujours, mais elle renvoie vers les liens Mobilizon.

> « Nos données de bénévoles ne sont plus chez Facebook, et on ne paie plus pour parler à notre propre public. »`
	},
	{
		title: 'Le centre social Les Tilleuls et ses 35 salariés sortent de Microsoft 365',
		type: 'testimony',
		themes: ['collaboration', 'training'],
		planSteps: ['strategy', 'tool-choice', 'training'],
		tools: [
			'office-365',
			'outlook',
			'microsoft-teams',
			'libreoffice',
			'nextcloud-office',
			'thunderbird',
			'nextcloud-talk'
		],
		audience: ['associations', 'providers'],
		level: 'advanced',
		language: 'fr',
		source: 'network',
		association: {
			name: 'Centre social Les Tilleuls',
			size: 'employees-10-49',
			region: 'hauts-de-france'
		},
		summary:
			'Une migration en plusieurs vagues pour trente-cinq salariés, avec un plan de formation et une attention particulière aux personnes les moins à l’aise.',
		body: `Le centre social Les Tilleuls accueille chaque semaine plusieurs centaines d’habitants d’un quartier populaire. Trente-cinq salariés, une centaine de bénévoles, et depuis 2018 tous les outils sur Microsoft 365.

## Pourquoi partir

Le changement des conditions tarifaires pour les associations a servi de déclencheur. Mais la direction voulait aussi maîtriser les données des familles accompagnées, et mettre ses outils en cohérence avec son projet d’éducation populaire.

## Une stratégie en trois vagues

Accompagné par une coopérative spécialisée, le centre a planifié la transition sur dix-huit mois :

1. **Bureautique** : LibreOffice installé sur tous les postes, puis Nextcloud Office pour l’édition partagée.
2. **Fichiers et messagerie d’équipe** : Nextcloud pour les fichiers, Nextcloud Talk à la place de Teams.
3. **Messagerie** : les boîtes mail transférées chez un hébergeur associatif, avec Thunderbird sur les postes.

Chaque vague a été lancée en dehors des périodes chargées (rentrée, vacances scolaires).

## La formation, cœur du projet

> « Nous avons des collègues très à l’aise et d’autres qui redoutent l’ordinateur. Il fallait que personne ne se sente largué. » — Sandrine, directrice adjointe

- Des ateliers de 45 minutes, par petits groupes de niveau.
- Six « ambassadeurs » volontaires, formés en premier, relais dans chaque secteur.
- Des fiches d’une page pour chaque tâche courante.

## Ce qui a été difficile

Les modèles de documents Word complexes ont dû être refaits. Quelques partenaires institutionnels exigent encore des fichiers Microsoft : l’équipe les exporte sans difficulté.

## Le bilan

Après dix-huit mois, plus aucun abonnement Microsoft. Le budget économisé finance désormais l’hébergement et une journée annuelle d’accompagnement.`
	},
	{
		title: 'L’épicerie solidaire Lakou Partage gère ses adhérents avec Paheko',
		type: 'testimony',
		themes: ['finance-members', 'data-protection'],
		planSteps: ['process-adaptation', 'training'],
		tools: ['google-sheets', 'google-forms', 'paheko'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'federation',
		association: {
			name: 'Épicerie solidaire Lakou Partage',
			size: 'volunteers-only',
			region: 'guadeloupe'
		},
		summary:
			'Une épicerie solidaire entièrement bénévole, en Guadeloupe, remplace son tableur et ses formulaires Google par Paheko pour mieux protéger les données des familles.',
		body: `L’épicerie solidaire Lakou Partage fonctionne uniquement avec des bénévoles. Elle accueille chaque semaine une soixantaine de familles orientées par les services sociaux.

## Des données sensibles dans un tableur

Les inscriptions se faisaient par un formulaire Google, et le suivi des familles dans un grand tableur partagé. Les informations étaient sensibles : composition du foyer, ressources, orientation sociale.

> « Une bénévole a reçu par erreur le lien du tableur sur son téléphone personnel, dans un groupe de discussion familial. Rien de grave ne s’est passé, mais ça nous a fait peur. » — Josiane, trésorière

## Le choix de Paheko

Une bénévole avait entendu parler de Paheko lors d’une formation. Ce qui a convaincu le bureau : des droits d’accès par personne, la comptabilité intégrée et la possibilité de l’essayer avant de s’engager.

## La migration

- Nettoyage du tableur : une ligne par famille, suppression des colonnes inutiles.
- Import du fichier dans Paheko, avec des champs personnalisés.
- Suppression du formulaire Google et de l’ancien tableur, après vérification.
- Trois bénévoles seulement ont accès aux fiches des familles ; les autres voient uniquement les créneaux de distribution.

## La formation

Deux après-midis ont suffi pour former les bénévoles de l’accueil. La connexion internet de l’épicerie étant irrégulière, les inscriptions sont parfois notées sur papier puis saisies le soir.

## Le bilan

La comptabilité, tenue auparavant sur un cahier, est maintenant dans Paheko. Le bilan présenté à l’assemblée générale a été produit en une soirée au lieu d’une semaine.

> « On dort mieux en sachant où sont les informations des familles. »`
	},
	{
		title: 'Le Handball Club de la Vallée de l’Orne dit adieu à Doodle et Google Forms',
		type: 'testimony',
		themes: ['events', 'finance-members'],
		planSteps: ['tool-choice', 'training'],
		tools: ['doodle', 'google-forms', 'framadate', 'yakforms'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		association: {
			name: 'Handball Club de la Vallée de l’Orne',
			size: 'volunteers-only',
			region: 'normandie'
		},
		summary:
			'Un club sportif bénévole de deux cents licenciés remplace ses sondages et formulaires par Framadate et Framaforms, en une intersaison.',
		body: `Le Handball Club de la Vallée de l’Orne réunit deux cents licenciés, de l’école de hand aux seniors. Tout repose sur une quinzaine de bénévoles, souvent parents de joueurs.

## Le quotidien d’avant

Chaque semaine, les entraîneurs envoyaient des sondages Doodle pour organiser les déplacements, et les inscriptions de rentrée passaient par un formulaire Google créé par un ancien président.

> « Les parents se plaignaient des publicités sur Doodle. Et personne ne savait plus qui avait accès aux réponses du formulaire d’inscription. » — Thomas, secrétaire

## Un changement modeste et rapide

Le bureau a choisi de ne pas tout révolutionner. Deux outils simples, sans compte pour les parents :

- **Framadate** pour les sondages de covoiturage et de disponibilité ;
- **Framaforms** pour les inscriptions, les autorisations parentales et les commandes de maillots.

Le changement s’est fait pendant l’intersaison, en juillet.

## La formation des entraîneurs

Une seule réunion d’une heure, ordinateurs ouverts, a suffi. Chaque entraîneur est reparti avec un modèle de sondage prêt à dupliquer. Une fiche d’une page, affichée dans le local, rappelle les liens.

## Les réponses aux inscriptions

Les réponses de Framaforms sont exportées chaque semaine de septembre dans le dossier du club, puis supprimées en fin de saison conformément à la durée de conservation décidée par le bureau.

## Le bilan

> « Honnêtement, les parents n’ont presque pas vu la différence, à part l’absence de publicité. Pour nous, c’est surtout la tranquillité de savoir où sont les données des enfants. »

Le club envisage maintenant de remplacer le groupe WhatsApp des entraîneurs.`
	},
	{
		title: 'La Fédération régionale des jardins partagés d’Occitanie migre en trois vagues',
		type: 'testimony',
		themes: ['collaboration', 'governance', 'hosting'],
		planSteps: ['strategy', 'integration', 'continuous-adaptation'],
		tools: [
			'google-docs',
			'gmail',
			'zoom',
			'slack',
			'nextcloud-office',
			'bigbluebutton',
			'mattermost'
		],
		audience: ['associations', 'providers'],
		level: 'advanced',
		language: 'fr',
		source: 'network',
		association: {
			name: 'Fédération régionale des jardins partagés d’Occitanie',
			size: 'employees-50-plus',
			region: 'occitanie'
		},
		summary:
			'Soixante salariés répartis sur treize départements, des dizaines de jardins adhérents : le récit d’une migration longue, pilotée comme un projet à part entière.',
		body: `La Fédération régionale des jardins partagés d’Occitanie accompagne plus de deux cents jardins collectifs. Elle emploie soixante salariés, répartis dans des antennes sur treize départements.

## Un projet de direction

La transition a été inscrite dans le projet stratégique de la fédération, avec un comité de pilotage réunissant la direction, deux administrateurs, le responsable informatique et des représentants des antennes.

> « Nous avons traité la transition comme n’importe quel projet important : un budget, un calendrier, des indicateurs. » — Hélène, directrice

## Trois vagues sur deux ans

1. **Collaboration** : Nextcloud et Nextcloud Office à la place de Google Docs et Drive, d’abord au siège, puis dans les antennes.
2. **Réunions et échanges** : BigBlueButton pour les formations des jardiniers et les réunions inter-antennes ; Mattermost pour remplacer Slack.
3. **Messagerie** : migration des boîtes Gmail vers un hébergeur associatif, la plus délicate, réalisée en dernier.

L’hébergement a été confié à un prestataire coopératif de la région, avec un contrat de service précis.

## L’intégration dans le quotidien

Chaque antenne a désigné un référent. Les référents se retrouvent tous les deux mois dans un canal Mattermost dédié et en visioconférence, pour partager les difficultés et les astuces.

## L’adaptation continue

Deux ans après, la fédération fait un bilan annuel de ses outils. Le premier a conduit à abandonner un outil de gestion de projets trop complexe, au profit de tableaux kanban plus simples.

## Les chiffres

- Une baisse des coûts de licences d’environ 60 % la deuxième année.
- Un budget d’accompagnement et de formation équivalent à une année de licences.
- 95 % des salariés utilisent quotidiennement les nouveaux outils.`
	},
	{
		title: 'Le Repair Café des Bords du Doubs quitte Gmail pour son propre nom de domaine',
		type: 'testimony',
		themes: ['communication', 'hosting'],
		planSteps: ['needs-assessment', 'process-adaptation'],
		tools: ['gmail', 'roundcube', 'thunderbird'],
		audience: ['associations'],
		level: 'beginner',
		language: 'fr',
		source: 'library',
		association: {
			name: 'Repair Café des Bords du Doubs',
			size: 'volunteers-only',
			region: 'bourgogne-franche-comte'
		},
		summary:
			'Une petite association de réparation bénévole passe d’une adresse Gmail partagée à des adresses à son nom, hébergées par une association locale.',
		body: `Le Repair Café des Bords du Doubs organise une séance de réparation par mois. Une vingtaine de bénévoles, aucun salarié, et jusqu’ici une seule adresse Gmail dont le mot de passe circulait entre cinq personnes.

## Le diagnostic

Lors d’une soirée d’état des lieux, les bénévoles ont listé leurs outils. L’adresse Gmail est apparue comme le point le plus fragile : mot de passe partagé, adresse de récupération sur le téléphone d’un ancien membre, et impossibilité de savoir qui avait répondu à quel message.

## La solution choisie

- Un **nom de domaine** au nom de l’association, pour une quinzaine d’euros par an.
- Des boîtes mail hébergées par une association locale membre du collectif CHATONS : une adresse de contact et une adresse par fonction (trésorerie, communication).
- Le webmail Roundcube pour les bénévoles qui consultent ponctuellement, et Thunderbird pour ceux qui gèrent le courrier chaque semaine.

## La migration

Les anciens messages ont été récupérés par IMAP dans Thunderbird, puis copiés dans la nouvelle boîte. Une réponse automatique sur l’ancienne adresse Gmail a indiqué la nouvelle pendant six mois. Les affiches, le site et la signature ont été mis à jour le même week-end.

## Le bilan

> « Avant, on avait peur d’oublier un message. Maintenant, chaque fonction a son adresse, et on sait qui s’en occupe. Et si quelqu’un part, on change juste un mot de passe. » — Gérard, coordinateur

Prochaine étape : remplacer les sondages Doodle par Framadate.`
	},
	{
		title: 'How a youth theatre company in Ajaccio moved its videos from YouTube to PeerTube',
		type: 'testimony',
		themes: ['communication', 'events'],
		planSteps: ['tool-choice', 'continuous-adaptation'],
		tools: ['youtube', 'peertube'],
		audience: ['associations'],
		level: 'intermediate',
		language: 'en',
		source: 'collective',
		association: {
			name: 'Théâtre des Jeunes Pousses d’Ajaccio',
			size: 'employees-1-9',
			region: 'corse'
		},
		summary:
			'A small theatre association working with teenagers, in English: why it left YouTube for a PeerTube instance, and what it learned along the way.',
		body: `Théâtre des Jeunes Pousses is a small theatre company in Ajaccio, with two employees and about sixty young actors aged twelve to eighteen. For years it posted recordings of its shows on a YouTube channel.

## Why leave

> "We film teenagers. We did not like their faces sitting next to ads and recommended videos we had no control over." — Paul, artistic director

Parents had also raised concerns at the general assembly. The board decided that the videos of minors should live somewhere the association controls.

## Choosing a PeerTube instance

The company joined a PeerTube instance run by a regional network of cultural associations. It offered what mattered most:

- videos can be **private** or **unlisted**, shared only with families via a link;
- public trailers can still be embedded on the association's website;
- no advertising, and a moderation charter the board could read.

## The move

The instance allows imports, so PeerTube fetched the existing public videos directly from their YouTube addresses, keeping titles and descriptions. Recordings of full shows were re-uploaded as unlisted videos, and the links were sent to families. The YouTube channel was emptied and now points to the website.

## What changed

Views dropped, as expected: public videos no longer benefit from YouTube's recommendations. The board considers this acceptable, since the main audience was always families and local partners.

## One year on

The company reviews its video policy every September with parents. It now also streams its end-of-year show live on PeerTube, for grandparents on the mainland.`
	}
];
