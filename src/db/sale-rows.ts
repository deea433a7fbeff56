import { newId, type AssohDB } from './db';
import { touchCustomer } from './customer-activity';
import type { Product, Sale, SaleLine } from '../lib/domain';
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
 * customers: the sales screen and a fulfilled reservation both come through here.
 */
export async function insertSale(
  db: AssohDB,
  input: { customerId?: string; lines: SaleLine[]; manualTotalMinor?: number; at: number },
): Promise<Sale> {
  if (input.customerId && !(await db.customers.get(input.customerId)))
    throw new UserError('customers.notFound');
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
  await db.sales.add(row);
  await touchCustomer(db, input.customerId, input.at);
  return row;
}
