import type fr from '../fr/templates';
import type { Translation } from '../translation';

/** Arabic (Modern Standard) default texts of the WhatsApp messages. */
const templates = {
  'template.merci':
    'السلام عليكم {prenom}، شكرًا على مشترياتك اليوم في السوق. إلى اللقاء قريبًا عند {vendeur}!',
  'template.arrivage':
    'السلام عليكم {prenom}، وصلت سلعة جديدة: {arrivage}! سأكون في {marche} {jour}. {vendeur}',
  'template.reservation': 'السلام عليكم {prenom}، حجزك ({quantite} {produit}) جاهز. {vendeur}',
  'template.excuse': 'السلام عليكم {prenom}، أعتذر منك عن {motif}. شكرًا على ثقتك. {vendeur}',
  'template.nouvelles': 'السلام عليكم {prenom}، مرّ وقت طويل منذ آخر لقاء! كيف حالك؟ {vendeur}',
  'template.rappel':
    'السلام عليكم {prenom}، تذكير لطيف: يبقى {reste} للتسوية عند {vendeur}. {paiement} شكرًا وإلى اللقاء قريبًا!',
  'template.recu': 'السلام عليكم {prenom}، استلمت {montant}. يبقى {reste} للتسوية. شكرًا! {vendeur}',
  'template.onDay': 'يوم {day}',
  'template.everyDay': 'كل يوم',
  'template.market': 'سوق {name}',
  'template.marketVowel': 'سوق {name}',
  'template.marketWord': 'سوق',
} as const satisfies Translation<typeof fr>;

export default templates;
