/**
 * The search shards' rows as they are stored (db/search-shards.ts keeps them), without Dexie: the
 * home screen's search reads them to find her by name or number in memory, with no IndexedDB
 * read between a letter and its results.
 */
import { SHARDS, type Shard } from './shard-rows';

export const SEARCH_SHARD_TABLE = 'searchShards';

/** One customer: what her search result shows, and what a search finds and orders her by. */
export type SearchLine = readonly [
  id: string,
  firstName: string,
  nickname: string | null,
  lastSeenAt: number,
  nameKey: string,
  /** Her search words (Customer.searchWords), joined by spaces: folded words hold none. */
  words: string,
  /** E.164 */
  phone: string | null,
];

export type SearchShard = Shard<SearchLine>;

/** The 16 search shards, each its own request, in one transaction of their own. */
export function requestSearchLines(
  idb: IDBDatabase,
): ReadonlyArray<IDBRequest<SearchShard | undefined>> {
  const store = idb.transaction(SEARCH_SHARD_TABLE, 'readonly').objectStore(SEARCH_SHARD_TABLE);
  return Array.from(
    { length: SHARDS },
    (_, id) => store.get(id) as IDBRequest<SearchShard | undefined>,
  );
}

/** The search shards' read asked for at the launch (askSearchLines), until the search takes it. */
let asked: ReadonlyArray<IDBRequest<SearchShard | undefined>> | null = null;

/**
 * Asks for the 16 search shards on the launch's own connection, once the first screen's reads
 * are in: the search's index is then on its way before the first screen is even drawn. Only
 * asked: IndexedDB makes a result into objects when it is first read, so nothing is made of the
 * 5,000 lines until the search reads them (takeSearchLines), after the first screen.
 */
export function askSearchLines(idb: IDBDatabase): void {
  try {
    asked = requestSearchLines(idb);
  } catch (error) {
    // A newer schema without this store, a closing connection: the search reads them itself.
    console.warn('start: search lines not asked', error);
  }
}

/** The requests askSearchLines made, once: null when there are none. */
export function takeSearchLines(): ReadonlyArray<IDBRequest<SearchShard | undefined>> | null {
  const requests = asked;
  asked = null;
  return requests;
}
