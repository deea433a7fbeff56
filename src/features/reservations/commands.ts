import type { AssohDB } from '../../db/db';
import { newId } from '../../db/db';
import { readyWaitingReservations } from '../../db/outbox-rows';
import type { Reservation } from '../../lib/domain';
import { UserError, ValidationError, type FieldError } from '../../i18n/errors';
import { isCalendarDay, isoDate } from '../../lib/dates';
import { parseAmount } from '../../lib/money-input';
import { graphemeLength, tidy } from '../../lib/text';

export const MAX_RESERVED = 999;

export interface ReservationInput {
  customerId: string;
  productId: string;
  quantity: string;
  note: string;
  /** "Pour quand ?": '' or a day, YYYY-MM-DD (what a date field gives). */
  wantedOn: string;
  /** Money already given, as typed; '' for none. */
  advance: string;
}

export async function createReservation(
  db: AssohDB,
  input: ReservationInput,
  currency: string,
): Promise<Reservation> {
  const errors: Record<string, FieldError> = {};
  const quantity = Number(input.quantity.replace(',', '.'));
  if (!input.productId) errors.productId = { key: 'reservations.errorProduct' };
  if (!(quantity > 0) || quantity > MAX_RESERVED)
    errors.quantity = { key: 'reservations.errorQuantity', params: { max: MAX_RESERVED } };
  const note = tidy(input.note);
  if (graphemeLength(note) > 200) errors.note = { key: 'form.tooLong', params: { max: 200 } };
  const wantedOn = input.wantedOn.trim();
  // A day to come: today counts, yesterday is a slip of the finger.
  if (wantedOn && (!isCalendarDay(wantedOn) || wantedOn < isoDate(Date.now())))
    errors.wantedOn = { key: 'reservations.errorWhen' };
  const advance = input.advance.trim() ? parseAmount(input.advance, currency) : null;
  if (advance && !advance.ok) errors.advance = { key: `money.${advance.reason}` };
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return db.transaction('rw', db.reservations, db.customers, db.products, async () => {
    if (!(await db.customers.get(input.customerId))) throw new UserError('customers.notFound');
    const product = await db.products.get(input.productId);
    if (!product) throw new UserError('products.notFound');
    const now = Date.now();
    const row: Reservation = {
      id: newId(),
      customerId: input.customerId,
      productId: input.productId,
      quantity,
      note: note || undefined,
      wantedOn: wantedOn || undefined,
      advanceMinor: advance?.ok && advance.minor > 0 ? advance.minor : undefined,
      // Reserved while the product is on the stall: it is ready at once.
      status: product.available ? 'ready' : 'waiting',
      readyAt: product.available ? now : undefined,
      createdAt: now,
      updatedAt: now,
    };
    await db.reservations.add(row);
    return row;
  });
}

/**
 * "The harvest is in": the product becomes available and every waiting reservation a
 * "réservation prête" message, in one transaction. Returns how many became ready.
 */
export async function markProductAvailable(db: AssohDB, productId: string): Promise<number> {
  return db.transaction(
    'rw',
    [db.products, db.reservations, db.outbox, db.customers, db.settings],
    async () => {
      const product = await db.products.get(productId);
      if (!product) throw new UserError('products.notFound');
      const now = Date.now();
      if (!product.available)
        await db.products.update(productId, { available: true, updatedAt: now });
      return (await readyWaitingReservations(db, { ...product, available: true })).length;
    },
  );
}

/** Cancelled, not erased: the history keeps it. Its message not yet sent goes. */
export async function cancelReservation(db: AssohDB, id: string): Promise<void> {
  await db.transaction('rw', db.reservations, db.outbox, async () => {
    const n = await db.reservations.update(id, { status: 'cancelled', updatedAt: Date.now() });
    if (!n) throw new UserError('reservations.notFound');
    await db.outbox
      .where('status')
      .equals('pending')
      .and((m) => m.reservationId === id)
      .delete();
  });
}
