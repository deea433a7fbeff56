import type { AssohDB } from '../../db/db';
import { refreshCustomers } from '../../db/customer-activity';
import { markReservationSold, saleAdvance } from '../../db/reservation-rows';
import { setSaleCredit } from '../../db/credit-rows';
import { deleteRows } from '../../db/tombstones';
import { AMOUNT_MAX_MINOR, PROMISE_MAX_DAYS, QUANTITY_MAX } from '../../lib/limits';
import { DAY_MS, startOfDay } from '../../lib/dates';
import { checkQuantity, type ParsedQuantity } from '../../lib/quantity';
import { insertSale, lineFor, linesTotal, productIdsOf } from '../../db/sale-rows';
import type { Sale, SaleLine } from '../../lib/domain';
import { UserError, ValidationError } from '../../i18n/errors';
import { persistAfterFirstWrite } from '../../pwa/storage';
import { editTime } from '../../lib/merge';

export interface SaleInput {
  /** Absent: "client de passage". */
  customerId?: string;
  lines: Array<{ productId: string; quantity: number }>;
  /** A total typed by hand (minor units), replacing the lines' sum. */
  manualTotalMinor?: number;
  /** The reservation this sale hands over ("Vendre" on a reservation): fulfilled with it. */
  reservationId?: string;
  /** The part not paid now: a credit entry written with the sale ("À crédit", "Payé : 400"). */
  credit?: SaleCredit;
  at?: number;
}

export interface SaleCredit {
  amountMinor: number;
  /** The day she promised to pay, its local midnight. */
  dueAt?: number;
}

/** The unpaid part must be part of the sale, and the promise a day ahead, within a year. */
function checkCredit(credit: SaleCredit | undefined, total: number, customerId?: string): void {
  if (!credit) return;
  if (!customerId) throw new ValidationError({ paid: { key: 'payment.needsCustomer' } });
  if (!Number.isSafeInteger(credit.amountMinor) || credit.amountMinor < 0)
    throw new ValidationError({ paid: { key: 'money.invalid' } });
  if (credit.amountMinor > total) throw new ValidationError({ paid: { key: 'payment.tooMuch' } });
  const due = credit.dueAt;
  if (
    due !== undefined &&
    (!Number.isSafeInteger(due) || due > startOfDay(Date.now()) + PROMISE_MAX_DAYS * DAY_MS)
  )
    throw new ValidationError({ due: { key: 'form.invalidChoice' } });
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
 * The sale, its unpaid part, the customer's "last seen" and the reservation it hands over (if
 * any) land together or not at all (undone with the sale: see deleteSale).
 */
export async function recordSale(db: AssohDB, input: SaleInput): Promise<Sale> {
  if (input.lines.length === 0) checkSale([], input.manualTotalMinor);
  const tables = [
    db.sales,
    db.products,
    db.customers,
    db.gifts,
    db.creditEntries,
    db.reservations,
    db.outbox,
    db.tombstones,
  ];
  const sale = await db.transaction('rw', tables, async () => {
    // Every read at once (her products, her row, the reservation): one round trip, not three.
    const [lines, customer, reserved] = await Promise.all([
      buildLines(db, input),
      input.customerId ? db.customers.get(input.customerId) : undefined,
      // A reservation's advance is money already received for this sale: only the rest can be owed.
      input.reservationId ? db.reservations.get(input.reservationId) : undefined,
    ]);
    checkSale(lines, input.manualTotalMinor);
    const at = input.at ?? Date.now();
    const total = input.manualTotalMinor ?? linesTotal(lines);
    checkCredit(input.credit, Math.max(0, total - (reserved?.advanceMinor ?? 0)), input.customerId);
    const row = await insertSale(
      db,
      { customerId: input.customerId, lines, manualTotalMinor: input.manualTotalMinor, at },
      customer,
    );
    if (input.reservationId) await markReservationSold(db, input.reservationId, row, at);
    // A new sale has no credit line yet: only an unpaid part writes one.
    if (input.credit && input.credit.amountMinor > 0)
      await setSaleCredit(db, row, input.credit, row.createdAt);
    return row;
  });
  persistAfterFirstWrite();
  return sale;
}

/**
 * Edits the quantities, lines or total of an existing sale. Lines still naming a product that
 * was since deleted keep their recorded copy. `credit` is what stays unpaid (the edit screen
 * shows it beside the total): her balance follows through a new version of the sale's credit
 * entry, never by rewriting one; absent, the credit part is left as it is.
 */
export async function updateSale(
  db: AssohDB,
  id: string,
  input: { lines: SaleLine[]; manualTotalMinor?: number; credit?: SaleCredit | null },
): Promise<void> {
  checkSale(input.lines, input.manualTotalMinor);
  const total = input.manualTotalMinor ?? linesTotal(input.lines);
  const tables = [db.sales, db.customers, db.gifts, db.creditEntries, db.reservations];
  await db.transaction('rw', tables, async () => {
    const existing = await db.sales.get(id);
    if (!existing) throw new UserError('sales.notFound');
    const advance = await saleAdvance(db, existing);
    if (input.credit) checkCredit(input.credit, Math.max(0, total - advance), existing.customerId);
    const now = Date.now();
    await db.sales.put({
      ...existing,
      lines: input.lines,
      productIds: productIdsOf(input.lines),
      totalMinor: total,
      manualTotal: input.manualTotalMinor !== undefined,
      updatedAt: editTime(existing.updatedAt, now),
    });
    if (input.credit !== undefined) await setSaleCredit(db, existing, input.credit, now);
  });
}

/**
 * Deletes a sale (the undo after saving, or after confirmation on the card). Its gifts stay,
 * unlinked; its thank-you not yet sent goes with it; a reservation it fulfilled waits again; its
 * unpaid part is struck out of her credit book ("annulé le …"), which keeps it visible.
 */
export async function deleteSale(db: AssohDB, id: string): Promise<void> {
  const now = Date.now();
  await db.transaction(
    'rw',
    [db.sales, db.gifts, db.customers, db.outbox, db.reservations, db.tombstones, db.creditEntries],
    async () => {
      const sale = await db.sales.get(id);
      if (!sale) return;
      await deleteRows(db, 'sales', [id], now);
      await setSaleCredit(db, sale, null, now);
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
          r.updatedAt = editTime(r.updatedAt, now);
        });
      await db.gifts
        .where('saleId')
        .equals(id)
        .modify((g) => {
          delete g.saleId;
          g.updatedAt = editTime(g.updatedAt, now);
        });
      await refreshCustomers(db, [sale.customerId]);
    },
  );
}
