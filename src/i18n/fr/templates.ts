/**
 * French default texts of the WhatsApp messages (PRODUCT.md); the seller edits her own in
 * Réglages. Every language's file is at hand when a message is written (see ../templates.ts).
 */
const templates = {
  // Default thank-you message, prepared after each sale. {prenom}: the customer's first name; {vendeur}: the seller's name. Keep every word in braces exactly as written.
  'template.merci':
    "Bonjour {prenom}, merci pour votre achat aujourd'hui au marché. À bientôt chez {vendeur} !",
  // Default message announcing a product. {produit}: its name, e.g. "Piment frais"; {marche}: the market's name, e.g. "Treichville"; {jour}: the market day as "template.onDay" or "template.everyDay" write it; {vendeur}: the seller's name.
  'template.arrivage':
    'Bonjour {prenom}, {produit} est arrivé ! Je serai au marché de {marche} {jour}. {vendeur}',
  // Default message when a reserved product is ready. {quantite}: the quantity and unit, e.g. "2 tas"; {produit}: the product's name.
  'template.reservation':
    'Bonjour {prenom}, votre réservation ({quantite} {produit}) est prête. {vendeur}',
  // Default apology. {motif}: what the seller apologises for, as she typed it, e.g. "le retard de ce matin".
  'template.excuse':
    'Bonjour {prenom}, je vous présente mes excuses pour {motif}. Merci de votre confiance. {vendeur}',
  // Default message asking a customer not seen for a while how she is.
  'template.nouvelles': 'Bonjour {prenom}, cela fait longtemps ! Comment allez-vous ? {vendeur}',
  // The market day inside a message ({jour} in "…au marché de Treichville samedi"). {day}: the weekday's name.
  'template.onDay': '{day}',
  // {jour} inside a message for a market open every day.
  'template.everyDay': 'tous les jours',
} as const;

export default templates;
