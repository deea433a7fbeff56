/** French strings of the shell, setup and settings. */
const core = {
  'app.name': 'Assoh',
  'app.loading': 'Chargement…',
  'app.tagline': 'Le carnet de clients du marché',

  'nav.home': 'Accueil',
  'nav.customers': 'Clients',
  'nav.sale': 'Vente',
  'nav.messages': 'Messages',
  'nav.more': 'Plus',
  'nav.main': 'Navigation principale',
  'nav.back': 'Retour',

  'net.offline': 'Hors ligne',
  'net.online': 'En ligne',
  'net.offlineShort': 'tout reste sur le téléphone.',

  'pwa.offlineReady': 'Prêt à fonctionner hors ligne',
  'pwa.updateReady': 'Nouvelle version disponible',
  'pwa.reload': 'Recharger',
  'pwa.later': 'Plus tard',
  'pwa.install': "Installer l'application",
  'pwa.installHint': "Ajoutez Assoh à l'écran d'accueil pour l'ouvrir sans réseau.",
  'pwa.otherTab':
    'Assoh a été mis à jour dans un autre onglet. Rechargez cette page pour continuer sans rien perdre.',

  'common.save': 'Enregistrer',
  'common.cancel': 'Annuler',
  'common.delete': 'Supprimer',
  'common.edit': 'Modifier',
  'common.close': 'Fermer',
  'common.confirm': 'Confirmer',
  'common.optional': 'facultatif',
  'common.yes': 'Oui',
  'common.no': 'Non',
  'common.undo': 'Annuler',
  'common.saved': 'Enregistré',
  'common.error': "Quelque chose s'est mal passé. Rien n'a été modifié.",
  'common.quotaExceeded':
    "Le téléphone est plein : rien n'a été enregistré. Libérez de la place (photos, vidéos) puis réessayez.",

  'setup.title': 'Bienvenue sur Assoh',
  'setup.intro':
    'Quelques informations pour commencer. Tout reste sur votre téléphone et se change plus tard dans Réglages.',
  'setup.sellerName': 'Votre nom',
  'setup.sellerNameHint': 'Il signe vos messages : « Maman Awa », « Koffi légumes »…',
  'setup.sellerPhone': 'Votre numéro WhatsApp',
  'setup.country': 'Pays',
  'setup.currency': 'Monnaie : {currency}',
  'setup.marketName': 'Nom du marché',
  'setup.marketNameHint': 'Par exemple : marché de Treichville',
  'setup.marketDay': 'Jour de marché',
  'setup.language': 'Langue',
  'setup.start': 'Commencer',
  'setup.restore': 'Vous changez de téléphone ? Restaurer une sauvegarde',
  'setup.restoreHint':
    'Choisissez le fichier de sauvegarde envoyé depuis votre ancien téléphone (par exemple sur WhatsApp). Vos clients, ventes et réglages reviennent tels quels.',
  'setup.errorName': 'Écrivez votre nom.',
  'setup.errorMarket': 'Écrivez le nom du marché.',

  'day.0': 'dimanche',
  'day.1': 'lundi',
  'day.2': 'mardi',
  'day.3': 'mercredi',
  'day.4': 'jeudi',
  'day.5': 'vendredi',
  'day.6': 'samedi',
  'day.every': 'tous les jours',

  'phone.errorInvalid':
    "Ce numéro n'est pas valide pour l'indicatif +{code}. Vérifiez les chiffres.",
  'phone.errorShort': 'Ce numéro est trop court. Il manque des chiffres.',
  'phone.errorLong': 'Ce numéro est trop long. Il y a des chiffres en trop.',
  'phone.hint': 'Sans indicatif pour {country} (+{code}), ou avec + pour un autre pays.',

  'form.tooLong': 'Ce texte est trop long ({max} caractères au plus).',
  'form.invalidChoice': 'Choisissez dans la liste.',

  'home.title': "Aujourd'hui",
  'home.hello': 'Bonjour {name}',
  'home.salesToday': 'Ventes du jour',
  'home.giftsToday': 'Cadeaux du jour',
  'home.recent': 'Vus récemment',
  'home.noRecent': 'Les clients que vous servez apparaîtront ici.',

  'more.title': 'Plus',
  'settings.title': 'Réglages',
  'settings.seller': 'Vous et votre marché',
  'settings.saved': 'Réglages enregistrés',
  'settings.storage': 'Stockage',
  'settings.persisted': "Stockage protégé : le navigateur ne l'effacera pas de lui-même.",
  'settings.notPersisted': 'Stockage non protégé : faites des sauvegardes régulières.',
  'settings.usage': 'Espace utilisé : {used}',
  'settings.language': 'Langue',

  'backup.reminderTitle': 'Pensez à votre sauvegarde',
  'backup.reminderNever': "Vous n'avez encore jamais fait de sauvegarde de votre carnet.",
  'backup.reminderDays':
    'Dernière sauvegarde il y a {n} jours. Vos nouveaux clients et ventes ne sont que sur ce téléphone.',
  'backup.reminderAction': 'Sauvegarder',
  'backup.dbBlocked':
    'Assoh est ouvert dans un autre onglet avec une ancienne version. Fermez cet onglet pour continuer.',

  'outbox.backOnline.one': 'Réseau revenu : {n} message prêt à envoyer.',
  'outbox.backOnline.other': 'Réseau revenu : {n} messages prêts à envoyer.',
  'outbox.see': 'Voir',

  'customers.createNamed': 'Créer « {name} »',
  'customers.new': 'Nouveau client',
  'customers.noMatch': 'Aucun client ne s’appelle « {query} ».',
  'customers.searchLabel': 'Chercher un client',
  'customers.searchPlaceholder': 'Prénom ou surnom…',
  'home.today': 'Aujourd’hui',
  'home.salesCount.one': '{n} vente',
  'home.salesCount.other': '{n} ventes',
  'home.giftsCount.one': '{n} cadeau',
  'home.giftsCount.other': '{n} cadeaux',
  'home.newSale': 'Nouvelle vente',
  'home.saleFor': 'Vente pour {name}',

  // Beside a text field whose text holds a broken character (pasted from elsewhere).
  'form.illFormed': 'Ce texte contient un caractère illisible. Retapez-le.',

  // The screen shown instead of a blank page when a screen fails to draw (any route).
  'error.title': 'Quelque chose s’est mal passé',
  // Under error.title: what happened and that the data is safe.
  'error.body':
    'Cet écran n’a pas pu s’afficher. Vos clients et vos ventes restent sur le téléphone.',
  // Button on the error screen: reloads the app.
  'error.reload': 'Recharger',
  // Link on the error screen to the backup screen (Sauvegarde).
  'error.backup': 'Faire une sauvegarde',

  // Banner on every screen when the app is opened from a plain http:// address (not https).
  'pwa.insecure':
    'Adresse non sécurisée (http) : Assoh ne marchera pas sans réseau et ne pourra pas faire de sauvegarde. Demandez l’adresse qui commence par https://.',

  // Réglages: title of the list of recent errors kept on the phone.
  'settings.errors': 'Erreurs récentes',
  // Réglages: under settings.errors, said once: the log stays on the phone.
  'settings.errorsHint': 'Gardées sur ce téléphone seulement : rien n’est envoyé.',
  // Réglages: when no error was recorded.
  'settings.errorsNone': 'Aucune erreur enregistrée.',
  // Réglages, seller form: the notebook's currency stays while records exist. {currency}: "FCFA".
  'settings.currencyKept': 'Monnaie du carnet : {currency}. Le pays change l’indicatif seulement.',
  // Checkbox shown when the chosen country has another currency. {currency}: "MAD".
  'settings.changeCurrency': 'Passer le carnet en {currency}',
  // Under settings.changeCurrency. {from}/{to}: currency labels, e.g. FCFA and MAD.
  'settings.changeCurrencyHint':
    'Les montants déjà notés ne sont pas convertis : ils gardent leurs chiffres (1 500 {from} devient 1 500 {to}).',

  // Menu (Plus) and home screen: the credit book, who owes what.
  'nav.credits': 'Crédits',
  // Home screen line when customers promised to pay today or earlier.
  'home.creditDue': 'À encaisser aujourd’hui',
  // Home screen, under home.creditDue. {n}: 1.
  'home.creditDueCount.one': '{n} client',
  // Home screen, under home.creditDue. {n}: how many customers promised to pay by today.
  'home.creditDueCount.other': '{n} clients',
  // Home screen line when customers owe money (no promise due). {n}: 1.
  'home.creditDebtors.one': '{n} client doit de l’argent',
  // Home screen line when customers owe money (no promise due). {n}: how many.
  'home.creditDebtors.other': '{n} clients doivent de l’argent',
} as const;

export default core;
