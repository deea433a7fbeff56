import type fr from '../fr/templates';
import type { Translation } from '../translation';

/** English default texts of the WhatsApp messages. */
const templates = {
  'template.merci':
    'Hello {prenom}, thank you for shopping with me at the market today. See you soon! {vendeur}',
  'template.arrivage': 'Hello {prenom}, {arrivage}! I will be at {marche} {jour}. {vendeur}',
  'template.reservation':
    'Hello {prenom}, your reservation ({quantite} {produit}) is ready. {vendeur}',
  'template.excuse': 'Hello {prenom}, I apologise for {motif}. Thank you for your trust. {vendeur}',
  'template.nouvelles': "Hello {prenom}, it's been a while! How are you? {vendeur}",
  'template.rappel':
    'Hello {prenom}, a small reminder: {reste} is still to be settled at {vendeur}. {paiement} Thank you and see you soon!',
  'template.recu':
    'Hello {prenom}, I have received {montant}. {reste} is left to settle. Thank you! {vendeur}',
  'template.onDay': 'on {day}',
  'template.everyDay': 'every day',
  'template.market': '{name} market',
  'template.marketVowel': '{name} market',
  'template.marketWord': 'market',
} as const satisfies Translation<typeof fr>;

export default templates;
