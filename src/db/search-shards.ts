/**
 * Every customer's search line, kept apart from the customer rows (db/shards.ts) so the search
 * reads the whole notebook's names in 16 rows, once, and finds her at each letter without
 * IndexedDB: at 6× CPU each letter's two or three reads (the words' index, the recency order, her
 * rows) were a third of the time from the key to the results.
 */
import type { Transaction } from 'dexie';
import type { Customer } from '../lib/domain';
import { SEARCH_SHARD_TABLE, type SearchLine, type SearchShard } from './search-lines';
import { projectShards, rebuildShards, type Projection } from './shards';

/** Her line: every customer has one. */
export function searchLine(c: Customer): SearchLine {
  return [
    c.id,
    c.firstName,
    c.nickname || null,
    c.lastSeenAt,
    c.nameKey,
    (c.searchWords ?? []).join(' '),
    c.phone ?? null,
  ];
}

export const searchable: Projection<SearchLine> = { table: SEARCH_SHARD_TABLE, line: searchLine };

/** The shards as the customers make them: what the kept shards must always equal. */
export function searchShardsOf(customers: Iterable<Customer>): SearchShard[] {
  return projectShards(customers, searchLine);
}

/** Rebuilds the shards from the customer rows, in the caller's transaction (the v9 upgrade's). */
export function rebuildSearchShards(tx: Transaction): Promise<void> {
  return rebuildShards(tx, searchable);
}
