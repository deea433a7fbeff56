/**
 * The limits of what the notebook holds: the forms' commands refuse more, and a backup file that
 * holds more is refused too (db/restore-records.ts), so a restored notebook is one the app could
 * have written itself. Lengths count what the seller sees as characters (an emoji is one).
 */
import { DAY_MS } from './dates';
import { graphemeLength } from './text';

export const TEXT_MAX = {
  firstName: 40,
  nickname: 60,
  area: 60,
  notes: 1000,
  productName: 40,
  unit: 20,
  giftWhat: 80,
  reservationNote: 200,
  sellerName: 60,
  marketName: 60,
  template: 800,
  message: 1000,
  creditNote: 200,
  /** The seller's mobile-money details, for {paiement}: a number or a payment link. */
  paymentDetails: 200,
} as const;

/** Quantities of a sale line or a reservation. */
export const QUANTITY_MAX = 999;
/** An amount in minor units: 1 000 000 000 € or 100 000 000 000 FCFA, far above a stall's day. */
export const AMOUNT_MAX_MINOR = 1e11;
/** Lines of one sale. */
export const SALE_LINES_MAX = 500;
/** How far ahead a promise to pay ("Paiera le …") may be, in days. */
export const PROMISE_MAX_DAYS = 366;
/** Days without a visit before "À relancer". */
export const INACTIVE_DAYS_MAX = 365;
/** Days an unsent thank-you may wait before it is out of date ("Expirés"). */
export const THANKS_EXPIRE_DAYS_MAX = 30;
/**
 * A time later than now plus this is refused: a phone whose clock ran ahead must not stop the
 * backup reminder forever or win every later merge. A day covers every time zone.
 */
export const FUTURE_SLACK_MS = DAY_MS;

/** Text with a lone surrogate cannot be encoded (encodeURIComponent throws): it is never kept. */
export function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (native) return native.call(text);
  // Chrome before 111: a high surrogate not followed by a low one, or a low one alone.
  return text.search(LONE_SURROGATE) === -1;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates replaced by U+FFFD: what a renderer may still show without throwing. */
export function toWellFormed(text: string): string {
  if (isWellFormed(text)) return text;
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Longer than `max` characters? UTF-16 length bounds the grapheme count from above, so most text
 * is answered without segmenting; text over 8 units a character (more than the longest emoji
 * sequence a seller types) is too long outright, so a pasted or hostile 100,000-character text
 * never goes through the segmenter, whose cost grows with the text's length for every character.
 */
export function isTooLong(text: string, max: number): boolean {
  if (text.length <= max) return false;
  if (text.length > max * 8) return true;
  return graphemeLength(text) > max;
}

/** What a text field's value breaks, if anything: the form's message and restore's refusal. */
export function textProblem(text: string, max: number): 'too-long' | 'ill-formed' | null {
  if (!isWellFormed(text)) return 'ill-formed';
  return isTooLong(text, max) ? 'too-long' : null;
}

export function isFutureTime(at: number, now: number): boolean {
  return at > now + FUTURE_SLACK_MS;
}
