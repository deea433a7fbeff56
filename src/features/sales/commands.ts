import type { AssohDB } from '../../db/db';
import { refreshCustomers } from '../../db/customer-activity';
import { markReservationSold } from '../../db/reservation-rows';
import { deleteRows } from '../../db/tombstones';
import { AMOUNT_MAX_MINOR, QUANTITY_MAX } from '../../lib/limits';
import { checkQuantity, type ParsedQuantity } from '../../lib/quantity';
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

export { linesTotal };

/** The quantity's message, the same beside the field and from the command. */
export function quantityError(
  reason: Exclude<ParsedQuantity, { ok: true }>['reason'],
  unit: string,
) {
  return { key: `quantity.${reason}` as const, params: { max: QUANTITY_MAX, unit } };
}

/** Checks what a sale holds before anything is written: the forms' limits (lib/limits.ts). */
function checkSale(
  lines: ReadonlyArray<Pick<SaleLine, 'unit' | 'quantity' | 'unitPriceMinor'>>,
  manual?: number,
): void {
  for (const line of lines) {
    const q = checkQuantity(line.quantity, line.unit);
    if (!q.ok) throw new ValidationError({ lines: quantityError(q.reason, line.unit) });
  }
  if (
    manual !== undefined &&
    (!Number.isSafeInteger(manual) || manual < 0 || manual > AMOUNT_MAX_MINOR)
  ) {
    throw new ValidationError({ total: { key: 'money.invalid' } });
  }
  if (manual === undefined && linesTotal(lines) > AMOUNT_MAX_MINOR)
    throw new ValidationError({ total: { key: 'money.too-large' } });
  if (lines.length === 0 && !manual) {
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
  if (input.lines.length === 0) checkSale([], input.manualTotalMinor);
  const tables = [db.sales, db.products, db.customers, db.reservations, db.outbox, db.tombstones];
  const sale = await db.transaction('rw', tables, async () => {
    const lines = await buildLines(db, input);
    checkSale(lines, input.manualTotalMinor);
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
  checkSale(input.lines, input.manualTotalMinor);
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
    [db.sales, db.gifts, db.customers, db.outbox, db.reservations, db.tombstones],
    async () => {
      const sale = await db.sales.get(id);
      if (!sale) return;
      await deleteRows(db, 'sales', [id], now);
      const thanks = await db.outbox
        .where('status')
        .equals('pending')
        .and((m) => m.saleId === id)
        .primaryKeys();
      await deleteRows(db, 'outbox', thanks, now);
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
          g.updatedAt = now;
        });
      await refreshCustomers(db, [sale.customerId]);
    },
  );
}
