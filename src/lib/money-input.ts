/**
 * Money as the seller types it, back into amounts (and amounts back into what she would type).
 * Apart from money.ts so that the first screen, which only shows amounts, does not load it.
 */
import { latinDigits } from './digits';
import { AMOUNT_MAX_MINOR } from './limits';
import { fractionDigits } from './money';

export type ParsedAmount =
  | { ok: true; minor: number }
  | { ok: false; reason: 'empty' | 'invalid' | 'negative' | 'too-large' };

/**
 * Currency words a seller may type before or after the amount, whatever her own currency: the
 * franc CFA's names ("F", "FCFA", "CFA", XOF, XAF), the region's others (GNF and "FG", CDF and "FC",
 * dirham, dinar, ouguiya, euro), in Latin letters or in Arabic ("درهم", "د.م.", "دينار", "أوقية").
 */
const CURRENCY_WORD =
  'f\\.?\\s?cfa|cfa|xof|xaf|gnf|fg|cdf|fc|f|dhs?|mad|dzd|da|tnd|dt|mru|um|eur|euros?|€|' +
  'دراهم|درهمً?ا?|دنانير|دينارً?ا?|أوقية|اوقية|أواق|فرنكات|فرنك|د\\.?\\s?[مجت]\\.?';
const LEADING_CURRENCY = new RegExp(`^(?:${CURRENCY_WORD})\\s*`, 'i');
const TRAILING_CURRENCY = new RegExp(`\\s*(?:${CURRENCY_WORD})$`, 'i');

/**
 * The decimal part of "1.500,50", "1,500.50", "1 500", "12,5": where both marks appear, the last is
 * the decimal one; a lone mark followed by exactly three digits groups thousands, unless the
 * currency itself has three decimals (1.500 TND is one dinar and a half).
 */
function normaliseNumber(s: string, digits: number): string | null {
  const marks = s.match(/[.,]/g) ?? [];
  if (marks.length === 0) return s;
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  const lastMark = s[last];
  const mixed = new Set(marks).size > 1;
  const afterLast = s.length - last - 1;
  const grouping = !mixed && (marks.length > 1 || (afterLast === 3 && digits !== 3));
  if (digits === 0 || grouping) {
    // Thousands only: each group after the first has three digits.
    return /^\d{1,3}([.,]\d{3})+$/.test(s) ? s.replace(/[.,]/g, '') : null;
  }
  const whole = s.slice(0, last);
  const other = lastMark === '.' ? ',' : '.';
  if (whole.includes(lastMark ?? '')) return null;
  if (whole.includes(other) && !/^\d{1,3}([.,]\d{3})+$/.test(whole)) return null;
  return `${whole.replace(/[.,]/g, '')}.${s.slice(last + 1)}`;
}

/**
 * Parses what the seller types: "1 500", "1.500", "12,50", "500 F", "500 FCFA", "GNF 500",
 * "١٥٠٠", "500 درهم".
 */
export function parseAmount(input: string, currency: string): ParsedAmount {
  const digits = fractionDigits(currency);
  const text = latinDigits(input)
    // Direction marks an Arabic keyboard leaves, and every kind of space, as one plain space.
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
    .replace(/\u2212/g, '-')
    .trim()
    .replace(LEADING_CURRENCY, '')
    .replace(TRAILING_CURRENCY, '');
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.startsWith('-')) return { ok: false, reason: 'negative' };
  // Spaces only group thousands ("1 500", "10 000").
  if (/ /.test(text) && !/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(text))
    return { ok: false, reason: 'invalid' };
  const compact = text.replace(/ /g, '');
  if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact))
    return { ok: false, reason: 'invalid' };
  const plain = normaliseNumber(compact, digits);
  if (plain === null) return { ok: false, reason: 'invalid' };
  const frac = plain.split('.')[1];
  if (frac !== undefined && frac.length > digits) return { ok: false, reason: 'invalid' };
  const value = Math.round(Number(plain) * 10 ** digits);
  // The same ceiling as a restored file's (lib/limits.ts): what a form saves always restores.
  if (!Number.isSafeInteger(value) || value > AMOUNT_MAX_MINOR)
    return { ok: false, reason: 'too-large' };
  return { ok: true, minor: value };
}

/** The amount as the seller would type it back into a field (no currency, no grouping). */
export function amountInputValue(minor: number, currency: string): string {
  const digits = fractionDigits(currency);
  const v = minor / 10 ** digits;
  return digits === 0
    ? String(v)
    : v
        .toFixed(digits)
        .replace('.', ',')
        .replace(/(,\d*?)0+$/, '$1')
        .replace(/,$/, '');
}
