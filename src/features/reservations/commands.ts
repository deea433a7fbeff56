import type { AssohDB } from '../../db/db';
import { newId } from '../../db/db';
import { deletePendingReservationMessages, readyWaitingReservations } from '../../db/outbox-rows';
import { markReservationSold } from '../../db/reservation-rows';
import { insertSale, lineFor } from '../../db/sale-rows';
import type { Reservation } from '../../lib/domain';
import { UserError, ValidationError, textError, type FieldError } from '../../i18n/errors';
import { isCalendarDay, isoDate } from '../../lib/dates';
import { QUANTITY_MAX, TEXT_MAX, textProblem } from '../../lib/limits';
import { parseAmount } from '../../lib/money-input';
import { parseQuantity } from '../../lib/quantity';
import { tidy } from '../../lib/text';
import { editTime } from '../../lib/merge';

export interface ReservationInput {
  customerId: string;
  productId: string;
  quantity: string;
  note: string;
  /** "Pour quand ?": '' or a day, YYYY-MM-DD (what a date field gives). */
  wantedOn?: string;
  /** Money already given, as typed, in the notebook's currency; '' for none. */
  advance?: string;
}

export async function createReservation(
  db: AssohDB,
  input: ReservationInput,
): Promise<Reservation> {
  const errors: Record<string, FieldError> = {};
  if (!input.productId) errors.productId = { key: 'reservations.errorProduct' };
  const note = tidy(input.note);
  const noteProblem = textProblem(note, TEXT_MAX.reservationNote);
  if (noteProblem) errors.note = textError(noteProblem, TEXT_MAX.reservationNote);
  const wantedOn = input.wantedOn?.trim() ?? '';
  // A day to come: today counts, yesterday is a slip of the finger.
  if (wantedOn && (!isCalendarDay(wantedOn) || wantedOn < isoDate(Date.now())))
    errors.wantedOn = { key: 'reservations.errorWhen' };
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return db.transaction('rw', db.reservations, db.customers, db.products, db.settings, async () => {
    // The advance is counted in the notebook's currency.
    const currency = (await db.settings.get('seller'))?.currency ?? 'XOF';
    const advance = input.advance?.trim() ? parseAmount(input.advance, currency) : null;
    if (advance && !advance.ok)
      throw new ValidationError({ advance: { key: `money.${advance.reason}` } });
    if (!(await db.customers.get(input.customerId))) throw new UserError('customers.notFound');
    const product = await db.products.get(input.productId);
    if (!product) throw new UserError('products.notFound');
    // The unit decides whether "1,5" is a quantity (kg) or a slip (tas).
    const parsed = parseQuantity(input.quantity, product.unit);
    if (!parsed.ok)
      throw new ValidationError({
        quantity: {
          key: `quantity.${parsed.reason}`,
          params: { max: QUANTITY_MAX, unit: product.unit },
        },
      });
    const quantity = parsed.value;
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
        await db.products.update(productId, (p) => {
          p.available = true;
          p.updatedAt = editTime(p.updatedAt, now);
        });
      return (await readyWaitingReservations(db, { ...product, available: true })).length;
    },
  );
}

/**
 * The customer takes her reservation at its own terms (no form): a sale at today's price, and its
 * "réservation prête" message, if not sent yet, goes. The sale form's "Vendre" goes through
 * recordSale instead, with the same markReservationSold.
 */
export async function fulfilReservation(db: AssohDB, id: string): Promise<string> {
  return db.transaction(
    'rw',
    [db.reservations, db.sales, db.customers, db.products, db.outbox, db.tombstones],
    async () => {
      const r = await db.reservations.get(id);
      if (!r || r.status === 'fulfilled' || r.status === 'cancelled')
        throw new UserError('reservations.notFound');
      const product = await db.products.get(r.productId);
      if (!product) throw new UserError('products.notFound');
      const now = Date.now();
      const sale = await insertSale(db, {
        customerId: r.customerId,
        lines: [lineFor(product, r.quantity)],
        at: now,
      });
      await markReservationSold(db, id, sale, now);
      return sale.id;
    },
  );
}

/** Cancelled, not erased: the history keeps it. Its message not yet sent goes. */
export async function cancelReservation(db: AssohDB, id: string): Promise<void> {
  await db.transaction('rw', db.reservations, db.outbox, db.tombstones, async () => {
    const n = await db.reservations.update(id, (r) => {
      r.status = 'cancelled';
      r.updatedAt = editTime(r.updatedAt);
    });
    if (!n) throw new UserError('reservations.notFound');
    await deletePendingReservationMessages(db, [id]);
  });
}
