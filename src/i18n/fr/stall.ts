/** French strings of the stall: customers, products, sales, gifts. */
const stall = {
  'money.empty': 'Écrivez un montant.',
  'money.invalid': 'Ce montant ne se lit pas. Écrivez seulement des chiffres, par exemple 1500.',
  'money.negative': 'Le montant ne peut pas être négatif.',
  'money.too-large': 'Ce montant est trop grand.',

  'customers.title': 'Clients',
  'customers.edit': 'Modifier le client',
  'customers.count.one': '{n} client',
  'customers.count.other': '{n} clients',
  'customers.empty': 'Pas encore de client. Ajoutez le premier !',
  'customers.more': 'Voir plus',
  'customers.firstName': 'Prénom',
  'customers.nickname': 'Surnom / signe distinctif',
  'customers.nicknameHint': '« du quartier Zongo », « la dame au foulard bleu »',
  'customers.phone': 'Téléphone WhatsApp',
  'customers.area': 'Quartier / village',
  'customers.recommendedBy': 'Recommandé par',
  'customers.recommendedByNone': 'Personne',
  'customers.profile': 'Profil',
  'customers.profileNone': 'Je ne sais pas',
  'customers.profile.consommateur': 'Consommateur',
  'customers.profile.acheteur-pour-autres': 'Achète pour d’autres',
  'customers.profile.prescripteur': 'Prescripteur',
  'customers.notes': 'Notes',
  'customers.notesHint': '« son fils est malade », « aime le piment fort »',
  'customers.acceptsMessages': 'Accepte les messages WhatsApp',
  'customers.refusesMessages': 'Ne veut pas de messages',
  'customers.errorFirstName': 'Écrivez le prénom du client.',
  'customers.duplicatePhone': 'Ce numéro est déjà celui de {name}. Est-ce la même personne ?',
  'customers.saveAnyway': 'Enregistrer quand même',
  'customers.notFound': 'Ce client n’existe plus.',
  'customers.saved': 'Client enregistré',
  'customers.deleteTitle': 'Supprimer {name} ?',
  'customers.deleteBody':
    'Sa fiche, ses réservations et ses messages non envoyés seront effacés. Ses ventes et cadeaux restent dans vos totaux, sans nom.',
  'customers.deleted': 'Client supprimé',
  'customers.visits.one': '{n} visite',
  'customers.visits.other': '{n} visites',
  'customers.visitsLabel': 'Visites',
  'customers.totalSpent': 'Total acheté',
  'customers.lastVisit': 'Dernière visite',
  'customers.never': 'jamais',
  'customers.gifts': 'Cadeaux reçus',
  'customers.recommended.one': 'A recommandé {n} client',
  'customers.recommended.other': 'A recommandé {n} clients',
  'customers.history': 'Historique',
  'customers.historyEmpty': 'Ni vente ni cadeau pour l’instant.',
  'customers.seenToday': 'vu aujourd’hui',

  'products.title': 'Produits',
  'products.new': 'Nouveau produit',
  'products.edit': 'Modifier le produit',
  'products.empty': 'Ajoutez vos produits : le prix et l’unité seront connus à chaque vente.',
  'products.addFirst': 'Ajouter mon premier produit',
  'products.name': 'Nom du produit',
  'products.namePlaceholder': 'Piment frais',
  'products.price': 'Prix',
  'products.unit': 'Unité',
  'products.unitHint': 'tas, kg, sac, botte, pièce…',
  'products.availability': 'Disponibilité',
  'products.available': 'Disponible',
  'products.notAvailable': 'Pas disponible',
  'products.nextHarvest': 'Prochaine récolte',
  'products.emoji': 'Image',
  'products.color': 'Couleur',
  'products.noEmoji': 'Aucune',
  'products.errorName': 'Écrivez le nom du produit.',
  'products.errorUnit': 'Écrivez l’unité : tas, kg, sac…',
  'products.errorDuplicate': '« {name} » est déjà dans vos produits.',
  'products.notFound': 'Ce produit n’existe plus.',
  'products.saved': 'Produit enregistré',
  'products.deleteTitle': 'Supprimer {name} ?',
  'products.deleteBody':
    'Les ventes passées gardent leur nom et leur prix. Ses réservations en attente seront annulées.',
  'products.deleted': 'Produit supprimé',
  'products.perUnit': '{price} le {unit}',
  'products.makeStory': 'Faire une story',

  'sales.title': 'Vente',
  'sales.forCustomer': 'Vente pour {name}',
  'sales.passing': 'Client de passage',
  'sales.pickCustomer': 'Pour qui ?',
  'sales.tapProducts': 'Touchez les produits vendus',
  'sales.noProducts': 'Pas encore de produits. Tapez le montant, ou ajoutez vos produits.',
  'sales.addProducts': 'Ajouter des produits',
  'sales.total': 'Total',
  'sales.manualTotal': 'Montant tapé à la main',
  'sales.manualTotalHint': 'Remplace le total calculé (remise, arrondi…).',
  'sales.less': 'Un de moins : {name}',
  'sales.more': 'Un de plus : {name}',
  'sales.remove': 'Retirer {name}',
  'sales.quantity': 'Quantité de {name}',
  'sales.save': 'Enregistrer la vente',
  'sales.saved': 'Vente enregistrée : {total}',
  'sales.undone': 'Vente annulée',
  'sales.errorEmpty': 'Touchez au moins un produit, ou tapez un montant.',
  'sales.errorProductGone': 'Un produit de cette vente a été supprimé. Retirez-le et réessayez.',
  'sales.notFound': 'Cette vente n’existe plus.',
  'sales.edit': 'Modifier la vente',
  'sales.deleteTitle': 'Supprimer cette vente ?',
  'sales.deleteBody': 'Elle sort des totaux. Les cadeaux donnés avec elle restent.',
  'sales.deleted': 'Vente supprimée',
  'sales.line': '{quantity} {unit} de {name}',
  'sales.amountOnly': 'Montant seul',

  'gifts.title': 'Cadeau',
  'gifts.forCustomer': 'Cadeau pour {name}',
  'gifts.what': 'Quoi ?',
  'gifts.whatPlaceholder': 'une poignée d’arachide',
  'gifts.quickPicks': 'Déjà donné',
  'gifts.reason': 'Pourquoi ?',
  'gifts.reason.fidelite': 'Fidélité',
  'gifts.reason.excuse': 'Excuse',
  'gifts.reason.recommandation': 'Merci pour une recommandation',
  'gifts.reason.autre': 'Autre',
  'gifts.value': 'Valeur estimée',
  'gifts.withSale': 'Avec la vente de {time}',
  'gifts.save': 'Enregistrer le cadeau',
  'gifts.saved': 'Cadeau enregistré',
  'gifts.errorWhat': 'Écrivez ce que vous avez donné.',
  'gifts.notFound': 'Ce cadeau n’existe plus.',
  'gifts.deleteTitle': 'Supprimer ce cadeau ?',
  'gifts.deleted': 'Cadeau supprimé',
  'gifts.given': 'Cadeau : {what}',

  'outbox.thanksOption': 'Préparer un message de merci',
  'customers.whatsapp': 'WhatsApp',
  'customers.reservation': 'Réservation',

  // Beside a quantity field left empty.
  'quantity.empty': 'Écrivez une quantité.',
  // Beside a quantity field that is not a number.
  'quantity.invalid': 'Cette quantité ne se lit pas : écrivez par exemple 2, ou 1,5 pour un poids.',
  // Beside a decimal quantity of something counted. {unit}: the product's unit, e.g. "tas".
  'quantity.whole': 'Pour « {unit} », une quantité entière : 1, 2, 3…',
  // Beside a quantity over the limit. {max}: 999.
  'quantity.too-large': 'Quantité trop grande : {max} au plus.',

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
