/**
 * Dexie's own connection, for a screen that reads in bare IndexedDB once Dexie is loaded (her
 * card: app/card-read.ts): no second connection to open, and Dexie's notice of every committed
 * write, which is what a live query re-runs on, without the live query's bookkeeping of each key.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { AssohDB } from './db';

/** The open IndexedDB connection under Dexie, opened by Dexie first if it is not yet. */
export async function nativeDb(db: AssohDB): Promise<IDBDatabase> {
  // A small read opens the database as any query does (upgrade and all), and fails as they do
  // once it is closed for good (another version took over): an explicit open() would reopen it.
  if (!db.isOpen()) await db.settings.get('seller');
  return db.backendDB();
}

/**
 * Calls `written` after each write committed to one of these tables, from this tab, another tab
 * or a worker (Dexie's storagemutated event). Returns the way to stop listening.
 */
export function onTablesWritten(
  db: AssohDB,
  tables: readonly string[],
  written: () => void,
): () => void {
  const prefixes = tables.map((t) => `idb://${db.name}/${t}/`);
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) written();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
