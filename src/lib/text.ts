/**
 * Folding for accent-, case- and punctuation-blind search: "Adèle" and "adele" fold alike, and so
 * do the region's own letters and their plain spelling ("Ɓinta" and "binta", "Ŋɔnɔ" and "nono"),
 * and the spellings of one Arabic name ("فاطمة" and "فاطمه"). Letters of any script and digits
 * stay; marks, punctuation and emoji go.
 */
import { latinDigits } from './digits';

/**
 * Letters a phone keyboard cannot type and Unicode does not decompose (NFKD leaves them whole):
 * Fula, Hausa, Wolof, Bambara, Ewe, Fon and Kabiye names use them. Uppercase forms are lowered
 * before this table is read.
 */
const PLAIN: Readonly<Record<string, string>> = {
  ɓ: 'b',
  ɗ: 'd',
  ɖ: 'd',
  đ: 'd',
  ƴ: 'y',
  ŋ: 'n',
  ɲ: 'n',
  ɛ: 'e',
  ə: 'e',
  ǝ: 'e',
  ɔ: 'o',
  ø: 'o',
  ł: 'l',
  ƙ: 'k',
  ɠ: 'g',
  ɣ: 'g',
  ƒ: 'f',
  ʋ: 'v',
  ɩ: 'i',
  ɨ: 'i',
  ʊ: 'u',
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
  // Arabic: one spelling for the letters people write either way. Alef with hamza or madda
  // lose their mark through NFKD; alef wasla does not.
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  // Persian and Urdu keyboards' kaf and yeh, which an Android keyboard may give for Arabic ones.
  ک: 'ك',
  ی: 'ي',
};
const PLAIN_LETTERS = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'gu');

/**
 * Apostrophes inside a name are part of it, not a gap: "N’Guessan" and "Kaʼbiru" fold to
 * "nguessan" and "kabiru". The modifier letter ʼ is a letter to Unicode, ’ and ' punctuation.
 * Tatweel (ـ) only stretches Arabic script.
 */
const DROPPED = /['’ʼ‘`´\u0640]/g;
const APOSTROPHE = /['’ʼ‘`´]/;
const APOSTROPHES = /['’ʼ‘`´]/g;

export function fold(input: string): string {
  // Arabic-Indic and Persian digits read as 0–9: a number typed either way is found.
  return latinDigits(input)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('fr')
    .replace(PLAIN_LETTERS, (c) => PLAIN[c] ?? c)
    .replace(DROPPED, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words a record can be found by; duplicates removed. */
export function searchWords(...parts: Array<string | undefined>): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const w of fold(part).split(' ')) if (w) words.add(w);
    // "N’Guessan" is also found from "guessan", the way a seller who skips the N' types it.
    if (APOSTROPHE.test(part)) {
      for (const w of fold(part.replace(APOSTROPHES, ' ')).split(' ')) if (w) words.add(w);
    }
  }
  return [...words];
}

/** What a customer is found by: her first name, her nickname and her quartier. */
export function customerSearchWords(c: {
  firstName: string;
  nickname?: string;
  area?: string;
}): string[] {
  return searchWords(c.firstName, c.nickname, c.area);
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
