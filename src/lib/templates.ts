export type TemplateKind = 'merci' | 'arrivage' | 'reservation' | 'excuse' | 'nouvelles';
import type { Language } from './languages';

export type { Language };

export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  'merci',
  'arrivage',
  'reservation',
  'excuse',
  'nouvelles',
];

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
  },
  en: {
    merci:
      'Hello {prenom}, thank you for your purchase at the market today. See you soon at {vendeur}!',
    arrivage:
      'Hello {prenom}, {produit} has arrived! I will be at {marche} market {jour}. {vendeur}',
    reservation: 'Hello {prenom}, your reservation ({quantite} {produit}) is ready. {vendeur}',
    excuse: 'Hello {prenom}, I apologise for {motif}. Thank you for your trust. {vendeur}',
    nouvelles: 'Hello {prenom}, it has been a while! How are you? {vendeur}',
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
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<Placeholder, string>>;

export function templateText(
  kind: TemplateKind,
  custom: Partial<Record<TemplateKind, string>> | undefined,
  lang: Language,
): string {
  return custom?.[kind]?.trim() || DEFAULT_TEMPLATES[lang][kind];
}

/** Fills {placeholders}; one with no value stays visible so the preview shows what is missing. */
export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    // Own values only: "{constructor}" must stay as typed, not print Object's constructor.
    const value = Object.hasOwn(values, name) ? values[name as Placeholder] : undefined;
    return value === undefined || value === '' ? match : value;
  });
}

/** Placeholders a text uses that have no value yet (e.g. {motif} before the seller types it). */
export function missingPlaceholders(text: string, values: TemplateValues): Placeholder[] {
  const missing = new Set<Placeholder>();
  for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
    const known = (PLACEHOLDERS as readonly string[]).includes(name ?? '');
    if (known && !(Object.hasOwn(values, name ?? '') && values[name as Placeholder])) {
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
