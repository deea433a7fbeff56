import type { AssohDB } from './db';

/** Dexie and the notebook's connection, with Dexie's live queries. */
export type DbModule = typeof import('./db');

let loading: Promise<DbModule> | undefined;

/**
 * The notebook's Dexie connection, loaded on first use. The first screen reads its data without
 * Dexie (start-reads.ts), so Dexie's code (31 KB gzip) is fetched and run after the first
 * screen is up, when the screen's live queries start.
 */
export function loadDbModule(): Promise<DbModule> {
  return (loading ??= import('./db'));
}

export function loadDb(): Promise<AssohDB> {
  return loadDbModule().then((m) => m.db);
}
