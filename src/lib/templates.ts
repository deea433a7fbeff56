export type TemplateKind =
  'merci' | 'arrivage' | 'reservation' | 'excuse' | 'nouvelles' | 'rappel' | 'recu';
import type { Language } from './languages';

export type { Language };

export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  'merci',
  'arrivage',
  'reservation',
  'excuse',
  'nouvelles',
  'rappel',
  'recu',
];

/** The credit book's messages: prepared from her card, with her figures, never composed freely. */
export const CREDIT_TEMPLATE_KINDS: readonly TemplateKind[] = ['rappel', 'recu'];

/** The default texts of PRODUCT.md; the seller edits them in Réglages. */
export const DEFAULT_TEMPLATES: Record<Language, Record<TemplateKind, string>> = {
  fr: {
    merci:
      "Bonjour {prenom}, merci pour votre achat aujourd'hui au marché. À bientôt chez {vendeur} !",
    arrivage:
      'Bonjour {prenom}, {produit} est arrivé ! Je serai au marché de {marche} {jour}. {vendeur}',
    reservation: 'Bonjour {prenom}, votre réservation ({quantite} {produit}) est prête. {vendeur}',
    excuse:
      'Bonjour {prenom}, je vous présente mes excuses pour {motif}. Merci de votre confiance. {vendeur}',
    nouvelles: 'Bonjour {prenom}, cela fait longtemps ! Comment allez-vous ? {vendeur}',
    rappel:
      'Bonjour {prenom}, petit rappel : il reste {reste} à régler chez {vendeur}. {paiement} Merci et à bientôt !',
    recu: "Bonjour {prenom}, j'ai bien reçu {montant}. Il reste {reste} à régler. Merci ! {vendeur}",
  },
  en: {
    merci:
      'Hello {prenom}, thank you for your purchase at the market today. See you soon at {vendeur}!',
    arrivage:
      'Hello {prenom}, {produit} has arrived! I will be at {marche} market {jour}. {vendeur}',
    reservation: 'Hello {prenom}, your reservation ({quantite} {produit}) is ready. {vendeur}',
    excuse: 'Hello {prenom}, I apologise for {motif}. Thank you for your trust. {vendeur}',
    nouvelles: 'Hello {prenom}, it has been a while! How are you? {vendeur}',
    rappel:
      'Hello {prenom}, a small reminder: {reste} is still to be settled at {vendeur}. {paiement} Thank you and see you soon!',
    recu: 'Hello {prenom}, I have received {montant}. {reste} is left to settle. Thank you! {vendeur}',
  },
};

export const PLACEHOLDERS = [
  'prenom',
  'vendeur',
  'produit',
  'quantite',
  'marche',
  'jour',
  'motif',
  // The credit book's: what she still owes, what she just paid, the seller's payment details.
  'reste',
  'montant',
  'paiement',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
/** A value per placeholder; null where the message reads better without it (no payment details). */
export type TemplateValues = Partial<Record<Placeholder, string | null>>;

export function templateText(
  kind: TemplateKind,
  custom: Partial<Record<TemplateKind, string>> | undefined,
  lang: Language,
): string {
  return custom?.[kind]?.trim() || DEFAULT_TEMPLATES[lang][kind];
}

/**
 * Fills {placeholders}; one with no value stays visible so the preview shows what is missing. A
 * null value leaves the placeholder out, with the space it leaves ("chez Awa. {paiement} Merci").
 */
export function fillTemplate(text: string, values: TemplateValues): string {
  const filled = text.replace(/( ?)\{(\w+)\}/g, (match, space: string, name: string) => {
    if (!Object.hasOwn(values, name)) return match;
    const value = values[name as Placeholder];
    if (value === null) return '';
    return value === undefined || value === '' ? match : `${space}${value}`;
  });
  return filled;
}

/** Placeholders a text uses that have no value yet (e.g. {motif} before the seller types it). */
export function missingPlaceholders(text: string, values: TemplateValues): Placeholder[] {
  const missing = new Set<Placeholder>();
  for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
    const value = Object.hasOwn(values, name ?? '') ? values[name as Placeholder] : undefined;
    if ((PLACEHOLDERS as readonly string[]).includes(name ?? '') && !value && value !== null) {
      missing.add(name as Placeholder);
    }
  }
  return [...missing];
}

/** Unknown {words} in a template the seller wrote: shown as a warning in the editor. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1] ?? '')
    .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

/** The day of the market in words: "samedi", or "tous les jours". */
export function marketDayText(day: number, lang: Language): string {
  if (day < 0 || day > 6) return lang === 'fr' ? 'tous les jours' : 'every day';
  // 4 January 1970 was a Sunday (getDay() === 0); noon UTC keeps every time zone on that date.
  const date = Date.UTC(1970, 0, 4 + day, 12);
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

interface SellerLike {
  sellerName: string;
  marketName: string;
  marketDay: number;
  language: Language;
}

/** What every message knows of the seller: {vendeur}, {marche}, {jour}. */
export function sellerValues(s: SellerLike): TemplateValues {
  return {
    vendeur: s.sellerName,
    marche: s.marketName,
    jour: marketDayText(s.marketDay, s.language),
  };
}
