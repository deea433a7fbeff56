/** French strings of the follow-up: outbox, templates, announcements, reservations, insights. */
const followup = {
  // Title of the Messages tab: WhatsApp messages prepared at the market, waiting to be sent.
  'outbox.title': 'Messages à envoyer',
  // Messages screen: first tab, the messages not sent yet.
  'outbox.pending': 'À envoyer',
  // Messages screen: second tab, the messages already sent.
  'outbox.sent': 'Envoyés',
  // Messages screen when nothing waits: what will arrive there.
  'outbox.empty':
    'Aucun message en attente. Les mercis, annonces et réservations prêtes arriveront ici.',
  // Messages screen, "Envoyés" tab, when nothing was sent yet.
  'outbox.sentEmpty': 'Aucun message envoyé pour l’instant.',
  // Messages screen, top, without network: messages wait here.
  'outbox.offline': 'Hors ligne : vos messages attendront ici le retour du réseau.',
  // Messages screen, top, with network: tap a message to open it in WhatsApp.
  'outbox.online': 'Réseau disponible : touchez un message pour l’ouvrir dans WhatsApp.',
  // Green button on each waiting message: opens WhatsApp with the text filled in.
  'outbox.send': 'Envoyer sur WhatsApp',
  // Button of a message for a customer reached by SMS: opens the phone's messages app, prefilled.
  'outbox.send.sms': 'Envoyer par SMS',
  // Button of a message for a customer reached by phone call: opens the dialer with her number.
  'outbox.send.call': 'Appeler',
  // Question on a message once WhatsApp or the messages app was opened for it (then Oui / Pas encore).
  'outbox.askSent': 'Envoyé\u00a0?',
  // Question on a message once the dialer was opened for it (then Oui / Pas encore).
  'outbox.askCalled': 'Appel passé\u00a0?',
  // Answer to "Envoyé ?" / "Appel passé ?": yes, it went.
  'outbox.yes': 'Oui',
  // Answer to "Envoyé ?" / "Appel passé ?": not yet, the message waits again.
  'outbox.notYet': 'Pas encore',
  // Under a sent message reached by SMS. {when}: "aujourd’hui, 14:05", "12 nov., 10:30".
  'outbox.sentVia.sms': 'Envoyé par SMS {when}',
  // Under a message whose customer was called. {when}: "aujourd’hui, 14:05", "12 nov., 10:30".
  'outbox.sentVia.call': 'Appelé {when}',
  // Button that marks a message as sent without opening WhatsApp.
  'outbox.markSent': 'Marquer comme envoyé',
  // Button on a sent message: puts it back among those to send (undo).
  'outbox.markPending': 'Remettre à envoyer',
  // Under a sent message. {when}: when it was sent, e.g. "hier, 14:05".
  'outbox.sentAt': 'Envoyé {when}',
  // Under a message to a customer with no number: WhatsApp will ask whom to send it to.
  'outbox.noNumber': 'Pas de numéro : WhatsApp vous demandera le contact.',
  // On a message by SMS to a customer with no number.
  'outbox.noNumber.sms': 'Pas de numéro\u00a0: le téléphone vous demandera à qui l’envoyer.',
  // On a message for a customer to be called, who has no number: there is nothing to dial.
  'outbox.noNumber.call': 'Pas de numéro\u00a0: ajoutez-le sur sa fiche pour l’appeler.',
  // Heading of the list of messages too old (or no longer true) to be sent.
  'outbox.expired.title': 'Messages expirés',
  // Explains the expired list: these messages are no longer true and will not be sent.
  'outbox.expired.intro':
    'Ils ne disent plus vrai\u00a0: ils ne partiront pas. Effacez-les, ou écrivez un nouveau message.',
  // Link under the messages to send, when some have expired. {n}: how many.
  'outbox.expired.count.one': '{n} message expiré',
  // Link under the messages to send, when some have expired. {n}: how many.
  'outbox.expired.count.other': '{n} messages expirés',
  // Opens the list of expired messages.
  'outbox.expired.see': 'Voir',
  // On an expired thank-you. {when}: how long ago it was prepared ("il y a 4 jours").
  'outbox.expired.oldThanks':
    'Merci préparé {when}\u00a0: trop tard pour «\u00a0aujourd’hui\u00a0»',
  // On an expired "réservation prête". {product}: the product's name.
  'outbox.expired.unavailable': '{product} n’est plus disponible',
  // On an expired "réservation prête" whose product was deleted.
  'outbox.expired.gone': 'Ce produit n’existe plus',
  // Label of the choice of how many days a thank-you may wait before it expires.
  'outbox.expired.days': 'Un merci expire après',
  // One choice of that list. {n}: a number of days.
  'outbox.expired.daysValue.one': '{n} jour',
  // One choice of that list. {n}: a number of days.
  'outbox.expired.daysValue.other': '{n} jours',
  // The expired list is empty.
  'outbox.expired.empty': 'Aucun message expiré.',
  // Button (and confirmation) that deletes every expired message shown.
  'outbox.expired.clear': 'Tout effacer',
  // Confirmation title before deleting the expired messages.
  'outbox.expired.clearTitle': 'Effacer les messages expirés\u00a0?',
  // After deleting expired messages. {n}: how many.
  'outbox.expired.cleared.one': '{n} message effacé',
  // After deleting expired messages. {n}: how many.
  'outbox.expired.cleared.other': '{n} messages effacés',
  // Under a message to a customer who refuses messages. {name}: her first name.
  'outbox.refuses': '{name} ne veut plus de messages : celui-ci ne partira pas.',
  // Question before deleting a waiting message.
  'outbox.deleteTitle': 'Supprimer ce message ?',
  // Message after a waiting message was deleted.
  'outbox.deleted': 'Message supprimé',
  // Error: a message is too long for WhatsApp. {max}: the number of characters allowed.
  'outbox.tooLong': 'Ce message est trop long ({max} caractères au plus).',
  // Error under the message box when it is empty.
  'outbox.empty.text': 'Écrivez le message.',
  // Message after preparing messages. {n}: 1.
  'outbox.queued.one': '{n} message ajouté aux messages à envoyer.',
  // Message after preparing messages. {n}: how many.
  'outbox.queued.other': '{n} messages ajoutés aux messages à envoyer.',
  // After an announcement: customers who said no to messages get none. {n}: 1.
  'outbox.refused.one': '{n} client a dit non aux messages : il ne recevra rien.',
  // After an announcement: customers who said no to messages get none. {n}: how many.
  'outbox.refused.other': '{n} clients ont dit non aux messages : ils ne recevront rien.',
  // Name shown on a message to a passing customer with no name.
  'outbox.passing': 'Client de passage',
  // Kind of message (label on each message, template list): a thank-you after a purchase.
  'outbox.kind.merci': 'Merci',
  // Kind of message: a product has arrived / the next harvest is in.
  'outbox.kind.arrivage': 'Arrivage',
  // Kind of message: a reserved product is ready to be picked up.
  'outbox.kind.reservation': 'Réservation prête',
  // Kind of message: an apology (after a delay, a mistake…).
  'outbox.kind.excuse': 'Excuse',
  // Kind of message: asking for news of a customer not seen for a while.
  'outbox.kind.nouvelles': 'Prendre des nouvelles',
  // Kind of message: a text the seller writes herself, with no template.
  'outbox.kind.libre': 'Message libre',
  // Kind of message: a gentle reminder of what a customer still owes (never a threat).
  'outbox.kind.rappel': 'Rappel',
  // Kind of message: the customer's receipt after she paid something back.
  'outbox.kind.recu': 'Reçu',
  // Messages screen: button that prepares one announcement for many customers.
  'outbox.announce': 'Annonce',
  // Messages screen: button that prepares a message for one customer.
  'outbox.compose': 'Nouveau message',
  // Message after a sale: the thank-you waits among the messages to send.
  'outbox.thanksQueued': 'Le merci attend dans les messages à envoyer.',

  // Title of the screen preparing a message. {name}: the customer's first name.
  'compose.title': 'Message pour {name}',
  // Message screen: label of the list of message kinds.
  'compose.template': 'Modèle',
  // Message screen: label of the product list (for an arrival or a reservation).
  'compose.product': 'Produit',
  // Message screen: label of the reserved quantity.
  'compose.quantity': 'Quantité',
  // Message screen, apology: label of what the seller apologises for.
  'compose.motif': 'Motif de l’excuse',
  // Under the apology's reason: an example, written to follow "mes excuses pour…".
  'compose.motifHint': 'par exemple : le retard de ce matin',
  // Message screen: label of the message's text (which the seller may edit).
  'compose.text': 'Message',
  // Announcement screen: heading of the preview of one message.
  'compose.preview': 'Aperçu',
  // Under the message: what must still be filled in. {names}: the names of the missing tags, e.g. "Motif".
  'compose.missing': 'À compléter : {names}',
  // Message screen: the button that adds the message to those to send.
  'compose.queue': 'Mettre dans les messages à envoyer',
  // Message screen for a customer who said no to messages. {name}: her first name.
  'compose.refuses':
    '{name} a dit non aux messages. Assoh ne lui en prépare pas : la fidélité, ce n’est pas l’insistance.',
  // First line of a product list, before one is chosen.
  'compose.chooseProduct': 'Choisissez un produit',

  // Title of the announcement screen (one message for many customers).
  'announce.title': 'Annonce',
  // Announcement screen, under the title.
  'announce.intro': 'Un message personnalisé par client, envoyé d’une touche chacun.',
  // Announcement screen: label of the list of who gets it.
  'announce.audience': 'À qui ?',
  // Announcement audience: every customer with a number.
  'announce.audience.all': 'Tous les clients avec un numéro',
  // Announcement audience: those who bought the chosen product.
  'announce.audience.bought': 'Ceux qui ont acheté ce produit',
  // Announcement audience: the customers of one profile.
  'announce.audience.profile': 'Un profil de clients',
  // Announcement audience: those who reserved the chosen product.
  'announce.audience.reserved': 'Ceux qui ont réservé ce produit',
  // Announcement screen: how many will receive it. {n}: 1.
  'announce.count.one': '{n} client recevra ce message.',
  // Announcement screen: how many will receive it. {n}: how many.
  'announce.count.other': '{n} clients recevront ce message.',
  // Announcement screen: nobody in the chosen audience can receive it.
  'announce.none': 'Personne dans ce groupe ne peut recevoir ce message.',
  // How the announcement's messages will go, channel by channel; {n}: number of customers.
  'announce.via.whatsapp': '{n} sur WhatsApp',
  // How the announcement's messages will go, channel by channel; {n}: number of customers.
  'announce.via.sms': '{n} par SMS',
  // How the announcement's messages will go, channel by channel; {n}: number of customers.
  'announce.via.call': '{n} par appel',
  // Announcement screen: the button that prepares one message per customer.
  'announce.create': 'Préparer les messages',

  // Settings: heading of the message templates.
  'templates.title': 'Modèles de messages',
  // Settings, message templates, above them: what the coloured tags (placeholders) in the texts are.
  'templates.intro':
    'Vos textes. Les pastilles colorées sont remplacées pour chaque client (son prénom, le produit…). Touchez « Ajouter » pour en mettre une.',
  // Under a message text: label before the buttons that insert a tag ("Prénom", "Produit"…) where the cursor is.
  'templates.insert': 'Ajouter :',
  // A tag in a message text, replaced by the customer's first name.
  'templates.tag.prenom': 'Prénom',
  // A tag in a message text, replaced by the seller's own name.
  'templates.tag.vendeur': 'Votre nom',
  // A tag in a message text, replaced by the product's name.
  'templates.tag.produit': 'Produit',
  // A tag in a message text, replaced by "la tomate est arrivée" (the product, its article and the agreed verb).
  'templates.tag.arrivage': 'Produit arrivé',
  // A tag in a message text, replaced by the quantity reserved, e.g. "2 tas".
  'templates.tag.quantite': 'Quantité',
  // A tag in a message text, replaced by the market, e.g. "marché d'Adjamé".
  'templates.tag.marche': 'Marché',
  // A tag in a message text, replaced by the market day, e.g. "samedi".
  'templates.tag.jour': 'Jour de marché',
  // A tag in a message text, replaced by what the seller apologises for.
  'templates.tag.motif': 'Motif',
  // A tag in a credit message, replaced by what she still owes, e.g. "600 FCFA".
  'templates.tag.reste': 'Reste à payer',
  // A tag in a credit message, replaced by what she just paid, e.g. "400 FCFA".
  'templates.tag.montant': 'Montant reçu',
  // A tag in a credit message, replaced by the seller's mobile-money details from Réglages.
  'templates.tag.paiement': 'Pour payer',
  // Settings, under each template: the filled-in preview. {name}: a customer's first name.
  'templates.previewWith': 'Aperçu avec {name}',
  // Settings, under an edited template: button that puts the original text back.
  'templates.reset': 'Texte d’origine',
  // Settings: a template has a word in braces the app does not know. {names}: those words.
  'templates.unknown': 'Mot inconnu entre accolades : {names}',
  // Message after the templates were saved.
  'templates.saved': 'Modèles enregistrés',
  // Settings: the button under the message templates that saves them (and only them).
  'templates.save': 'Enregistrer les modèles',
  // A sample customer's first name for previews (a common local first name).
  'templates.example': 'Awa',
  // Réglages, templates: under the "rappel" and "reçu" texts, what their words in braces hold.
  'templates.creditHint':
    '« Reste à payer » : ce qu’elle doit encore · « Montant reçu » : ce qu’elle vient de payer · « Pour payer » : vos numéros de paiement (réglés plus haut)',

  // Title of the reservations screen and its line in "Plus".
  'reservations.title': 'Réservations',
  // Title of the screen adding a reservation.
  'reservations.new': 'Nouvelle réservation',
  // Title of the screen adding a reservation for one customer. {name}: her first name.
  'reservations.for': 'Réservation pour {name}',
  // Reservations screen when there is none: an example of what to note.
  'reservations.empty':
    'Aucune réservation. Notez ici « Awa veut 2 tas de piment à la prochaine récolte ».',
  // Reservations screen: heading of those waiting for the product.
  'reservations.waiting': 'En attente',
  // Reservations screen: heading of those whose product is available.
  'reservations.ready': 'Prêtes',
  // New reservation: label of the product list.
  'reservations.product': 'Produit',
  // New reservation: label of the quantity.
  'reservations.quantity': 'Quantité',
  // New reservation: label of a free note.
  'reservations.note': 'Note',
  // New reservation: label of the day the customer wants it (may stay empty).
  'reservations.when': 'Pour quand ?',
  // Reservations list, under a reservation: the day she wants it. {date}: e.g. "samedi 5 décembre".
  'reservations.whenLine': 'pour le {date}',
  // New reservation: label of the money she already gave (may stay empty).
  'reservations.advance': 'Avance payée',
  // Reservations list, under a reservation: the money she already gave. {amount}: e.g. "500 FCFA".
  'reservations.advanceLine': 'Avance : {amount}',
  // New reservation: the button that saves it.
  'reservations.save': 'Enregistrer la réservation',
  // Message after a reservation was saved.
  'reservations.saved': 'Réservation enregistrée',
  // Reservations screen: button saying a product has arrived. {product}: its name.
  'reservations.markAvailable': '{product} est disponible',
  // Message after a product arrived. {n}: 1.
  'reservations.readyNow.one':
    '{n} réservation prête : le message attend dans les messages à envoyer.',
  // Message after a product arrived. {n}: how many reservations are ready.
  'reservations.readyNow.other':
    '{n} réservations prêtes : les messages attendent dans les messages à envoyer.',
  // Button on a ready reservation: records it as a sale.
  'reservations.fulfil': 'Vendre',
  // Button on a reservation: cancels it.
  'reservations.cancel': 'Annuler la réservation',
  // Message after a reservation was cancelled.
  'reservations.cancelled': 'Réservation annulée',
  // Question before cancelling. {name}: the customer's first name.
  'reservations.cancelTitle': 'Annuler la réservation de {name} ?',
  // One reservation, in the list and on its sale. {quantity}: a number; {unit}: heap, kg…; {product}: the product's name (French writes it itself, with d' before a vowel).
  'reservations.line': '{quantity} {unit} de {product}',
  // Error under the product list: no product chosen.
  'reservations.errorProduct': 'Choisissez le produit réservé.',
  // Error under "Pour quand ?" when the day is in the past.
  'reservations.errorWhen': 'Choisissez un jour à venir, ou laissez vide.',
  // Error: the reservation was deleted meanwhile.
  'reservations.notFound': 'Cette réservation n’existe plus.',
  // New reservation when the seller has no product yet.
  'reservations.noProducts': 'Ajoutez d’abord le produit dans vos produits.',

  // Title of the screen of customers to follow up (not seen lately, most loyal…), and its line in "Plus".
  'insights.title': 'À relancer',
  // Follow-up screen: heading of customers not seen lately. {days}: a number of days.
  'insights.inactive': 'Pas vus depuis {days} jours',
  // Follow-up screen when everyone came recently.
  'insights.inactiveEmpty': 'Tout le monde est passé récemment.',
  // Follow-up screen: label of the list choosing how many days count as "not seen".
  'insights.span': 'Durée',
  // A choice in that list. {days}: 14, 21, 30, 60 or 90.
  'insights.spanDays': '{days} jours',
  // Under a customer not seen lately. {what}: what she bought and its price.
  'insights.lastPurchase': 'Dernier achat : {what}',
  // Under a customer not seen lately who never bought anything.
  'insights.noPurchase': 'Aucun achat',
  // Button under a customer not seen lately: prepares a message asking for news.
  'insights.askNews': 'Prendre des nouvelles',
  // Follow-up screen: heading of the customers who came most in 90 days.
  'insights.loyal': 'Les plus fidèles (90 jours)',
  // Follow-up screen when there was no sale in 90 days.
  'insights.loyalEmpty': 'Pas encore de ventes ces 90 derniers jours.',
  // Follow-up screen: heading of the customers who brought the most new customers.
  'insights.ambassadors': 'Ambassadeurs',
  // Follow-up screen when no customer was noted as recommended by another.
  'insights.ambassadorsEmpty':
    'Notez « Recommandé par » sur la fiche des nouveaux clients pour voir vos ambassadeurs.',
  // Follow-up screen: heading of the gifts given this month.
  'insights.giftsMonth': 'Cadeaux de ce mois',
  // Gifts this month. {count}: how many, e.g. "3 cadeaux"; {value}: their total value, e.g. "2 500 FCFA".
  'insights.giftsMonthValue': '{count} · {value}',
  // Button under a list: shows more lines.
  'insights.more': 'Voir plus',
  // "À relancer": title of the credit book's part.
  'insights.credit': 'Crédits',
  // "À relancer", credit part: payments received this month. {amount}: "12 500 FCFA".
  'insights.creditCollected': 'Encaissé ce mois-ci : {amount}',
  // "À relancer", credit part: what customers still owe in all. {amount}: "30 000 FCFA".
  'insights.creditOwed': 'Reste à encaisser : {amount}',
  // "À relancer", credit part: title of the list of the oldest debts.
  'insights.creditOldest': 'Les dettes les plus anciennes',
  // Under a customer in that list. {amount}: what she owes; {day}: since when, e.g. "3 novembre".
  'insights.creditSince': '{amount} depuis le {day}',
  // Button that opens the "Crédits" screen.
  'insights.creditAll': 'Voir tous les crédits',
  // Button under the messages to send, shown a page at a time; {n}: how many are not shown yet.
  'outbox.more': 'Voir les {n} suivants',
} as const;

export default followup;
