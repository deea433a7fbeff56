export type TemplateKind = 'merci' | 'arrivage' | 'reservation' | 'excuse' | 'nouvelles';
import { arrivalPhrase, commonNoun, elides, frenchSpacing, type Gender } from './grammar';
import type { Language } from './languages';

export type { Language };

export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  'merci',
  'arrivage',
  'reservation',
  'excuse',
  'nouvelles',
];

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
      // Own values only: "{constructor}" must stay as typed, not print Object's constructor.
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
