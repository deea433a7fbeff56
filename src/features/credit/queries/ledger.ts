import type { AssohDB } from '../../../db/db';
import { customerEntries } from '../../../db/credit-rows';
import type { CreditEntry, Customer, Sale } from '../../../lib/domain';
import { statementOf, type LedgerState, type StatementRow } from '../../../lib/ledger';

export interface CustomerLedger {
  /** Every version, in the order things happened (the card shows them newest first). */
  rows: StatementRow[];
  state: LedgerState;
  /** The sales her credit entries came from, for their "what" ("2 tas Piment"). */
  sales: Map<string, Sale>;
}

/** Her credit book, from one read of her entries through [customerId+at]. */
export async function customerLedger(db: AssohDB, customerId: string): Promise<CustomerLedger> {
  const entries = await customerEntries(db, customerId);
  const saleIds = [...new Set(entries.map((e) => e.saleId).filter((id): id is string => !!id))];
  const sales = await db.sales.bulkGet(saleIds);
  return ledgerOf(
    entries,
    new Map(sales.filter((s): s is Sale => Boolean(s)).map((s) => [s.id, s])),
  );
}

/**
 * Her credit book from every version of her entries and the sales they name: the one definition
 * customerLedger and the card's bare read (app/card-read.ts) share.
 */
export function ledgerOf(
  entries: readonly CreditEntry[],
  sales: Map<string, Sale>,
): CustomerLedger {
  const { rows, state } = statementOf(entries);
  return { rows, state, sales };
}

/** When a reminder was last prepared for her (sent or waiting), through the customerId index. */
export async function lastReminderAt(db: AssohDB, customerId: string): Promise<number | null> {
  let last: number | null = null;
  await db.outbox
    .where('customerId')
    .equals(customerId)
    .each((m) => {
      if (m.kind === 'rappel' && (last === null || m.createdAt > last)) last = m.createdAt;
    });
  return last;
}

/** The customer and the seller's figures a statement image needs. */
export async function getCustomerForCredit(db: AssohDB, id: string): Promise<Customer | null> {
  return (await db.customers.get(id)) ?? null;
}
