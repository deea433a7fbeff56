/**
 * The kinds of message templates, apart from their texts (templates.ts) so that what only needs
 * the list (restore's check) does not load every default text.
 */
export type TemplateKind =
  'merci' | 'arrivage' | 'reservation' | 'excuse' | 'nouvelles' | 'rappel' | 'recu';

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
