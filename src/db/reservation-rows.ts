import type { AssohDB } from './db';
import { deletePendingReservationMessages } from './outbox-rows';
import type { Reservation } from '../lib/domain';
import { UserError } from '../i18n/errors';

/**
 * A reservation taken home, sold by the sale `saleId` to the customer who reserved it. Its
 * "réservation prête" message, if it still waits, goes too: it would now say something false.
 * Call inside the sale's transaction (reservations, outbox and tombstones held).
 */
export async function markReservationSold(
  db: AssohDB,
  id: string,
  sale: { id: string; customerId?: string },
  now: number,
): Promise<Reservation> {
  const r = await db.reservations.get(id);
  if (
    !r ||
    r.status === 'fulfilled' ||
    r.status === 'cancelled' ||
    r.customerId !== sale.customerId
  )
    throw new UserError('reservations.notFound');
  await db.reservations.update(id, { status: 'fulfilled', saleId: sale.id, updatedAt: now });
  await deletePendingReservationMessages(db, [id], now);
  return r;
}

/**
 * What a reservation's advance already paid toward the sale that handed it over (0 for any
 * other sale): only the rest of its total can be owed.
 */
export async function saleAdvance(
  db: AssohDB,
  sale: { id: string; customerId?: string },
): Promise<number> {
  if (!sale.customerId) return 0;
  const reservation = await db.reservations
    .where('customerId')
    .equals(sale.customerId)
    .and((r) => r.saleId === sale.id)
    .first();
  return reservation?.advanceMinor ?? 0;
}
