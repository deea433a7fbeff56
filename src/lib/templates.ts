export type TemplateKind = 'merci' | 'arrivage' | 'reservation' | 'excuse' | 'nouvelles';
import {
  arrivalPhrase,
  commonNoun,
  elides,
  frenchSpacing,
  marketPhrase,
  type Gender,
} from './grammar';
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
    // {arrivage} says the product with its article and agreement: "la tomate est arrivée".
    arrivage: 'Bonjour {prenom}, {arrivage} ! Je serai au {marche} {jour}. {vendeur}',
    reservation:
      'Bonjour {prenom}, votre réservation ({quantite} de {produit}) est prête. {vendeur}',
    excuse:
      'Bonjour {prenom}, je vous présente mes excuses pour {motif}. Merci de votre confiance. {vendeur}',
    nouvelles: 'Bonjour {prenom}, cela fait longtemps ! Comment allez-vous ? {vendeur}',
  },
  en: {
    merci:
      'Hello {prenom}, thank you for your purchase at the market today. See you soon at {vendeur}!',
    arrivage: 'Hello {prenom}, {arrivage}! I will be at {marche} {jour}. {vendeur}',
    reservation: 'Hello {prenom}, your reservation ({quantite} {produit}) is ready. {vendeur}',
    excuse: 'Hello {prenom}, I apologise for {motif}. Thank you for your trust. {vendeur}',
    nouvelles: 'Hello {prenom}, it has been a while! How are you? {vendeur}',
  },
};

export const PLACEHOLDERS = [
  'prenom',
  'vendeur',
  'produit',
  'arrivage',
  'quantite',
  'marche',
  'jour',
  'motif',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** What each kind of message can be filled with: the chips offered in its editor. */
export const TEMPLATE_TAGS: Record<TemplateKind, readonly Placeholder[]> = {
  merci: ['prenom', 'vendeur', 'marche', 'jour'],
  arrivage: ['prenom', 'arrivage', 'produit', 'marche', 'jour', 'vendeur'],
  reservation: ['prenom', 'quantite', 'produit', 'vendeur', 'marche', 'jour'],
  excuse: ['prenom', 'motif', 'vendeur', 'marche', 'jour'],
  nouvelles: ['prenom', 'vendeur', 'marche', 'jour'],
};
export type TemplateValues = Partial<Record<Placeholder, string>>;

export function templateText(
  kind: TemplateKind,
  custom: Partial<Record<TemplateKind, string>> | undefined,
  lang: Language,
): string {
  return custom?.[kind]?.trim() || DEFAULT_TEMPLATES[lang][kind];
}

/** Texts written before {marche} said the whole phrase ("marché d'Adjamé"): read them as now. */
function withoutOldMarket(text: string): string {
  return text
    .replace(/march[ée] d(?:e |['’])\{marche\}/gi, '{marche}')
    .replace(/\{marche\} market/g, '{marche}');
}

const SENTENCE_START = /(^|[.!?]\s+|\n\s*)$/;

/**
 * Fills {placeholders}; one with no value stays visible so the preview shows what is missing.
 * In French it writes as the seller would: "d'arachide" after "de", a capital where a sentence
 * starts, and no-break spaces before ! ? : ; (see grammar.ts).
 */
export function fillTemplate(text: string, values: TemplateValues, lang?: Language): string {
  const filled = withoutOldMarket(text).replace(
    /(\b[dD]e )?\{(\w+)\}/g,
    (match, de: string | undefined, name: string, offset: number, whole: string) => {
      const value = Object.hasOwn(values, name) ? values[name as Placeholder] : undefined;
      if (value === undefined || value === '') return match;
      if (de && lang === 'fr' && elides(value)) return `${de[0]}'${value}`;
      const shown = SENTENCE_START.test(whole.slice(0, offset))
        ? value[0]!.toLocaleUpperCase(lang) + value.slice(1)
        : value;
      return `${de ?? ''}${shown}`;
    },
  );
  return lang === 'fr' ? frenchSpacing(filled) : filled;
}

/** Placeholders a text uses that have no value yet (e.g. {motif} before the seller types it). */
export function missingPlaceholders(text: string, values: TemplateValues): Placeholder[] {
  const missing = new Set<Placeholder>();
  for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
    if ((PLACEHOLDERS as readonly string[]).includes(name ?? '') && !values[name as Placeholder]) {
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

/** What every message knows of the seller: {vendeur}, {marche} ("marché d'Adjamé"), {jour}. */
export function sellerValues(s: SellerLike): TemplateValues {
  return {
    vendeur: s.sellerName,
    marche: marketPhrase(s.marketName, s.language),
    jour: marketDayText(s.marketDay, s.language),
  };
}

/** What a message knows of a product: {produit} ("piment frais"), {arrivage} ("… est arrivé"). */
export function productValues(
  p: { name: string; gender?: Gender },
  lang: Language,
): TemplateValues {
  return {
    produit: lang === 'fr' ? commonNoun(p.name) : p.name,
    arrivage: arrivalPhrase(p.name, lang, p.gender),
  };
}
