/** French: the default language. Every visible string lives here; en.ts mirrors the keys. */
export const fr = {
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
  'net.offlineHint': 'Hors ligne : tout est enregistré sur le téléphone.',

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
} as const;

export type MessageKey = keyof typeof fr;
