import type { AssohDB } from '../../db/db';
import { recomputeLastSeen } from '../../db/customer-activity';
import { markReservationSold } from '../../db/reservation-rows';
import { insertSale, lineFor, linesTotal, productIdsOf } from '../../db/sale-rows';
import type { Sale, SaleLine } from '../../lib/domain';
import { UserError, ValidationError } from '../../i18n/errors';
import { persistAfterFirstWrite } from '../../pwa/storage';

export interface SaleInput {
  /** Absent: "client de passage". */
  customerId?: string;
  lines: Array<{ productId: string; quantity: number }>;
  /** A total typed by hand (minor units), replacing the lines' sum. */
  manualTotalMinor?: number;
  /** The reservation this sale hands over ("Vendre" on a reservation): fulfilled with it. */
  reservationId?: string;
  at?: number;
}

export const MAX_QUANTITY = 999;
export const MAX_TOTAL_MINOR = 1e11;

export { linesTotal };

function checkQuantities(input: SaleInput): void {
  for (const line of input.lines) {
    if (!(line.quantity > 0) || line.quantity > MAX_QUANTITY || !Number.isFinite(line.quantity)) {
      throw new ValidationError({
        lines: { key: 'sales.errorQuantity', params: { max: MAX_QUANTITY } },
      });
    }
  }
  const manual = input.manualTotalMinor;
  if (
    manual !== undefined &&
    (!Number.isSafeInteger(manual) || manual < 0 || manual > MAX_TOTAL_MINOR)
  ) {
    throw new ValidationError({ total: { key: 'money.invalid' } });
  }
  if (input.lines.length === 0 && !manual) {
    throw new ValidationError({ lines: { key: 'sales.errorEmpty' } });
  }
}

async function buildLines(db: AssohDB, input: SaleInput): Promise<SaleLine[]> {
  const products = await db.products.bulkGet(input.lines.map((l) => l.productId));
  return input.lines.map((line, i) => {
    const p = products[i];
    if (!p) throw new UserError('sales.errorProductGone');
    return lineFor(p, line.quantity);
  });
}

/**
 * The sale and the customer's "last seen" land together or not at all; so does the reservation
 * it hands over, if any (undone with the sale: see deleteSale).
 */
export async function recordSale(db: AssohDB, input: SaleInput): Promise<Sale> {
  checkQuantities(input);
  const tables = [db.sales, db.products, db.customers, db.reservations, db.outbox];
  const sale = await db.transaction('rw', tables, async () => {
    const lines = await buildLines(db, input);
    const at = input.at ?? Date.now();
    const row = await insertSale(db, {
      customerId: input.customerId,
      lines,
      manualTotalMinor: input.manualTotalMinor,
      at,
    });
    if (input.reservationId) {
      await markReservationSold(db, input.reservationId, row, at);
      // Credit ledger (to come): the reservation's advanceMinor is money already received for
      // this sale; record it here as a payment toward row.id, in this same transaction.
    }
    return row;
  });
  persistAfterFirstWrite();
  return sale;
}

/**
 * Edits the quantities, lines or total of an existing sale. Lines still naming a product that
 * was since deleted keep their recorded copy.
 */
export async function updateSale(
  db: AssohDB,
  id: string,
  input: { lines: SaleLine[]; manualTotalMinor?: number },
): Promise<void> {
  checkQuantities({
    lines: input.lines.map((l) => ({ productId: l.productId ?? '', quantity: l.quantity })),
    manualTotalMinor: input.manualTotalMinor,
  });
  await db.transaction('rw', db.sales, async () => {
    const existing = await db.sales.get(id);
    if (!existing) throw new UserError('sales.notFound');
    await db.sales.put({
      ...existing,
      lines: input.lines,
      productIds: productIdsOf(input.lines),
      totalMinor: input.manualTotalMinor ?? linesTotal(input.lines),
      manualTotal: input.manualTotalMinor !== undefined,
      updatedAt: Date.now(),
    });
  });
}

/**
 * Deletes a sale (the undo after saving, or after confirmation on the card). Its gifts stay,
 * unlinked; its thank-you not yet sent goes with it; a reservation it fulfilled waits again.
 */
export async function deleteSale(db: AssohDB, id: string): Promise<void> {
  const now = Date.now();
  await db.transaction(
    'rw',
    [db.sales, db.gifts, db.customers, db.outbox, db.reservations],
    async () => {
      const sale = await db.sales.get(id);
      if (!sale) return;
      await db.sales.delete(id);
      await db.outbox
        .where('status')
        .equals('pending')
        .and((m) => m.saleId === id)
        .delete();
      await db.reservations
        .where('customerId')
        .equals(sale.customerId ?? '')
        .and((r) => r.saleId === id)
        .modify((r) => {
          r.status = 'ready';
          delete r.saleId;
          r.updatedAt = now;
        });
      await db.gifts
        .where('saleId')
        .equals(id)
        .modify((g) => {
          delete g.saleId;
        });
      await recomputeLastSeen(db, sale.customerId);
    },
  );
}
