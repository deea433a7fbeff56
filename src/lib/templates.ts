import type { Language } from './languages';
import { CREDIT_TEMPLATE_KINDS, TEMPLATE_KINDS, type TemplateKind } from './template-kinds';

export type { Language, TemplateKind };
export { CREDIT_TEMPLATE_KINDS, TEMPLATE_KINDS };

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

/**
 * Fills {placeholders}; one with no value stays visible so the preview shows what is missing. A
 * null value leaves the placeholder out, with the space it leaves ("chez Awa. {paiement} Merci").
 * Only the message's own values count (Object.hasOwn: "{constructor}" stays as typed).
 */
export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(/( ?)\{(\w+)\}/g, (match, space: string, name: string) => {
    if (!Object.hasOwn(values, name)) return match;
    const value = values[name as Placeholder];
    if (value === null) return '';
    return value === undefined || value === '' ? match : `${space}${value}`;
  });
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
