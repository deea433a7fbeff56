/**
 * French default texts of the WhatsApp messages (PRODUCT.md); the seller edits her own in
 * Réglages. Every language's file is at hand when a message is written (see ../templates.ts).
 */
const templates = {
  // Default thank-you message, prepared after each sale. {prenom}: the customer's first name; {vendeur}: the seller's name. Keep every word in braces exactly as written.
  'template.merci':
    "Bonjour {prenom}, merci pour votre achat aujourd'hui au marché. À bientôt chez {vendeur} !",
  // Default message announcing a product. {arrivage}: the product with its article and agreed verb, written by the app, e.g. "la tomate est arrivée"; {marche}: the market as a sentence says it, e.g. "marché d'Adjamé"; {jour}: the market day as "template.onDay" or "template.everyDay" write it; {vendeur}: the seller's name.
  'template.arrivage': 'Bonjour {prenom}, {arrivage} ! Je serai au {marche} {jour}. {vendeur}',
  // Default message when a reserved product is ready. {quantite}: the quantity and unit, e.g. "2 tas"; {produit}: the product's name in lower case, e.g. "piment frais" (the app writes "d'" before a vowel).
  'template.reservation':
    'Bonjour {prenom}, votre réservation ({quantite} de {produit}) est prête. {vendeur}',
  // Default apology. {motif}: what the seller apologises for, as she typed it, e.g. "le retard de ce matin".
  'template.excuse':
    'Bonjour {prenom}, je vous présente mes excuses pour {motif}. Merci de votre confiance. {vendeur}',
  // Default message asking a customer not seen for a while how she is.
  'template.nouvelles': 'Bonjour {prenom}, cela fait longtemps ! Comment allez-vous ? {vendeur}',
  // Default reminder of what a customer owes, gentle, never a threat. {reste}: what is still owed, e.g. "600 FCFA"; {vendeur}: the seller's name; {paiement}: the seller's payment details (e.g. "Wave : 07 07 12 34 56"), left out with its space when she wrote none.
  'template.rappel':
    'Bonjour {prenom}, petit rappel : il reste {reste} à régler chez {vendeur}. {paiement} Merci et à bientôt !',
  // Default receipt after a payment: the customer's copy of the account. {montant}: what she just paid, e.g. "400 FCFA"; {reste}: what is still owed after it.
  'template.recu':
    "Bonjour {prenom}, j'ai bien reçu {montant}. Il reste {reste} à régler. Merci ! {vendeur}",
  // The market day inside a message ({jour} in "…au marché de Treichville samedi"). {day}: the weekday's name.
  'template.onDay': '{day}',
  // {jour} inside a message for a market open every day.
  'template.everyDay': 'tous les jours',
  // {marche} inside a message (and on a Status image), from the market's name the seller typed, e.g. "marché de Treichville". {name}: that name.
  'template.market': 'marché de {name}',
  // The same, before a name starting with a vowel (French elision). {name}: e.g. "Adjamé".
  'template.marketVowel': "marché d'{name}",
  // The word for "market", as a seller may type it in the market's name ("Grand marché de Bouaké"): such a name is then written as typed. One word, lower case.
  'template.marketWord': 'marché',
} as const;

export default templates;
