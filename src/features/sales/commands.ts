import type { AssohDB } from '../../db/db';
import { newId } from '../../db/db';
import { recomputeLastSeen, touchCustomer } from '../../db/customer-activity';
import type { Sale, SaleLine } from '../../db/types';
import { UserError, ValidationError } from '../../lib/errors';
import { persistAfterFirstWrite } from '../../pwa/storage';

export interface SaleInput {
  /** Absent: "client de passage". */
  customerId?: string;
  lines: Array<{ productId: string; quantity: number }>;
  /** A total typed by hand (minor units), replacing the lines' sum. */
  manualTotalMinor?: number;
  at?: number;
}

export const MAX_QUANTITY = 999;
export const MAX_TOTAL_MINOR = 1e11;

export function linesTotal(lines: readonly SaleLine[]): number {
  return lines.reduce((sum, l) => sum + Math.round(l.unitPriceMinor * l.quantity), 0);
}

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

/** Copies each product's name, unit and price into the sale, so later price changes keep history true. */
async function buildLines(db: AssohDB, input: SaleInput): Promise<SaleLine[]> {
  const products = await db.products.bulkGet(input.lines.map((l) => l.productId));
  return input.lines.map((line, i) => {
    const p = products[i];
    if (!p) throw new UserError('sales.errorProductGone');
    return {
      productId: p.id,
      name: p.name,
      unit: p.unit,
      unitPriceMinor: p.priceMinor,
      quantity: line.quantity,
    };
  });
}

/** The sale and the customer's "last seen" land together or not at all. */
export async function recordSale(db: AssohDB, input: SaleInput): Promise<Sale> {
  checkQuantities(input);
  const sale = await db.transaction('rw', db.sales, db.products, db.customers, async () => {
    if (input.customerId && !(await db.customers.get(input.customerId))) {
      throw new UserError('customers.notFound');
    }
    const lines = await buildLines(db, input);
    const now = Date.now();
    const at = input.at ?? now;
    const row: Sale = {
      id: newId(),
      customerId: input.customerId,
      at,
      lines,
      totalMinor: input.manualTotalMinor ?? linesTotal(lines),
      manualTotal: input.manualTotalMinor !== undefined,
      createdAt: now,
      updatedAt: now,
    };
    await db.sales.add(row);
    await touchCustomer(db, input.customerId, at);
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
      totalMinor: input.manualTotalMinor ?? linesTotal(input.lines),
      manualTotal: input.manualTotalMinor !== undefined,
      updatedAt: Date.now(),
    });
  });
}

/** Deletes a sale (the undo after saving, or after confirmation on the card). Its gifts stay, unlinked. */
export async function deleteSale(db: AssohDB, id: string): Promise<void> {
  await db.transaction('rw', db.sales, db.gifts, db.customers, async () => {
    const sale = await db.sales.get(id);
    if (!sale) return;
    await db.sales.delete(id);
    await db.gifts
      .where('saleId')
      .equals(id)
      .modify((g) => {
        delete g.saleId;
      });
    await recomputeLastSeen(db, sale.customerId);
  });
}
