import { arrivalPhrase, commonNoun, elides, frenchSpacing, type Gender } from './grammar';
import type { Language } from './languages';
import { CREDIT_TEMPLATE_KINDS, TEMPLATE_KINDS, type TemplateKind } from './template-kinds';

export type { Language, TemplateKind };
export { CREDIT_TEMPLATE_KINDS, TEMPLATE_KINDS };

export const PLACEHOLDERS = [
  'prenom',
  'vendeur',
  'produit',
  'arrivage',
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
/** What each kind of message can be filled with: the chips offered in its editor. */
export const TEMPLATE_TAGS: Record<TemplateKind, readonly Placeholder[]> = {
  merci: ['prenom', 'vendeur', 'marche', 'jour'],
  arrivage: ['prenom', 'arrivage', 'produit', 'marche', 'jour', 'vendeur'],
  reservation: ['prenom', 'quantite', 'produit', 'vendeur', 'marche', 'jour'],
  excuse: ['prenom', 'motif', 'vendeur', 'marche', 'jour'],
  nouvelles: ['prenom', 'vendeur', 'marche', 'jour'],
  rappel: ['prenom', 'reste', 'paiement', 'vendeur'],
  recu: ['prenom', 'montant', 'reste', 'vendeur'],
};

/** A value per placeholder; null where the message reads better without it (no payment details). */
export type TemplateValues = Partial<Record<Placeholder, string | null>>;

/** Texts written before {marche} said the whole phrase ("marché d'Adjamé"): read them as now. */
function withoutOldMarket(text: string): string {
  return text
    .replace(/march[ée] d(?:e |['’])\{marche\}/gi, '{marche}')
    .replace(/\{marche\} market/g, '{marche}');
}

const SENTENCE_START = /(^|[.!?]\s+|\n\s*)$/;

/**
 * Fills {placeholders}; one with no value stays visible so the preview shows what is missing. A
 * null value leaves the placeholder out, with the space before it ("chez Awa. {paiement} Merci").
 * Only the message's own values count (Object.hasOwn: "{constructor}" stays as typed). In French
 * it writes as the seller would: "d'arachide" after "de", a capital where a sentence starts, and
 * no-break spaces before ! ? : ; (see grammar.ts).
 */
export function fillTemplate(text: string, values: TemplateValues, lang?: Language): string {
  const filled = withoutOldMarket(text).replace(
    /( ?)(\b[dD]e )?\{(\w+)\}/g,
    (match, space: string, de: string | undefined, name: string, offset: number, whole: string) => {
      if (!Object.hasOwn(values, name)) return match;
      const value = values[name as Placeholder];
      if (value === null) return '';
      if (value === undefined || value === '') return match;
      if (de && lang === 'fr' && elides(value)) return `${space}${de[0]}'${value}`;
      const before = whole.slice(0, offset) + space + (de ?? '');
      const shown = SENTENCE_START.test(before)
        ? value[0]!.toLocaleUpperCase(lang) + value.slice(1)
        : value;
      return `${space}${de ?? ''}${shown}`;
    },
  );
  return lang === 'fr' ? frenchSpacing(filled) : filled;
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
