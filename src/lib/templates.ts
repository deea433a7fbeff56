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
