/**
 * French strings of the shell, setup and settings: the source every translation is made from.
 * The comment above each key tells a translator what the string is, where it shows and what its
 * {placeholders} hold (`npm run i18n:review -- <lang>` prints them beside each translation).
 */
const core = {
  // The app's name (a brand: keep it as is, in Latin letters).
  'app.name': 'Assoh',
  // Shown while a screen's data is being read from the phone (a second at most).
  'app.loading': 'Chargement…',
  // The app's one-line description, under its name.
  'app.tagline': 'Le carnet de clients du marché',

  // Bottom navigation bar, first tab: the home screen. One short word (five tabs share the width).
  'nav.home': 'Accueil',
  // Bottom navigation bar, tab listing all customers. One short word.
  'nav.customers': 'Clients',
  // Bottom navigation bar, tab to record a sale; also the "sale" button on a customer's row and card.
  'nav.sale': 'Vente',
  // Bottom navigation bar, tab of the WhatsApp messages waiting to be sent. One short word.
  'nav.messages': 'Messages',
  // Bottom navigation bar, last tab: products, reservations, backup, settings… One short word.
  'nav.more': 'Plus',
  // Read aloud by screen readers: the name of the bottom navigation bar.
  'nav.main': 'Navigation principale',
  // Read aloud by screen readers: the arrow at the top left that goes back to the previous screen.
  'nav.back': 'Retour',

  // A dark strip under each screen's title when the phone has no network (first part, in bold).
  'net.offline': 'Hors ligne',
  // Says the phone has network again (status word).
  'net.online': 'En ligne',
  // Read aloud by screen readers after "Hors ligne" (not shown): nothing is lost without network.
  'net.offlineShort': 'tout reste sur le téléphone.',

  // Message at the bottom of the screen, once, when the app has been installed for offline use.
  'pwa.offlineReady': 'Prêt à fonctionner hors ligne',
  // Message at the bottom of the screen when a new version of the app has been downloaded.
  'pwa.updateReady': 'Nouvelle version disponible',
  // Button beside "Nouvelle version disponible": reloads the app into the new version.
  'pwa.reload': 'Recharger',
  // Button beside "Nouvelle version disponible": keeps the current version for now.
  'pwa.later': 'Plus tard',
  // Button in the "Plus" screen that adds the app to the phone's home screen.
  'pwa.install': "Installer l'application",
  // Above the install button: why installing helps.
  'pwa.installHint': "Ajoutez Assoh à l'écran d'accueil pour l'ouvrir sans réseau.",
  // Banner when the app was updated in another browser tab and this one must reload.
  'pwa.otherTab':
    'Assoh a été mis à jour dans un autre onglet. Rechargez cette page pour continuer sans rien perdre.',

  // Button that saves a form (customer, product, settings…).
  'common.save': 'Enregistrer',
  // Button that closes a question or a form without doing anything.
  'common.cancel': 'Annuler',
  // Button that deletes something (always asked for confirmation first).
  'common.delete': 'Supprimer',
  // Button that opens something for editing.
  'common.edit': 'Modifier',
  // Read aloud by screen readers: the × that closes a message or a dialog.
  'common.close': 'Fermer',
  // Button that confirms a question.
  'common.confirm': 'Confirmer',
  // After a field's label, in brackets: the field may stay empty. Lower case.
  'common.optional': 'facultatif',
  // Answer button: yes.
  'common.yes': 'Oui',
  // Answer button: no.
  'common.no': 'Non',
  // Button in a message just after a sale is saved: takes the sale back.
  'common.undo': 'Annuler',
  // Message at the bottom of the screen after something was saved.
  'common.saved': 'Enregistré',
  // Error message when something unexpected failed; the data is unchanged.
  'common.error': "Quelque chose s'est mal passé. Rien n'a été modifié.",
  // Error message when the phone's storage is full and a save failed.
  'common.quotaExceeded':
    "Le téléphone est plein : rien n'a été enregistré. Libérez de la place (photos, vidéos) puis réessayez.",

  // Title of the first-run screen, the very first thing a new seller reads.
  'setup.title': 'Bienvenue sur Assoh',
  // First-run screen, under the title.
  'setup.intro':
    'Quelques informations pour commencer. Tout reste sur votre téléphone et se change plus tard dans Réglages.',
  // First-run screen and settings: label of the seller's own name.
  'setup.sellerName': 'Votre nom',
  // Under "Votre nom": examples of names that sign the messages (use local examples).
  'setup.sellerNameHint': 'Il signe vos messages : « Maman Awa », « Koffi légumes »…',
  // First-run screen and settings: label of the seller's own WhatsApp number.
  'setup.sellerPhone': 'Votre numéro WhatsApp',
  // First-run screen and settings: label of the country list.
  'setup.country': 'Pays',
  // Under the country list: the money used there. {currency}: "FCFA", "MAD", "DZD"…
  'setup.currency': 'Monnaie : {currency}',
  // First-run screen and settings: label of the market's name.
  'setup.marketName': 'Nom du marché',
  // Under "Nom du marché": an example of a market name (use a local one).
  'setup.marketNameHint': 'Par exemple : Treichville',
  // First-run screen and settings: label of the day of the week the market is held.
  'setup.marketDay': 'Jour de marché',
  // First-run screen (first field) and settings: label of the app's language list.
  'setup.language': 'Langue',
  // First-run screen: the button at the bottom that saves and opens the app.
  'setup.start': 'Commencer',
  // First-run screen: a line that opens the restore of a backup from an old phone.
  'setup.restore': 'Vous changez de téléphone ? Restaurer une sauvegarde',
  // Under "Restaurer une sauvegarde" on the first-run screen.
  'setup.restoreHint':
    'Choisissez le fichier de sauvegarde envoyé depuis votre ancien téléphone (par exemple sur WhatsApp). Vos clients, ventes et réglages reviennent tels quels.',
  // Error under "Votre nom" when it is empty.
  'setup.errorName': 'Écrivez votre nom.',
  // Error under "Nom du marché" when it is empty.
  'setup.errorMarket': 'Écrivez le nom du marché.',

  // Day of the week (market day list, Status images): Sunday. Lower case where the language has it.
  'day.0': 'dimanche',
  // Day of the week: Monday.
  'day.1': 'lundi',
  // Day of the week: Tuesday.
  'day.2': 'mardi',
  // Day of the week: Wednesday.
  'day.3': 'mercredi',
  // Day of the week: Thursday.
  'day.4': 'jeudi',
  // Day of the week: Friday.
  'day.5': 'vendredi',
  // Day of the week: Saturday.
  'day.6': 'samedi',
  // Last choice of the market day list: a market open every day.
  'day.every': 'tous les jours',

  // Error under a phone number that does not exist in the seller's country. {code}: the dialling code with its +, e.g. +225.
  'phone.errorInvalid':
    "Ce numéro n'est pas valide pour l'indicatif {code}. Vérifiez les chiffres.",
  // Error under a phone number with too few digits.
  'phone.errorShort': 'Ce numéro est trop court. Il manque des chiffres.',
  // Error under a phone number with too many digits.
  'phone.errorLong': 'Ce numéro est trop long. Il y a des chiffres en trop.',
  // Under a phone field. {country}: the seller's country, e.g. "Côte d’Ivoire"; {code}: its dialling code with its +, e.g. +225.
  'phone.hint': 'Sans indicatif pour {country} ({code}), ou avec + pour un autre pays.',

  // Error under a text field that is too long. {max}: the number of characters allowed.
  'form.tooLong': 'Ce texte est trop long ({max} caractères au plus).',
  // Error under a list when the value is not one of its choices.
  'form.invalidChoice': 'Choisissez dans la liste.',

  // Title of the home screen (today's summary).
  'home.title': "Aujourd'hui",
  // Title of the home screen, greeting the seller. {name}: the seller's name, e.g. "Maman Awa".
  'home.hello': 'Bonjour {name}',
  // Home screen, top card: label above the total money of today's sales.
  'home.salesToday': 'Ventes du jour',
  // Home screen: label of the gifts given today.
  'home.giftsToday': 'Cadeaux du jour',
  // Home screen: heading of the list of customers served lately.
  'home.recent': 'Vus récemment',
  // Home screen, under "Vus récemment" while nobody has been served yet.
  'home.noRecent': 'Les clients que vous servez apparaîtront ici.',

  // Title of the "Plus" screen (products, reservations, backup, settings…).
  'more.title': 'Plus',
  // Title of the settings screen and its line in "Plus".
  'settings.title': 'Réglages',
  // Settings: heading of the seller's name, number, country, market.
  'settings.seller': 'Vous et votre marché',
  // Message after the settings were saved.
  'settings.saved': 'Réglages enregistrés',
  // Settings: the button under "Vous et votre marché" that saves that block only (name, country, market, language).
  'settings.saveSeller': 'Enregistrer mes informations',
  // Settings: heading of the section saying whether the browser may erase the data.
  'settings.storage': 'Vos données',
  // Settings, "Vos données": the browser promised to keep the data.
  'settings.persisted': 'Vos données restent sur ce téléphone : le navigateur ne les effacera pas.',
  // Settings, "Vos données": the browser may erase the data; a button to prevent it follows.
  'settings.notPersisted':
    'Si le téléphone manque de place, le navigateur pourrait effacer vos données.',
  // Settings, "Vos données": button asking the browser never to erase the data by itself.
  'settings.keepData': 'Garder mes données sur ce téléphone',
  // Message when the browser refused to keep the data.
  'settings.keepDataRefused':
    'Le navigateur refuse pour le moment. Installez l’application, puis réessayez ; en attendant, faites des sauvegardes.',
  // Settings, storage section. {used}: a size, e.g. "2,4 Mo".
  'settings.usage': 'Espace utilisé : {used}',
  // Settings: label of the language list.
  'settings.language': 'Langue',

  // Home screen, one line above the navigation after 7 days without a backup: opens the backup screen. Short: it shares the line with "Demain".
  'backup.reminderAction': 'Sauvegarde à faire',
  // Button at the end of the backup reminder line: hides the reminder until tomorrow. One short word.
  'backup.reminderLater': 'Demain',
  // Read aloud by screen readers: the "Demain" button of the backup reminder.
  'backup.reminderLaterLabel': 'Me le rappeler demain',
  // Banner when an older version of the app, open in another tab, blocks this one.
  'backup.dbBlocked':
    'Assoh est ouvert dans un autre onglet avec une ancienne version. Fermez cet onglet pour continuer.',

  // Message when the network comes back and one message waits. {n}: the number (1).
  'outbox.backOnline.one': 'Réseau revenu : {n} message prêt à envoyer.',
  // Message when the network comes back and messages wait. {n}: how many.
  'outbox.backOnline.other': 'Réseau revenu : {n} messages prêts à envoyer.',
  // Button beside "Réseau revenu…": opens the messages.
  'outbox.see': 'Voir',

  // Button under a search with no result: adds a customer with the typed name. {name}: what was typed.
  'customers.createNamed': 'Créer « {name} »',
  // Button and screen title: adds a new customer.
  'customers.new': 'Nouveau client',
  // Under the search box when nobody matches. {query}: what was typed (a name, a quartier, digits of a number).
  'customers.noMatch': 'Aucun résultat pour «\u00a0{query}\u00a0».',
  // Read aloud by screen readers: the search box for customers.
  'customers.searchLabel': 'Chercher un client',
  // Grey text inside the empty search box: what it finds. Keep it short (fits at 320 px).
  'customers.searchPlaceholder': 'Nom, quartier ou numéro…',
  // Read aloud by screen readers: the name of the home screen's card of today's sales.
  'home.today': 'Aujourd’hui',
  // Home screen, under today's total: the number of sales. {n}: 1.
  'home.salesCount.one': '{n} vente',
  // Home screen, under today's total: the number of sales. {n}: how many.
  'home.salesCount.other': '{n} ventes',
  // Home screen, beside today's sales: the number of gifts given. {n}: 1.
  'home.giftsCount.one': '{n} cadeau',
  // Home screen, beside today's sales: the number of gifts given. {n}: how many.
  'home.giftsCount.other': '{n} cadeaux',
  // Home screen: the big button that starts a sale.
  'home.newSale': 'Nouvelle vente',
  // Read aloud by screen readers: the "Vente" button on a customer's row. {name}: her name and nickname.
  'home.saleFor': 'Vente pour {name}',

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
