/**
 * Messages that age. A thank-you says "merci pour votre achat aujourd'hui": prepared at the
 * market and sent days later, it is no longer true. A "réservation prête" whose product is no
 * longer available is not true either. Neither is sent nor dropped: both wait in "Expirés",
 * where the seller sees them and clears them. The rule is read, not written, so a thank-you comes
 * back if she allows more days, and a reservation message if the product is available again.
 */
import { DAY_MS, startOfDay } from './dates';
import type { OutboxMessage, Product } from './domain';

export const DEFAULT_THANKS_EXPIRE_DAYS = 3;
export const THANKS_EXPIRE_CHOICES: readonly number[] = [1, 2, 3, 5, 7, 14, 30];

export type ExpiryReason = 'old-thanks' | 'unavailable';

/**
 * Thank-yous prepared before this instant are out of date: those of more than `days` calendar
 * days ago (on the phone's own calendar), so Saturday's thank-you still goes on Tuesday with 3.
 */
export function thanksCutoff(now: number, days = DEFAULT_THANKS_EXPIRE_DAYS): number {
  // Noon of the day `days` back, then its midnight: a day of 23 or 25 hours cannot shift it.
  return startOfDay(startOfDay(now) + DAY_MS / 2 - days * DAY_MS);
}

/** Why a message waiting to be sent should not go any more, or null. */
export function expiryOf(
  message: Pick<OutboxMessage, 'kind' | 'status' | 'createdAt' | 'productId'>,
  product: Product | null | undefined,
  cutoff: number,
): ExpiryReason | null {
  if (message.status !== 'pending') return null;
  if (message.kind === 'merci' && message.createdAt < cutoff) return 'old-thanks';
  if (message.kind === 'reservation' && message.productId && !product?.available)
    return 'unavailable';
  return null;
}

/** The Messages tab's badge shows up to this many waiting messages, then "99+". */
export const BADGE_MAX = 99;

/** A bound of the outbox's [status+kind+createdAt] index (an empty array sorts after all else). */
export type OutboxIndexKey = readonly (string | number | readonly never[])[];

/**
 * What the badge counts, but the "réservation prête" messages (read whole, to look at their
 * products): every message opened and waiting for her "Envoyé ?", and every one to send but the
 * thank-yous prepared before `cutoff`, as ranges of the [status+kind+createdAt] index, each with
 * its lower bound in it and its upper bound out. Keys compare element by element, a key before
 * any longer one it begins, and an empty array after every string and number: ['pending'] comes
 * before every message to send, ['pending', []] after them, ['pending', 'merci'] before every
 * thank-you and ['pending', 'merci', []] after them.
 *
 * Each range is read up to BADGE_MAX + 1 keys (badgeFigure): counting every one, as the badge
 * once did, walked all the thousands of thank-yous a seller who rarely sends them piles up, at
 * every launch and after every write to the outbox (in a profile on disk, here at full speed,
 * 17–73 ms of IndexedDB's own time each with its caches cold, 1–3 ms warm).
 */
export function badgeRanges(cutoff: number): [OutboxIndexKey, OutboxIndexKey][] {
  return [
    [['opened'], ['opened', []]],
    [['pending'], ['pending', 'merci']],
    [
      ['pending', 'merci', cutoff],
      ['pending', 'merci', []],
    ],
    [
      ['pending', 'merci', []],
      ['pending', 'reservation'],
    ],
    [
      ['pending', 'reservation', []],
      ['pending', []],
    ],
  ];
}

/**
 * The badge's figure: exact up to BADGE_MAX, BADGE_MAX + 1 beyond. `found`: the keys read in each
 * of badgeRanges, each read stopped at BADGE_MAX + 1; `reservations`: the "réservation prête"
 * messages waiting, of which `unavailable` wait for a product no longer there (in "Expirés").
 * A read that stopped short means at least BADGE_MAX + 1 in all, which is what it then says.
 */
export function badgeFigure(found: number[], reservations: number, unavailable: number): number {
  const sum = found.reduce((a, n) => a + n, 0) + reservations - unavailable;
  return Math.min(sum, BADGE_MAX + 1);
}
