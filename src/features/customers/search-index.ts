/**
 * The search in memory: every customer's search line (db/search-shards.ts), read once from its 16
 * rows, and each letter's results found from them at once, with no IndexedDB read between the key
 * and the results. It finds exactly what `searchCustomers` (queries.ts) finds in the notebook, in
 * the same order: a property test holds them equal.
 */
import { openNotebook, result } from '../../db/bare';
import { loadDb } from '../../db/connection';
import {
  SEARCH_SHARD_TABLE,
  requestSearchLines,
  takeSearchLines,
  type SearchLine,
  type SearchShard,
} from '../../db/search-lines';
import type { Customer } from '../../lib/domain';
import { byRecency, looksUpPhone, queryTerms, wordOf } from './search-terms';

/** What a result shows of her. */
export type SearchHit = Pick<Customer, 'id' | 'firstName' | 'nickname' | 'lastSeenAt'>;

/** The beginnings of numbers a typed run of digits can be (lib/phone.ts phonePrefixesWith). */
export type PhonePrefixes = (term: string, country: string) => string[];

export interface SearchIndex {
  /**
   * Her matches for `query`, as searchCustomers orders them; null when the query has a number
   * in it and `phonePrefixes` is not there yet (its library loads on the first digit).
   */
  find(
    query: string,
    limit: number,
    country: string | undefined,
    phonePrefixes?: PhonePrefixes,
  ): SearchHit[] | null;
}

const hitOf = (l: SearchLine): SearchHit =>
  l[2]
    ? { id: l[0], firstName: l[1], nickname: l[2], lastSeenAt: l[3] }
    : { id: l[0], firstName: l[1], lastSeenAt: l[3] };

/** The recency walk's order (the lastSeenAt index from its end): latest first, then id. */
const walkOrder = (a: SearchLine, b: SearchLine) =>
  b[3] - a[3] || (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0);

const recencyOrder = (a: SearchLine, b: SearchLine) =>
  byRecency(
    { id: a[0], lastSeenAt: a[3], nameKey: a[4] },
    { id: b[0], lastSeenAt: b[3], nameKey: b[4] },
  );

/** One of her words (space-separated, none empty) starts with `word`. */
const hasWordStarting = (words: string, word: string) =>
  words.startsWith(word) || words.includes(` ${word}`);

/**
 * The index over the shards' lines as they are: nothing is built when it is read (at 6× CPU
 * making an object of each of 5,000 lines and sorting them cost 30 ms); each search scans them.
 */
export function searchIndexOf(
  shards: ReadonlyArray<{ lines: readonly SearchLine[] }>,
): SearchIndex {
  const lines = shards.flatMap((s) => s.lines);
  return {
    find(query, limit, country, phonePrefixes) {
      if (!query.trim()) return [...lines].sort(walkOrder).slice(0, limit).map(hitOf);
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      const tests: Array<(l: SearchLine) => boolean> = [];
      for (const term of terms) {
        const word = wordOf(term);
        if (!looksUpPhone(term, country)) {
          tests.push((l) => hasWordStarting(l[5], word));
          continue;
        }
        if (!phonePrefixes) return null;
        const prefixes = phonePrefixes(term, country);
        tests.push(
          (l) =>
            hasWordStarting(l[5], word) ||
            (l[6] !== null && prefixes.some((p) => l[6]!.startsWith(p))),
        );
      }
      let found = lines.filter((l) => tests.every((test) => test(l)));
      // The most recently seen of them, as the notebook's walk down its recency order picks.
      if (found.length > limit) found = found.sort(walkOrder).slice(0, limit);
      return found.sort(recencyOrder).map(hitOf);
    },
  };
}

/**
 * The shards' lines from their 16 requests: each one's lines are made into objects (deserialised)
 * in a task of their own, small enough not to hold up a tap, where one read of all 5,000 lines
 * took about 50 ms of the main thread at 6× CPU.
 */
async function linesOf(
  requests: ReadonlyArray<IDBRequest<SearchShard | undefined>>,
): Promise<SearchShard[]> {
  const shards = await Promise.all(requests.map(settled));
  return shards.filter((s): s is SearchShard => s !== undefined);
}

const readShards = (idb: IDBDatabase) => linesOf(requestSearchLines(idb));

/** Dexie's own connection (db/native.ts), with Dexie's code: loaded after the first screen. */
async function dexieConnection(): Promise<IDBDatabase> {
  const [db, { nativeDb }] = await Promise.all([loadDb(), import('../../db/native')]);
  return nativeDb(db);
}

/** A request's result, whether it has answered already or not. */
function settled<T>(request: IDBRequest<T>): Promise<T> {
  if (request.readyState === 'pending') return result(request);
  return request.error ? Promise.reject(request.error) : Promise.resolve(request.result);
}

/**
 * The first read: the one the launch asked for (db/search-lines.ts askSearchLines), read now;
 * else in bare IndexedDB on a connection of its own: right after the first screen the
 * page is busy (Dexie's code, the next screens' code) and Dexie answered 250–300 ms later at 6×
 * CPU. Through Dexie when the notebook is not at the latest version (an upgrade is Dexie's work).
 */
async function readShardsBare(): Promise<SearchShard[]> {
  const asked = takeSearchLines();
  if (asked) {
    try {
      return await linesOf(asked);
    } catch (error) {
      console.warn('search: the launch’s read failed, reading again', error);
    }
  }
  const idb = await openNotebook();
  if (!idb) return readShards(await dexieConnection());
  try {
    return await readShards(idb);
  } finally {
    idb.close();
  }
}

/** What a search found, with the text it was found for. */
export interface Found {
  query: string;
  customers: SearchHit[];
}

/** The index as a screen uses it: the search, and the phone library's prefixes once loaded. */
export interface LoadedIndex {
  /**
   * Her matches for `query`. While the phone library loads for a first number, the last results
   * found stay (with the text they were found for): undefined if there were none.
   */
  find(query: string, limit: number, country: string | undefined): Found | undefined;
  /** Reads the lines again if a write may have come before writes were watched. */
  refresh(): void;
}

/**
 * Reads the index and keeps it: `publish` gets it at once, again after every committed write to
 * the search lines (from this tab, another or the sync's worker: Dexie's notice, once its code
 * has loaded), and once the phone library has loaded, on the first number typed. A failed first
 * read publishes null: the caller searches the notebook itself instead.
 */
export function keepSearchIndex(publish: (loaded: LoadedIndex | null) => void): void {
  let index: SearchIndex | undefined;
  let prefixes: PhonePrefixes | undefined;
  let phoneAsked = false;
  let last: Found | undefined;
  let reading = 0;
  // Until Dexie's notice of writes is on, a write (another tab's, the sync's) could go unseen:
  // the lines read before it are read again when she comes to the search box.
  let unwatchedRead = false;
  let watching = false;
  const show = () => {
    const now = index;
    if (!now) return;
    publish({
      find(query, limit, country) {
        const customers = now.find(query, limit, country, prefixes);
        if (customers) return (last = { query, customers });
        if (!phoneAsked) {
          phoneAsked = true;
          import('../../lib/phone')
            .then(async ({ loadPhoneLib, phonePrefixesWith }) => {
              const lib = await loadPhoneLib();
              prefixes = (term, country) => phonePrefixesWith(lib, term, country);
              show();
            })
            .catch((error: unknown) => {
              phoneAsked = false;
              console.warn('search: phone library not loaded', error);
            });
        }
        return last;
      },
      refresh() {
        if (unwatchedRead && watching) read();
      },
    });
  };
  const read = () => {
    const mine = ++reading;
    unwatchedRead = !watching;
    const lines = mine === 1 ? readShardsBare() : dexieConnection().then(readShards);
    lines.then(
      (shards) => {
        // A newer read (a write came meanwhile) publishes instead.
        if (mine !== reading) return;
        // The benchmark reads when her first letter could find at once.
        if (!index) performance.mark('search-ready');
        index = searchIndexOf(shards);
        show();
      },
      (error: unknown) => {
        console.warn('search: index not read', error);
        if (mine === reading && !index) publish(null);
      },
    );
  };
  read();
  // Her row and her line are written in one transaction: either says the lines changed.
  Promise.all([loadDb(), import('../../db/native')])
    .then(([db, { onTablesWritten }]) => {
      onTablesWritten(db, ['customers', SEARCH_SHARD_TABLE], read);
      watching = true;
    })
    .catch((error: unknown) => console.warn('search: writes not watched', error));
}
