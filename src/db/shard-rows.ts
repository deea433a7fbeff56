/**
 * Shard rows as they are stored (db/shards.ts keeps them), without Dexie: the start's bare reads
 * and the search's index read them before, or without, Dexie's code.
 */

export const SHARDS = 16;

/** A line starts with her id; the rest are plain values (compared one by one). */
export type ShardLine = readonly [id: string, ...rest: Array<string | number | null>];

export interface Shard<L extends ShardLine> {
  id: number;
  lines: L[];
}
