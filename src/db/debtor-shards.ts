/**
 * Who owes, kept apart from the customer rows so the Crédits screen reads it in one short read.
 *
 * Crédits needs every debtor's balance, oldest debt and promise (for the total, the ages and the
 * order), but only the first few names. Reading every debtor's customer row took most of the tap
 * on a slow phone: IndexedDB pays per row, and at 6× CPU 1,889 customer rows cost 47–86 ms to
 * read, where the same lines packed in 16 rows cost 11–20 ms. So each debtor has one line
 * (`DebtorLine`) in one of 16 shard rows (db/shards.ts), kept in every write's transaction.
 */
import type { Transaction } from 'dexie';
import type { Customer } from '../lib/domain';
import { SHARD_TABLE, type DebtorLine, type DebtorShard } from './debtor-lines';
import { projectShards, rebuildShards, type Projection } from './shards';

export { shardOf } from './shards';

/** Her line when she owes something; null when she owes nothing (or has paid in advance). */
export function debtorLine(c: Customer): DebtorLine | null {
  const balance = c.creditBalanceMinor ?? 0;
  if (!(balance > 0)) return null;
  return [
    c.id,
    c.firstName,
    c.nickname || null,
    balance,
    c.owedSince ?? null,
    c.promisedAt ?? null,
  ];
}

export const debtors: Projection<DebtorLine> = { table: SHARD_TABLE, line: debtorLine };

/** The shards as the customers make them: what the kept shards must always equal. */
export function shardsOf(customers: Iterable<Customer>): DebtorShard[] {
  return projectShards(customers, debtorLine);
}

/** Rebuilds the shards from the customer rows, in the caller's transaction (the v8 upgrade's). */
export function rebuildDebtorShards(tx: Transaction): Promise<void> {
  return rebuildShards(tx, debtors);
}
