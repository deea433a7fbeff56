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
