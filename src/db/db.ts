import { Dexie, type EntityTable, type Table } from 'dexie';
import { migrateToV3, migrateToV5 } from './migrations';
import {
  DB_NAME,
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
  schemaV7,
  schemaV8,
} from './schema';
import type { DebtorShard } from './debtor-lines';
import { debtorShardsMiddleware, rebuildDebtorShards } from './debtor-shards';
import { syncQueueMiddleware } from './sync-queue';
import { setTrouble, connectionTrouble as currentTrouble } from './trouble';
import type { SyncQueueEntry, SyncRow } from './sync-state';
import type {
  CreditEntry,
  Customer,
  Gift,
  OutboxMessage,
  Photo,
  Product,
  Reservation,
  Sale,
  Settings,
  Tombstone,
} from '../lib/domain';

export { DB_NAME } from './schema';

// Dexie turns its debug mode on for pages served from localhost: a console task for every table
// call and every callback run inside it. A seller's app comes from an HTTPS host and never pays it;
// a production build turns it off everywhere, so that what runs on localhost (the bench, the e2e
// tests, `npm start`) is what runs on her phone. (No `env` where Node imports this file: the e2e
// runner's upgrade test.)
if ((import.meta as { env?: { PROD?: boolean } }).env?.PROD) Dexie.debug = false;

/** The automatic copy of the whole notebook taken just before a "replace" restore (v2). */
export interface SafetyCopy {
  id: string;
  createdAt: number;
  /** The backup file itself, as it would have been shared. */
  file: Blob;
  customers: number;
  sales: number;
}

export type AssohDB = Dexie & {
  settings: EntityTable<Settings, 'id'>;
  customers: EntityTable<Customer, 'id'>;
  products: EntityTable<Product, 'id'>;
  sales: EntityTable<Sale, 'id'>;
  creditEntries: EntityTable<CreditEntry, 'id'>;
  gifts: EntityTable<Gift, 'id'>;
  reservations: EntityTable<Reservation, 'id'>;
  outbox: EntityTable<OutboxMessage, 'id'>;
  photos: EntityTable<Photo, 'id'>;
  safetyCopies: EntityTable<SafetyCopy, 'id'>;
  tombstones: Table<Tombstone, [string, string]>;
  sync: Table<SyncRow, SyncRow['id']>;
  syncQueue: Table<SyncQueueEntry, [string, string]>;
  debtorShards: EntityTable<DebtorShard, 'id'>;
};

/**
 * The version chain. `upTo` exists for migration tests: open a database as an older release
 * would, write its rows, then open it with the whole chain and check them.
 */
export function declareVersions(db: Dexie, upTo = Infinity): void {
  if (upTo >= 1) db.version(1).stores(schemaV1);
  // v2 adds a table and three indexes: IndexedDB builds them from the rows already there, and
  // every v1 row has the indexed updatedAt, so no row needs rewriting (no upgrade function).
  if (upTo >= 2) db.version(2).stores(schemaV2);
  if (upTo >= 3) db.version(3).stores(schemaV3).upgrade(migrateToV3);
  // v4 adds the tombstones table, empty: deletions made before it left no trace to record.
  if (upTo >= 4) db.version(4).stores(schemaV4);
  if (upTo >= 5) db.version(5).stores(schemaV5).upgrade(migrateToV5);
  // v6 adds the credit entries' table, empty, and two indexes on customer fields no row has yet.
  if (upTo >= 6) db.version(6).stores(schemaV6);
  // v7 adds sync's own two tables, empty: nothing to rewrite.
  if (upTo >= 7) db.version(7).stores(schemaV7);
  // v8 adds who owes in 16 rows, built from the customer rows.
  if (upTo >= 8) db.version(8).stores(schemaV8).upgrade(rebuildDebtorShards);
}

export { connectionTrouble, onConnectionTrouble, type ConnectionTrouble } from './trouble';
// The live queries of the screens (app/use-live-db.ts) come with the connection, loaded late.
export { liveQuery } from 'dexie';

/**
 * `recordChanges: false` is for the sync itself (its worker): what it writes came from the
 * server, so it must not be noted as changed here.
 */
export function createDb(
  name = DB_NAME,
  upTo = Infinity,
  { recordChanges = true }: { recordChanges?: boolean } = {},
): AssohDB {
  const db = new Dexie(name) as AssohDB;
  declareVersions(db, upTo);
  // Always, the sync's own writes included: the shards follow every write to the customers.
  db.use(debtorShardsMiddleware);
  if (recordChanges) db.use(syncQueueMiddleware);
  db.on('versionchange', (event) => {
    // Dexie's own handler (called after ours) closes with auto-reopen, which would let this
    // old code write into the newer schema; closing for good just after it makes every later
    // write fail cleanly instead.
    queueMicrotask(() => db.close());
    if (event.newVersion) setTrouble('other-version');
  });
  db.on('blocked', () => setTrouble('blocked'));
  db.on('ready', () => {
    if (currentTrouble() === 'blocked') setTrouble(null);
  });
  return db;
}

export const db: AssohDB = createDb();

/**
 * A random (v4) UUID. crypto.randomUUID exists only on HTTPS or localhost; on a plain http
 * address the same comes from getRandomValues, which needs no secure origin, so a save works.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
