/**
 * The notebook read with bare IndexedDB, for the first screen only: its few reads start before
 * Dexie's code is even loaded (app/start-reads.ts). Reading is all it does. It never creates,
 * upgrades or writes the database: whatever it does not find exactly as the latest Dexie
 * schema stores it (no database yet, an older version waiting for its migration, an open that
 * fails or waits), it gives up and the app reads through Dexie as before.
 */
import { DB_NAME, NATIVE_VERSION } from './schema';

/**
 * The notebook's database when it is at the latest version (or newer: another tab's release,
 * which Dexie opens too), else null. Opened without a version, so an existing database is never
 * upgraded; a missing one would be created empty at version 1, which would then break Dexie's
 * own creation: that upgrade is aborted, which leaves no database behind.
 */
export function openNotebook(
  factory: IDBFactory = indexedDB,
  name: string = DB_NAME,
): Promise<IDBDatabase | null> {
  return openAtVersion(factory, name, NATIVE_VERSION);
}

/**
 * openNotebook's work, self-contained: index.html's launch script runs this very code, serialised
 * (scripts/start-frame-plugin.ts), so it uses nothing but its arguments and the browser.
 */
export function openAtVersion(
  factory: IDBFactory,
  name: string,
  minVersion: number,
): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch (error) {
      console.warn('start: IndexedDB not opened', error);
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => {
      // Only a missing database asks for an upgrade here (no version was given): a first visit.
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      // The abort above, or a failed open: Dexie opens it (and says what is wrong) later.
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const idb = request.result;
      if (idb.version < minVersion) {
        // An older schema: its migration is Dexie's work.
        idb.close();
        resolve(null);
        return;
      }
      // Never in the way of an upgrade by another tab (or by this one's Dexie).
      idb.onversionchange = () => idb.close();
      resolve(idb);
    };
  });
}

/** One request's result. */
export function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** IndexedDB's getAllRecords() (Chrome 141 and later): an index's records in either direction. */
interface RecordsIndex {
  getAllRecords(options: {
    direction?: IDBCursorDirection;
    count?: number;
  }): IDBRequest<Array<{ value: unknown }>>;
}

/**
 * The first `limit` values of an index in its reverse order (Dexie's reverse().limit()): one read
 * where the browser has getAllRecords(). A cursor, elsewhere, takes a round trip per value, each
 * waiting for the page's main thread: at a 6× launch, the home screen's 8 recent customers came
 * 120–170 ms after the start's other reads (scripts/bench/launch-idb.mjs).
 */
export function lastValues<T>(index: IDBIndex, limit: number): Promise<T[]> {
  const records = index as IDBIndex & Partial<RecordsIndex>;
  if (typeof records.getAllRecords === 'function')
    return result(records.getAllRecords({ direction: 'prev', count: limit })).then((rows) =>
      rows.map((row) => row.value as T),
    );
  return new Promise((resolve, reject) => {
    const out: T[] = [];
    const request = index.openCursor(null, 'prev');
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || out.length >= limit) {
        resolve(out);
        return;
      }
      out.push(cursor.value as T);
      if (out.length >= limit) resolve(out);
      else cursor.continue();
    };
  });
}
