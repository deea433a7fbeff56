import { newId, type AssohDB } from './db';
import { seeCustomer } from './customer-activity';
import type { Customer, Product, Sale, SaleLine } from '../lib/domain';
import { linesTotal, productIdsOf } from './sale-lines';

export { linesTotal, productIdsOf };
import { UserError } from '../i18n/errors';

/** A line copies the product's name, unit and price, so later price changes keep history true. */
export function lineFor(product: Product, quantity: number): SaleLine {
  return {
    productId: product.id,
    name: product.name,
    unit: product.unit,
    unitPriceMinor: product.priceMinor,
    quantity,
  };
}

/**
 * Writes one sale and marks its customer as seen. Call inside a transaction that holds sales and
 * customers: the sales screen and a fulfilled reservation both come through here. `customer`:
 * her row as the caller already read it in this transaction (not read again).
 */
export async function insertSale(
  db: AssohDB,
  input: { customerId?: string; lines: SaleLine[]; manualTotalMinor?: number; at: number },
  customer?: Customer,
): Promise<Sale> {
  const known =
    input.customerId === undefined
      ? undefined
      : customer?.id === input.customerId
        ? customer
        : await db.customers.get(input.customerId);
  if (input.customerId && !known) throw new UserError('customers.notFound');
  const now = Date.now();
  const row: Sale = {
    id: newId(),
    customerId: input.customerId,
    at: input.at,
    lines: input.lines,
    productIds: productIdsOf(input.lines),
    totalMinor: input.manualTotalMinor ?? linesTotal(input.lines),
    manualTotal: input.manualTotalMinor !== undefined,
    createdAt: now,
    updatedAt: now,
  };
  // Both writes at once: on a slow phone each round trip through IndexedDB counts.
  await Promise.all([db.sales.add(row), known && seeCustomer(db, known, input.at)]);
  return row;
}
