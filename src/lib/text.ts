/**
 * Folding for accent-, case- and punctuation-blind search: "Adèle" and "adele" fold alike.
 * Letters of any script and digits stay; marks, punctuation and emoji go.
 */
export function fold(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/ß/g, 'ss')
    .replace(/[œ]/g, 'oe')
    .replace(/[æ]/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words a record can be found by; duplicates removed. */
export function searchWords(...parts: Array<string | undefined>): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const w of fold(part).split(' ')) if (w) words.add(w);
  }
  return [...words];
}

/** A customer's sort key for the A–Z list: her first name, then her nickname, folded. */
export function customerNameKey(firstName: string, nickname: string | undefined): string {
  return fold(`${firstName} ${nickname ?? ''}`);
}

/** Collapses inner white space and trims, keeping the seller's own spelling. */
export function tidy(input: string): string {
  return input.replace(/\s+/g, ' ').trim();
}

let graphemes: Intl.Segmenter | undefined;
function segmenter(Seg: typeof Intl.Segmenter): Intl.Segmenter {
  return (graphemes ??= new Seg('fr', { granularity: 'grapheme' }));
}

/** Length in user-perceived characters (an emoji counts once). Keep it for short texts. */
export function graphemeLength(input: string): number {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Seg) return [...input].length;
  let n = 0;
  const it = segmenter(Seg).segment(input)[Symbol.iterator]();
  while (!it.next().done) n++;
  return n;
}
