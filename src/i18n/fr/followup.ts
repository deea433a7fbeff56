/** French strings of the follow-up: outbox, templates, announcements, reservations, insights. */
const followup = {
  'outbox.title': 'Messages à envoyer',
  'outbox.pending': 'À envoyer',
  'outbox.sent': 'Envoyés',
  'outbox.empty':
    'Aucun message en attente. Les mercis, annonces et réservations prêtes arriveront ici.',
  'outbox.sentEmpty': 'Aucun message envoyé pour l’instant.',
  'outbox.offline': 'Hors ligne : vos messages attendront ici le retour du réseau.',
  'outbox.online': 'Réseau disponible : touchez un message pour l’ouvrir dans WhatsApp.',
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
  'outbox.markSent': 'Marquer comme envoyé',
  'outbox.markPending': 'Remettre à envoyer',
  'outbox.sentAt': 'Envoyé {when}',
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
  'outbox.refuses': '{name} ne veut plus de messages : celui-ci ne partira pas.',
  'outbox.deleteTitle': 'Supprimer ce message ?',
  'outbox.deleted': 'Message supprimé',
  'outbox.tooLong': 'Ce message est trop long ({max} caractères au plus).',
  'outbox.empty.text': 'Écrivez le message.',
  'outbox.queued.one': '{n} message ajouté aux messages à envoyer.',
  'outbox.queued.other': '{n} messages ajoutés aux messages à envoyer.',
  'outbox.refused.one': '{n} client a dit non aux messages : il ne recevra rien.',
  'outbox.refused.other': '{n} clients ont dit non aux messages : ils ne recevront rien.',
  'outbox.passing': 'Client de passage',
  'outbox.kind.merci': 'Merci',
  'outbox.kind.arrivage': 'Arrivage',
  'outbox.kind.reservation': 'Réservation prête',
  'outbox.kind.excuse': 'Excuse',
  'outbox.kind.nouvelles': 'Prendre des nouvelles',
  'outbox.kind.libre': 'Message libre',
  'outbox.announce': 'Annonce',
  'outbox.compose': 'Nouveau message',
  'outbox.thanksQueued': 'Le merci attend dans les messages à envoyer.',

  'compose.title': 'Message pour {name}',
  'compose.template': 'Modèle',
  'compose.product': 'Produit',
  'compose.quantity': 'Quantité',
  'compose.motif': 'Motif de l’excuse',
  'compose.motifHint': 'par exemple : le retard de ce matin',
  'compose.text': 'Message',
  'compose.preview': 'Aperçu',
  'compose.missing': 'À compléter : {names}',
  'compose.queue': 'Mettre dans les messages à envoyer',
  'compose.refuses':
    '{name} a dit non aux messages. Assoh ne lui en prépare pas : la fidélité, ce n’est pas l’insistance.',
  'compose.chooseProduct': 'Choisissez un produit',

  'announce.title': 'Annonce',
  'announce.intro': 'Un message personnalisé par client, envoyé d’une touche chacun.',
  'announce.audience': 'À qui ?',
  'announce.audience.all': 'Tous les clients avec un numéro',
  'announce.audience.bought': 'Ceux qui ont acheté ce produit',
  'announce.audience.profile': 'Un profil de clients',
  'announce.audience.reserved': 'Ceux qui ont réservé ce produit',
  'announce.count.one': '{n} client recevra ce message.',
  'announce.count.other': '{n} clients recevront ce message.',
  'announce.none': 'Personne dans ce groupe ne peut recevoir ce message.',
  // How the announcement's messages will go, channel by channel; {n}: number of customers.
  'announce.via.whatsapp': '{n} sur WhatsApp',
  // How the announcement's messages will go, channel by channel; {n}: number of customers.
  'announce.via.sms': '{n} par SMS',
  // How the announcement's messages will go, channel by channel; {n}: number of customers.
  'announce.via.call': '{n} par appel',
  'announce.create': 'Préparer les messages',

  'templates.title': 'Modèles de messages',
  'templates.intro':
    'Vos textes. Les mots entre accolades sont remplacés : {prenom} {vendeur} {produit} {quantite} {marche} {jour} {motif}.',
  'templates.previewWith': 'Aperçu avec {name}',
  'templates.reset': 'Texte d’origine',
  'templates.unknown': 'Mot inconnu entre accolades : {names}',
  'templates.saved': 'Modèles enregistrés',
  'templates.example': 'Awa',

  'reservations.title': 'Réservations',
  'reservations.new': 'Nouvelle réservation',
  'reservations.for': 'Réservation pour {name}',
  'reservations.empty':
    'Aucune réservation. Notez ici « Awa veut 2 tas de piment à la prochaine récolte ».',
  'reservations.waiting': 'En attente',
  'reservations.ready': 'Prêtes',
  'reservations.product': 'Produit',
  'reservations.quantity': 'Quantité',
  'reservations.note': 'Note',
  'reservations.save': 'Enregistrer la réservation',
  'reservations.saved': 'Réservation enregistrée',
  'reservations.markAvailable': '{product} est disponible',
  'reservations.readyNow.one':
    '{n} réservation prête : le message attend dans les messages à envoyer.',
  'reservations.readyNow.other':
    '{n} réservations prêtes : les messages attendent dans les messages à envoyer.',
  'reservations.fulfil': 'Vendre',
  'reservations.fulfilled': 'Réservation vendue',
  'reservations.cancel': 'Annuler la réservation',
  'reservations.cancelled': 'Réservation annulée',
  'reservations.cancelTitle': 'Annuler la réservation de {name} ?',
  'reservations.line': '{quantity} {unit} de {product}',
  'reservations.errorProduct': 'Choisissez le produit réservé.',
  'reservations.errorQuantity': 'La quantité doit être entre 1 et {max}.',
  'reservations.notFound': 'Cette réservation n’existe plus.',
  'reservations.noProducts': 'Ajoutez d’abord le produit dans vos produits.',

  'insights.title': 'À relancer',
  'insights.inactive': 'Pas vus depuis {days} jours',
  'insights.inactiveEmpty': 'Tout le monde est passé récemment.',
  'insights.span': 'Durée',
  'insights.spanDays': '{days} jours',
  'insights.lastPurchase': 'Dernier achat : {what}',
  'insights.noPurchase': 'Aucun achat',
  'insights.askNews': 'Prendre des nouvelles',
  'insights.loyal': 'Les plus fidèles (90 jours)',
  'insights.loyalEmpty': 'Pas encore de ventes ces 90 derniers jours.',
  'insights.ambassadors': 'Ambassadeurs',
  'insights.ambassadorsEmpty':
    'Notez « Recommandé par » sur la fiche des nouveaux clients pour voir vos ambassadeurs.',
  'insights.giftsMonth': 'Cadeaux de ce mois',
  'insights.giftsMonthValue': '{count} cadeaux · {value}',
  'insights.more': 'Voir plus',
} as const;

export default followup;
