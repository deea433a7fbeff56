import type { AssohDB } from '../../db/db';
import { newId } from '../../db/db';
import type { Product } from '../../lib/domain';
import { UserError, ValidationError, textError, type FieldError } from '../../i18n/errors';
import { TEXT_MAX, textProblem } from '../../lib/limits';
import { parseAmount } from '../../lib/money-input';
import { fold, tidy } from '../../lib/text';
import { persistAfterFirstWrite } from '../../pwa/storage';
import { deletePendingReservationMessages, readyWaitingReservations } from '../../db/outbox-rows';
import { deleteRows } from '../../db/tombstones';
import { editTime } from '../../lib/merge';

export interface ProductInput {
  name: string;
  /** As typed: "500", "1 500", "12,50". */
  price: string;
  unit: string;
  available: boolean;
  emoji: string;
  color: string;
  /** "un piment" / "une tomate", when the seller chose; '' lets the messages guess. */
  gender?: '' | 'm' | 'f';
}

export const PRODUCT_LIMITS = { name: TEXT_MAX.productName, unit: TEXT_MAX.unit } as const;

async function validate(db: AssohDB, input: ProductInput, currency: string, selfId?: string) {
  const errors: Record<string, FieldError> = {};
  const name = tidy(input.name);
  const unit = tidy(input.unit);
  const nameProblem = textProblem(name, PRODUCT_LIMITS.name);
  const unitProblem = textProblem(unit, PRODUCT_LIMITS.unit);
  if (!name) errors.name = { key: 'products.errorName' };
  else if (nameProblem) errors.name = textError(nameProblem, PRODUCT_LIMITS.name);
  else {
    const same = await db.products
      .where('nameKey')
      .equals(fold(name))
      .and((p) => p.id !== selfId)
      .first();
    if (same) errors.name = { key: 'products.errorDuplicate', params: { name: same.name } };
  }
  if (!unit) errors.unit = { key: 'products.errorUnit' };
  else if (unitProblem) errors.unit = textError(unitProblem, PRODUCT_LIMITS.unit);
  const price = parseAmount(input.price, currency);
  if (!price.ok) errors.price = { key: `money.${price.reason}` };
  if (Object.keys(errors).length > 0 || !price.ok) throw new ValidationError(errors);
  return {
    name,
    nameKey: fold(name),
    unit,
    priceMinor: price.minor,
    available: input.available,
    emoji: input.emoji.trim() || undefined,
    color: input.color || undefined,
    gender: input.gender || undefined,
  };
}

export async function createProduct(
  db: AssohDB,
  input: ProductInput,
  currency: string,
): Promise<Product> {
  const fields = await validate(db, input, currency);
  const now = Date.now();
  const product: Product = { id: newId(), ...fields, createdAt: now, updatedAt: now };
  await db.products.add(product);
  persistAfterFirstWrite();
  return product;
}

/**
 * Saves a product. When it becomes available again, its waiting reservations become ready and
 * their "réservation prête" messages land in the outbox, all in the same transaction.
 * Returns how many reservations became ready.
 */
export async function updateProduct(
  db: AssohDB,
  id: string,
  input: ProductInput,
  currency: string,
): Promise<number> {
  const fields = await validate(db, input, currency, id);
  const tables = [db.products, db.reservations, db.outbox, db.customers, db.settings];
  return db.transaction('rw', tables, async () => {
    const existing = await db.products.get(id);
    if (!existing) throw new UserError('products.notFound');
    const product = { ...existing, ...fields, updatedAt: editTime(existing.updatedAt) };
    await db.products.put(product);
    if (!product.available || existing.available) return 0;
    return (await readyWaitingReservations(db, product)).length;
  });
}

/**
 * Past sales keep their own copy of the name and price, so deleting a product rewrites no
 * history; its waiting reservations are cancelled (kept, not erased) and their "réservation
 * prête" messages not yet sent go, in the same transaction: nothing is left promising it.
 */
export async function deleteProduct(db: AssohDB, id: string): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', [db.products, db.reservations, db.outbox, db.tombstones], async () => {
    const open = await db.reservations
      .where('[productId+status]')
      .anyOf([id, 'waiting'], [id, 'ready'])
      .primaryKeys();
    await db.reservations
      .where('id')
      .anyOf(open)
      .modify((r) => {
        r.status = 'cancelled';
        r.updatedAt = editTime(r.updatedAt, now);
      });
    await deletePendingReservationMessages(db, open, now);
    await deleteRows(db, 'products', [id], now);
  });
}
