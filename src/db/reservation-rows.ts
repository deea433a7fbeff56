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
