/**
 * French strings of the credit book: a customer's card (what she owes, payments, entries),
 * "Crédits", the statement image ("relevé") and the payment details in Réglages. The words are
 * the paper notebook's: gentle, never a threat.
 */
const credit = {
  // Name of the customer card's credit part (screen readers).
  'credit.title': 'Crédit',
  // Customer card: what the customer owes. {amount}: "600 FCFA".
  'credit.owes': 'Doit {amount}',
  // Customer card: what the customer owes and since when. {amount}: "600 FCFA"; {day}: "3 novembre".
  'credit.owesSince': 'Doit {amount} depuis le {day}',
  // Customer card and lists: the day the customer promised to pay. {day}: "10 novembre".
  'credit.promise': 'Paiera le {day}',
  // Same, in red, once that day has passed without payment. {day}: "10 novembre".
  'credit.promiseBroken': 'Devait payer le {day}',
  // Customer card: the customer paid in advance. {amount}: "200 FCFA".
  'credit.advance': 'Avance : {amount}',
  // Customer card and payment form: the customer owes nothing.
  'credit.nothingOwed': 'Ne doit rien',
  // Customer card, button: record money the customer brings back.
  'credit.paymentReceived': 'Paiement reçu',
  // Customer card, button: goods taken on credit without a recorded sale.
  'credit.newCredit': 'Crédit',
  // Customer card, button: prepare a gentle reminder message of what is owed.
  'credit.remind': 'Rappel',
  // Under the reminder button. {ago}: "il y a 2 jours".
  'credit.remindedAgo': 'Dernier rappel {ago}',
  // Question before a second reminder within 3 days. {ago}: "il y a 2 jours".
  'credit.remindAgainTitle': 'Déjà relancée {ago}',
  // Under credit.remindAgainTitle.
  'credit.remindAgainBody': 'Préparer quand même un autre rappel ?',
  // Confirm button of the second-reminder question.
  'credit.remindAgain': 'Préparer le rappel',
  // Message after a reminder was prepared.
  'credit.reminderQueued': 'Rappel ajouté aux messages à envoyer.',
  // Message when the customer refuses messages: no reminder was prepared.
  'credit.reminderRefused': 'Ce client ne veut pas de messages : aucun rappel préparé.',
  // Button in the message after a reminder: opens "Messages à envoyer".
  'credit.seeMessages': 'Voir',
  // Customer card, button: the statement image ("relevé") of the customer's account.
  'credit.statement': 'Relevé',
  // Customer card: title of the list of credit entries and payments.
  'credit.entries': 'Crédits et paiements',
  // Button under a long list: shows more rows.
  'credit.more': 'Voir plus',
  // Kind of entry: goods taken now, to be paid later.
  'credit.kind.credit': 'Crédit',
  // Kind of entry: money brought back.
  'credit.kind.paiement': 'Paiement',
  // What a credit entry was for, when its sale is no longer in the notebook.
  'credit.fromSale': 'vente',
  // Running balance after an entry: still owed. {amount}: "600 FCFA".
  'credit.balanceOwed': 'Reste {amount}',
  // Running balance after an entry: paid in advance. {amount}: "200 FCFA".
  'credit.balanceAdvance': 'Avance {amount}',
  // Running balance after an entry: nothing owed.
  'credit.balanceZero': 'Soldé',
  // Under an entry replaced by a correction (shown struck through). {day}: "5 novembre".
  'credit.correctedOn': 'corrigé le {day}',
  // Under an entry struck out (shown struck through). {day}: "5 novembre".
  'credit.voidedOn': 'annulé le {day}',
  // Payment form title. {name}: the customer's first name.
  'credit.paymentTitle': 'Paiement reçu : {name}',
  // Payment form: the amount field's label (the currency follows in brackets).
  'credit.amountReceived': 'Montant reçu',
  // Payment form: how the money came (cash or a mobile-money service).
  'credit.wayLegend': 'Comment ?',
  // Way of payment: cash.
  'credit.way.especes': 'Espèces',
  // Way of payment: Wave (brand name).
  'credit.way.wave': 'Wave',
  // Way of payment: Orange Money (brand name).
  'credit.way.orange-money': 'Orange Money',
  // Way of payment: MTN Mobile Money (brand name).
  'credit.way.mtn-momo': 'MTN MoMo',
  // Way of payment: Moov Money (brand name).
  'credit.way.moov-money': 'Moov Money',
  // Way of payment: any other.
  'credit.way.autre': 'Autre',
  // Label of the optional note field of an entry.
  'credit.note': 'Note',
  // Payment form checkbox: prepare the customer's receipt message.
  'credit.receiptOption': 'Préparer un reçu WhatsApp',
  // Payment form: save button.
  'credit.savePayment': 'Enregistrer le paiement',
  // Message after a payment. {amount}: "400 FCFA".
  'credit.paymentSaved': 'Paiement enregistré : {amount}',
  // Message after a payment with its receipt prepared. {amount}: "400 FCFA".
  'credit.paymentSavedReceipt': 'Paiement enregistré : {amount}. Reçu ajouté aux messages.',
  // More received than owed. {amount}: what was handed over; {owed}: what was owed.
  'credit.overpaid': '{amount} reçus pour {owed} dus. Que faire du reste ?',
  // More received when nothing is owed. {amount}: what was handed over.
  'credit.overpaidNothingOwed': 'Rien n’est dû. Garder {amount} en avance ?',
  // Button: keep the extra as an advance for the next purchases. {amount}: the extra.
  'credit.keepAdvance': 'Garder {amount} en avance',
  // Button: the seller gives the change back; only what was owed is recorded. {amount}: owed.
  'credit.giveChange': 'Rendre la monnaie (noter {amount})',
  // Error beside an amount field: zero or missing.
  'credit.errorAmount': 'Écrivez un montant plus grand que zéro.',
  // Title of the form for a credit without a sale. {name}: the customer's first name.
  'credit.newCreditTitle': 'Crédit pour {name}',
  // Title of the form correcting a credit entry.
  'credit.editCredit': 'Corriger le crédit',
  // Title of the form correcting a payment.
  'credit.editPayment': 'Corriger le paiement',
  // Label of an entry's amount field (the currency follows in brackets).
  'credit.amount': 'Montant',
  // Under the correction form: the old entry stays visible.
  'credit.correctionHint': 'L’ancienne entrée reste visible, barrée, avec la date de correction.',
  // Button saving a correction.
  'credit.saveCorrection': 'Enregistrer la correction',
  // Button saving a new credit.
  'credit.saveCredit': 'Enregistrer le crédit',
  // Message after a new credit. {amount}: "600 FCFA".
  'credit.creditSaved': 'Crédit enregistré : {amount}',
  // Message after a correction.
  'credit.corrected': 'Correction enregistrée',
  // Button striking an entry out (it stays visible, struck through).
  'credit.void': 'Annuler cette entrée',
  // Question before striking an entry out.
  'credit.voidTitle': 'Annuler cette entrée ?',
  // Under credit.voidTitle: what happens.
  'credit.voidBody': 'Elle ne comptera plus, mais restera visible, barrée, avec la date.',
  // Message after an entry was struck out.
  'credit.voided': 'Entrée annulée',
  // Error: the entry was already corrected or struck out meanwhile.
  'credit.entryGone': 'Cette entrée a déjà été corrigée ou annulée. Rien n’a été modifié.',
  // "Crédits" screen: label of the total still to collect.
  'credit.total': 'Total à encaisser',
  // "Crédits" screen, under the total. {n}: 1.
  'credit.debtors.one': '{n} client doit de l’argent',
  // "Crédits" screen, under the total. {n}: how many customers owe.
  'credit.debtors.other': '{n} clients doivent de l’argent',
  // "Crédits" screen: age of debts from 0 to 30 days.
  'credit.age.0': '0 à 30 jours',
  // "Crédits" screen: age of debts from 31 to 60 days.
  'credit.age.31': '31 à 60 jours',
  // "Crédits" screen: age of debts over 60 days.
  'credit.age.61': 'Plus de 60 jours',
  // "Crédits" screen: title of the customers who promised to pay today or earlier.
  'credit.dueSection': 'À encaisser aujourd’hui',
  // "Crédits" screen: title of everyone else who owes.
  'credit.othersSection': 'Qui doit',
  // "Crédits" screen: name of the sort buttons (screen readers).
  'credit.sortLabel': 'Ordre de la liste',
  // Sort button: the oldest debts first.
  'credit.sortOldest': 'Plus anciens d’abord',
  // Sort button: the biggest debts first.
  'credit.sortBiggest': 'Plus gros d’abord',
  // "Crédits" row: since when the debt runs. {day}: "3 novembre".
  'credit.since': 'depuis le {day}',
  // "Crédits" row, button: record a payment for this customer.
  'credit.pay': 'Paiement',
  // Same button for screen readers. {name}: the customer's first name.
  'credit.payFor': 'Paiement reçu de {name}',
  // "Crédits" screen when nobody owes anything.
  'credit.empty': 'Personne ne doit rien. Les ventes à crédit apparaîtront ici.',
  // Statement screen title. {name}: the customer's first name.
  'credit.statementFor': 'Relevé de {name}',
  // Statement screen: what the image shows.
  'credit.statementIntro':
    'Une image de ses dernières entrées et de ce qui reste à payer, à partager sur WhatsApp.',
  // Statement screen: while the image is being drawn.
  'credit.statementDrawing': 'Préparation de l’image…',
  // Statement image: description for screen readers. {name}: first name.
  'credit.statementAlt': 'Relevé de compte de {name}',
  // Statement screen, button: the phone's share sheet.
  'credit.statementShare': 'Partager',
  // Statement screen, button: save the image to the phone.
  'credit.statementSave': 'Enregistrer l’image',
  // Message after the image was saved.
  'credit.statementSaved': 'Image enregistrée dans les téléchargements',
  // Title written on the statement image.
  'credit.statementTitle': 'Relevé de compte',
  // On the statement image, under the name. {day}: "23 novembre".
  'credit.statementDate': 'Au {day}',
  // On the statement image: older entries left out. {n}: 1.
  'credit.statementEarlier.one': '{n} entrée plus ancienne n’est pas montrée',
  // On the statement image: older entries left out. {n}: how many.
  'credit.statementEarlier.other': '{n} entrées plus anciennes ne sont pas montrées',
  // Statement image, bottom line: what is left to pay.
  'credit.rest': 'Reste à payer',
  // Statement image, bottom line: what was paid in advance.
  'credit.advanceLabel': 'Avance',
  // Statement image, bottom line: nothing owed.
  'credit.settled': 'Soldé',
  // Statement image, last lines: how to pay. {details}: the seller's own payment details.
  'credit.statementPay': 'Pour payer : {details}',
  // Réglages: title of the seller's payment details section.
  'credit.detailsTitle': 'Paiement mobile',
  // Réglages: label of the payment details field.
  'credit.detailsLabel': 'Vos numéros de paiement',
  // Réglages: under the payment details field.
  'credit.detailsHint':
    'Ajoutés aux rappels à la place de « Pour payer », en texte simple. Laissez vide pour ne rien ajouter.',
  // Réglages: example in the empty payment details field.
  'credit.detailsPlaceholder': 'Wave : 07 07 12 34 56',
  // Message after the payment details were saved.
  'credit.detailsSaved': 'Numéros de paiement enregistrés',
} as const;

export default credit;
