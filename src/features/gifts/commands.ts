import type { AssohDB } from '../../db/db';
import { newId } from '../../db/db';
import { refreshCustomers, touchCustomer } from '../../db/customer-activity';
import { deleteRows } from '../../db/tombstones';
import type { Gift, GiftReason } from '../../lib/domain';
import { UserError, ValidationError, textError, type FieldError } from '../../i18n/errors';
import { TEXT_MAX, textProblem } from '../../lib/limits';
import { parseAmount } from '../../lib/money-input';
import { tidy } from '../../lib/text';
import { persistAfterFirstWrite } from '../../pwa/storage';
import { editTime } from '../../lib/merge';

export const GIFT_REASONS: readonly GiftReason[] = [
  'fidelite',
  'excuse',
  'recommandation',
  'autre',
];
export const WHAT_MAX = TEXT_MAX.giftWhat;

export interface GiftInput {
  customerId?: string;
  what: string;
  reason: GiftReason;
  /** As typed; empty when the seller does not estimate it. */
  value: string;
  saleId?: string;
}

function validate(input: GiftInput, currency: string) {
  const errors: Record<string, FieldError> = {};
  const what = tidy(input.what);
  const whatProblem = textProblem(what, WHAT_MAX);
  if (!what) errors.what = { key: 'gifts.errorWhat' };
  else if (whatProblem) errors.what = textError(whatProblem, WHAT_MAX);
  if (!GIFT_REASONS.includes(input.reason)) errors.reason = { key: 'form.invalidChoice' };
  let valueMinor: number | undefined;
  if (input.value.trim()) {
    const parsed = parseAmount(input.value, currency);
    if (parsed.ok) valueMinor = parsed.minor;
    else errors.value = { key: `money.${parsed.reason}` };
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return { what, reason: input.reason, valueMinor };
}

/** The gift and the customer's "last seen" land together. */
export async function recordGift(db: AssohDB, input: GiftInput, currency: string): Promise<Gift> {
  const fields = validate(input, currency);
  const gift = await db.transaction('rw', db.gifts, db.customers, db.sales, async () => {
    if (input.customerId && !(await db.customers.get(input.customerId)))
      throw new UserError('customers.notFound');
    if (input.saleId && !(await db.sales.get(input.saleId))) throw new UserError('sales.notFound');
    const now = Date.now();
    const row: Gift = {
      id: newId(),
      customerId: input.customerId,
      saleId: input.saleId,
      at: now,
      ...fields,
      createdAt: now,
      updatedAt: now,
    };
    await db.gifts.add(row);
    await touchCustomer(db, input.customerId, now);
    return row;
  });
  persistAfterFirstWrite();
  return gift;
}

export async function updateGift(
  db: AssohDB,
  id: string,
  input: GiftInput,
  currency: string,
): Promise<void> {
  const fields = validate(input, currency);
  await db.transaction('rw', db.gifts, async () => {
    const existing = await db.gifts.get(id);
    if (!existing) throw new UserError('gifts.notFound');
    await db.gifts.put({ ...existing, ...fields, updatedAt: editTime(existing.updatedAt) });
  });
}

export async function deleteGift(db: AssohDB, id: string): Promise<void> {
  const tables = [db.gifts, db.customers, db.sales, db.tombstones, db.creditEntries];
  await db.transaction('rw', tables, async () => {
    const gift = await db.gifts.get(id);
    if (!gift) return;
    await deleteRows(db, 'gifts', [id]);
    await refreshCustomers(db, [gift.customerId]);
  });
}
