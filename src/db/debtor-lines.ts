/**
 * The debtor shards' rows as they are stored (db/debtor-shards.ts keeps them), without Dexie: the
 * start's bare reads (app/start-reads.ts) read them before Dexie's code has loaded.
 */
import type { Shard } from './shard-rows';

export { SHARDS } from './shard-rows';
export const SHARD_TABLE = 'debtorShards';

/** One debtor: what Crédits shows of her, and what it counts and sorts by. */
export type DebtorLine = readonly [
  id: string,
  firstName: string,
  nickname: string | null,
  balanceMinor: number,
  owedSince: number | null,
  promisedAt: number | null,
];

export type DebtorShard = Shard<DebtorLine>;

/** Every debtor's line, in no particular order. */
export function allLines(shards: readonly DebtorShard[]): DebtorLine[] {
  return shards.flatMap((s) => s.lines);
}
