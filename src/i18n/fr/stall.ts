/** French strings of the stall: customers, products, sales, gifts. */
const stall = {
  // Error under an amount field left empty.
  'money.empty': 'Écrivez un montant.',
  // Error under an amount that cannot be read as a number.
  'money.invalid': 'Ce montant ne se lit pas. Écrivez seulement des chiffres, par exemple 1500.',
  // Error under an amount below zero.
  'money.negative': 'Le montant ne peut pas être négatif.',
  // Error under an amount far too big.
  'money.too-large': 'Ce montant est trop grand.',

  // Title of the customer list (Clients tab).
  'customers.title': 'Clients',
  // Title of the screen editing a customer, and the pencil button on her card.
  'customers.edit': 'Modifier le client',
  // Customer list, under the title. {n}: 1.
  'customers.count.one': '{n} client',
  // Customer list, under the title. {n}: how many customers.
  'customers.count.other': '{n} clients',
  // Customer list when there is none yet.
  'customers.empty': 'Pas encore de client. Ajoutez le premier !',
  // Button under a long list: shows more lines.
  'customers.more': 'Voir plus',
  // Customer form: label of her first name (the only field required).
  'customers.firstName': 'Prénom',
  // Customer form: label of a nickname or a way to recognise her.
  'customers.nickname': 'Surnom / signe distinctif',
  // Under the nickname: examples (use local ones).
  'customers.nicknameHint': '« du quartier Zongo », « la dame au foulard bleu »',
  // Label of the customer's phone number field (used for WhatsApp, SMS and calls alike).
  'customers.phone': 'Téléphone',
  // Customer form: label of her neighbourhood or village.
  'customers.area': 'Quartier / village',
  // Customer form: label of the customer who sent her to the stall.
  'customers.recommendedBy': 'Recommandé par',
  // Customer form: nobody recommended her.
  'customers.recommendedByNone': 'Personne',
  // Customer form and card: label of her profile.
  'customers.profile': 'Profil',
  // First choice of the profile list: the seller does not know.
  'customers.profileNone': 'Je ne sais pas',
  // Profile: she buys for herself.
  'customers.profile.consommateur': 'Consommateur',
  // Profile: she buys for other people (family, a restaurant…).
  'customers.profile.acheteur-pour-autres': 'Achète pour d’autres',
  // Profile: she recommends the stall to others.
  'customers.profile.prescripteur': 'Prescripteur',
  // Under the profile "Consommateur", in smaller type: what it means.
  'customers.profileHint.consommateur': 'achète pour sa maison',
  // Under the profile "Achète pour d’autres", in smaller type: examples.
  'customers.profileHint.acheteur-pour-autres': 'pour un restaurant, des voisins, pour revendre…',
  // Under the profile "Prescripteur", in smaller type: what it means, in plain words.
  'customers.profileHint.prescripteur': 'recommande vos produits',
  // Customer form: label of free notes about her.
  'customers.notes': 'Notes',
  // Under the notes: examples (use local ones).
  'customers.notesHint': '« son fils est malade », « aime le piment fort »',
  // Consent checkbox on the customer form: she agrees to receive prepared messages, on any channel.
  'customers.acceptsMessages': 'Accepte les messages',
  // Hint under the consent checkbox: refusing messages is not the same as having no WhatsApp.
  'customers.acceptsMessagesHint':
    'Décochez seulement si ce client ne veut aucun message. Sans WhatsApp\u00a0? Choisissez SMS ou Appel.',
  // Heading of the three choices of how a customer is reached (customer form).
  'customers.channel': 'Moyen de contact',
  // Channel choice on the customer form: WhatsApp.
  'customers.channel.whatsapp': 'WhatsApp',
  // Channel choice on the customer form: text message. Keep it short (a third of a 320 px screen).
  'customers.channel.sms': 'SMS',
  // Channel choice on the customer form: a phone call. Keep it short (a third of a 320 px screen).
  'customers.channel.call': 'Appel',
  // Button on her card that prepares a message for her (on her channel: WhatsApp, SMS or a call).
  'customers.message': 'Message',
  // Error under the channel choice: "Appel" was chosen but no number was typed.
  'customers.callNeedsNumber': 'Pour l’appeler, notez son numéro.',
  // Button beside her number on her card: opens the phone's dialer with it.
  'customers.callNumber': 'Appeler',
  // Button beside her number on her card: opens the phone's messages app to her. Keep it short.
  'customers.textNumber': 'SMS',
  // On her card and in lists: she does not want messages.
  'customers.refusesMessages': 'Ne veut pas de messages',
  // Error under the first name when it is empty.
  'customers.errorFirstName': 'Écrivez le prénom du client.',
  // Warning under the number: another customer has it. {name}: that customer's name and nickname.
  'customers.duplicatePhone': 'Ce numéro est déjà celui de {name}. Est-ce la même personne ?',
  // Button after that warning: saves anyway.
  'customers.saveAnyway': 'Enregistrer quand même',
  // Error: the customer was deleted meanwhile.
  'customers.notFound': 'Ce client n’existe plus.',
  // Message after a customer was saved.
  'customers.saved': 'Client enregistré',
  // Question before deleting a customer. {name}: her name and nickname.
  'customers.deleteTitle': 'Supprimer {name} ?',
  // Text of that question: what deleting removes and what stays.
  'customers.deleteBody':
    'Sa fiche, ses réservations et ses messages non envoyés seront effacés. Ses ventes et cadeaux restent dans vos totaux, sans nom.',
  // Message after a customer was deleted.
  'customers.deleted': 'Client supprimé',
  // Count of visits. {n}: 1.
  'customers.visits.one': '{n} visite',
  // Count of visits. {n}: how many.
  'customers.visits.other': '{n} visites',
  // Customer card: label above her number of visits (days she came).
  'customers.visitsLabel': 'Visites',
  // Customer card: label above the total of her purchases.
  'customers.totalSpent': 'Total acheté',
  // Customer card: label above when she last came.
  'customers.lastVisit': 'Dernière visite',
  // Customer card, under "Dernière visite": she has bought nothing and received nothing yet. Lower case.
  'customers.never': 'pas encore',
  // Customer card: label above the gifts she received (number and value).
  'customers.gifts': 'Cadeaux reçus',
  // Customer card: she brought new customers. {n}: 1.
  'customers.recommended.one': 'A recommandé {n} client',
  // Customer card: she brought new customers. {n}: how many.
  'customers.recommended.other': 'A recommandé {n} clients',
  // Customer card: heading of her purchases and gifts, newest first.
  'customers.history': 'Historique',
  // Customer card when she has no purchase or gift yet.
  'customers.historyEmpty': 'Ni vente ni cadeau pour l’instant.',
  // Beside a customer who came today. Lower case.
  'customers.seenToday': 'vu aujourd’hui',

  // Title of the product list and its line in "Plus".
  'products.title': 'Produits',
  // Button and screen title: adds a product.
  'products.new': 'Nouveau produit',
  // Title of the screen editing a product.
  'products.edit': 'Modifier le produit',
  // Product list when there is none yet.
  'products.empty': 'Ajoutez vos produits : le prix et l’unité seront connus à chaque vente.',
  // Button on the empty product list.
  'products.addFirst': 'Ajouter mon premier produit',
  // Product form: label of its name.
  'products.name': 'Nom du produit',
  // Grey example inside the empty product name (use a local product).
  'products.namePlaceholder': 'Piment frais',
  // Product form: label of its price.
  'products.price': 'Prix',
  // Product form: label of the unit it is sold by.
  'products.unit': 'Unité',
  // Under the unit: examples of units (use local ones).
  'products.unitHint': 'tas, kg, sac, botte, pièce…',
  // Product form: heading of whether it can be sold now.
  'products.availability': 'Disponibilité',
  // Product form: choice, it can be sold now.
  'products.available': 'Disponible',
  // Product form: choice, it cannot be sold now.
  'products.notAvailable': 'Pas disponible',
  // Product form and lists: it will come with the next harvest (customers may reserve it).
  'products.nextHarvest': 'Prochaine récolte',
  // Product form: label of the picture (an emoji) shown with it.
  'products.emoji': 'Image',
  // Product form: label of its colour.
  'products.color': 'Couleur',
  // Product form: first choice, no picture.
  'products.noEmoji': 'Aucune',
  // Product form (French only): heading of two choices telling the product's gender, e.g. "un piment" or "une tomate", so that messages say "la tomate est arrivée".
  'products.gender': 'On dit',
  // Product form, a choice under "On dit": the masculine article before the product. {name}: the product as typed.
  'products.gender.m': 'un {name}',
  // Product form, a choice under "On dit": the feminine article before the product. {name}: the product as typed.
  'products.gender.f': 'une {name}',
  // Error under the product name when it is empty.
  'products.errorName': 'Écrivez le nom du produit.',
  // Error under the unit when it is empty (with examples).
  'products.errorUnit': 'Écrivez l’unité : tas, kg, sac…',
  // Error: a product of that name exists. {name}: the name typed.
  'products.errorDuplicate': '« {name} » est déjà dans vos produits.',
  // Error: the product was deleted meanwhile.
  'products.notFound': 'Ce produit n’existe plus.',
  // Message after a product was saved.
  'products.saved': 'Produit enregistré',
  // Question before deleting a product. {name}: its name.
  'products.deleteTitle': 'Supprimer {name} ?',
  // Text of that question: past sales keep it, its reservations are cancelled.
  'products.deleteBody':
    'Les ventes passées gardent leur nom et leur prix. Ses réservations en attente seront annulées.',
  // Message after a product was deleted.
  'products.deleted': 'Produit supprimé',
  // Product list, sale and Status tiles, under each product, in languages other than French (French chooses "le", "la" or "l'" itself). {price}: e.g. "500 FCFA"; {unit}: e.g. "tas".
  'products.perUnit': '{price} le {unit}',
  // Product form: button that makes a WhatsApp Status image of this product ("statut" is WhatsApp's French word).
  'products.makeStory': 'Faire un statut',

  // Title of the sale screen before a customer is chosen.
  'sales.title': 'Vente',
  // Title of the sale screen. {name}: the customer's first name.
  'sales.forCustomer': 'Vente pour {name}',
  // A sale to a passing customer, whose name is not noted: button and screen title.
  'sales.passing': 'Client de passage',
  // Sale screen: heading above the customer search ("for whom?").
  'sales.pickCustomer': 'Pour qui ?',
  // Sale screen: heading above the product tiles; each tap adds one.
  'sales.tapProducts': 'Touchez les produits vendus',
  // Sale screen when the seller has no product yet.
  'sales.noProducts': 'Pas encore de produits. Tapez le montant, ou ajoutez vos produits.',
  // Sale screen: button that opens the product form.
  'sales.addProducts': 'Ajouter des produits',
  // Sale screen, bar at the bottom: label of the total.
  'sales.total': 'Total',
  // Sale screen: a button, then the label of an amount typed by hand.
  'sales.manualTotal': 'Montant tapé à la main',
  // Under the amount typed by hand: it replaces the computed total.
  'sales.manualTotalHint': 'Remplace le total calculé (remise, arrondi…).',
  // Read aloud by screen readers: the − button of a line. {name}: the product.
  'sales.less': 'Un de moins : {name}',
  // Read aloud by screen readers: the + button of a line. {name}: the product.
  'sales.more': 'Un de plus : {name}',
  // Read aloud by screen readers: removes a line. {name}: the product.
  'sales.remove': 'Retirer {name}',
  // Read aloud by screen readers: the quantity box of a line. {name}: the product.
  'sales.quantity': 'Quantité de {name}',
  // Sale screen: the big button that saves the sale.
  'sales.save': 'Enregistrer la vente',
  // Message after a sale was saved (with a button to undo it). {total}: e.g. "1 500 FCFA".
  'sales.saved': 'Vente enregistrée : {total}',
  // Message after a sale was undone.
  'sales.undone': 'Vente annulée',
  // Error when saving a sale with no product and no amount.
  'sales.errorEmpty': 'Touchez au moins un produit, ou tapez un montant.',
  // Error: a product of the sale was deleted meanwhile.
  'sales.errorProductGone': 'Un produit de cette vente a été supprimé. Retirez-le et réessayez.',
  // Error: the sale was deleted meanwhile.
  'sales.notFound': 'Cette vente n’existe plus.',
  // Title of the screen editing a past sale.
  'sales.edit': 'Modifier la vente',
  // Question before deleting a sale.
  'sales.deleteTitle': 'Supprimer cette vente ?',
  // Text of that question.
  'sales.deleteBody': 'Elle sort des totaux. Les cadeaux donnés avec elle restent.',
  // Message after a sale was deleted.
  'sales.deleted': 'Vente supprimée',
  // One line of a sale. {quantity}: a number; {unit}: heap, kg…; {name}: the product.
  'sales.line': '{quantity} {unit} de {name}',
  // A sale recorded as an amount only, without products.
  'sales.amountOnly': 'Montant seul',
  // Sale screen: the last tile of the products, which adds a product and comes back to the sale with it picked.
  'sales.addProduct': 'Nouveau produit',
  // Sale screen opened from a reservation, above the products. {line}: what was reserved, e.g. "2 kg de gombo".
  'sales.forReservation': 'Réservation : {line}',
  // Sale screen of a reservation, under the total: money the customer gave when she reserved. {amount}: e.g. "500 FCFA".
  'sales.advance': 'Avance déjà reçue : {amount}',
  // Sale screen of a reservation, beside the advance: the total minus the advance. {amount}: e.g. "1 000 FCFA".
  'sales.toPay': 'Reste à payer : {amount}',

  // Title of the gift screen, and the gift button on a customer's card.
  'gifts.title': 'Cadeau',
  // Title of the gift screen. {name}: the customer's first name.
  'gifts.forCustomer': 'Cadeau pour {name}',
  // Gift form: label of what was given ("what?").
  'gifts.what': 'Quoi ?',
  // Grey example inside the empty "what" field (use a local gift).
  'gifts.whatPlaceholder': 'une poignée d’arachide',
  // Gift form: heading of buttons repeating gifts given before.
  'gifts.quickPicks': 'Déjà donné',
  // Gift form: heading of example gifts, shown before any gift was ever given (tapping one fills "Quoi ?").
  'gifts.ideas': 'Idées',
  // Gift form: label of the reason ("why?"); also on the customer's card.
  'gifts.reason': 'Pourquoi ?',
  // Reason for a gift: she is a loyal customer.
  'gifts.reason.fidelite': 'Fidélité',
  // Reason for a gift: an apology.
  'gifts.reason.excuse': 'Excuse',
  // Reason for a gift: thanks for bringing a new customer.
  'gifts.reason.recommandation': 'Merci pour une recommandation',
  // Reason for a gift: another reason.
  'gifts.reason.autre': 'Autre',
  // Gift form: label of what the gift is worth, roughly.
  'gifts.value': 'Valeur estimée',
  // Gift form: the gift goes with a sale made a moment ago. {time}: its time, e.g. "14:05".
  'gifts.withSale': 'Avec la vente de {time}',
  // Gift form: the button that saves the gift.
  'gifts.save': 'Enregistrer le cadeau',
  // Message after a gift was saved.
  'gifts.saved': 'Cadeau enregistré',
  // Error under "what" when it is empty.
  'gifts.errorWhat': 'Écrivez ce que vous avez donné.',
  // Error: the gift was deleted meanwhile.
  'gifts.notFound': 'Ce cadeau n’existe plus.',
  // Question before deleting a gift.
  'gifts.deleteTitle': 'Supprimer ce cadeau ?',
  // Message after a gift was deleted.
  'gifts.deleted': 'Cadeau supprimé',
  // A gift in the customer's history. {what}: what was given.
  'gifts.given': 'Cadeau : {what}',

  // Sale screen: a tick box, prepare a WhatsApp thank-you for this customer.
  'outbox.thanksOption': 'Préparer un message de merci',
  // Customer card: button that notes a reservation for her. One short verb: it shares a row with "Cadeau".
  'customers.reservation': 'Réserver',

  // Beside a quantity field left empty.
  'quantity.empty': 'Écrivez une quantité.',
  // Beside a quantity field that is not a number.
  'quantity.invalid': 'Cette quantité ne se lit pas : écrivez par exemple 2, ou 1,5 pour un poids.',
  // Beside a decimal quantity of something counted. {unit}: the product's unit, e.g. "tas".
  'quantity.whole': 'Pour « {unit} », une quantité entière : 1, 2, 3…',
  // Beside a quantity over the limit. {max}: 999.
  'quantity.too-large': 'Quantité trop grande : {max} au plus.',

  // Beside a text field whose text holds a broken character (pasted from elsewhere).
  'form.illFormed': 'Ce texte contient un caractère illisible. Retapez-le.',
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
  // Under settings.changeCurrency. {from}/{to}: currency labels, e.g. FCFA and MAD. "Sauvegarde":
  // the name of the backup screen, where the automatic copy is listed.
  'settings.changeCurrencyHint':
    'Les montants déjà notés ne sont pas convertis : ils gardent leurs chiffres (1 500 {from} devient 1 500 {to}). Une copie du carnet est gardée avant (Sauvegarde), et les téléphones synchronisés suivent.',
  // Sale form: name of the payment choice (screen readers).
  'payment.legend': 'Paiement',
  // Sale form, payment choice (the default): paid in full.
  'payment.paid': 'Payé',
  // Sale form, payment choice: nothing paid now, all on credit.
  'payment.credit': 'À crédit',
  // Sale form, payment choice: part paid now, the rest on credit.
  'payment.partial': 'Payé : …',
  // Sale form: label of the amount paid now (the currency follows in brackets).
  'payment.paidAmount': 'Payé',
  // Sale form: what stays unpaid, owed by the customer. {amount}: "600 FCFA".
  'payment.rest': 'Reste à payer : {amount}',
  // Error beside the amount paid: empty.
  'payment.paidEmpty': 'Écrivez combien a été payé.',
  // Error beside the amount paid: more than the sale's total.
  'payment.tooMuch': 'C’est plus que le total : choisissez « Payé ».',
  // Error: a sale on credit needs a known customer (not a passing one).
  'payment.needsCustomer': 'Une vente à crédit se note pour un client connu.',
  // Title of the promised-day choice ("Paiera le").
  'due.legend': 'Paiera le',
  // Promised-day choice: tomorrow.
  'due.tomorrow': 'Demain',
  // Promised-day choice: the next market day. {day}: "samedi".
  'due.market': 'Marché ({day})',
  // Promised-day choice: in two weeks.
  'due.twoWeeks': 'Dans 2 semaines',
  // Promised-day choice: another day, picked in a calendar.
  'due.other': 'Autre jour',
  // Label of the calendar field for another day.
  'due.pick': 'Jour promis',
  // Under the promised-day choice: the day chosen. {day}: "samedi 28 novembre".
  'due.chosen': 'Paiera le {day}',
  // Message after a sale partly on credit. {total}: the sale; {credit}: what stays unpaid.
  'sales.savedCredit': 'Vente enregistrée : {total}, dont {credit} à crédit',
  // Sale deletion question, extra line when the sale was on credit. {amount}: the unpaid part.
  'sales.deleteCredit':
    'Les {amount} à crédit de cette vente seront annulés dans son compte (barrés, toujours visibles).',
  // Customer deletion question, extra line when the customer owes money. {amount}: what is owed.
  'customers.deleteOwes': 'Ce client doit encore {amount} : ses crédits seront supprimés avec lui.',
} as const;

export default stall;
