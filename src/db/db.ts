import { Dexie, type EntityTable, type Table, type Version } from 'dexie';
import { migrateToV3, migrateToV5 } from './migrations';
import { DB_NAME, SCHEMA_CHANGES } from './schema';
import type { DebtorShard } from './debtor-lines';
import { debtors, rebuildDebtorShards } from './debtor-shards';
import type { SearchShard } from './search-lines';
import { rebuildSearchShards, searchable } from './search-shards';
import { shardsMiddleware } from './shards';
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
  searchShards: EntityTable<SearchShard, 'id'>;
};

/**
 * The versions that rewrite rows on the way up. Each version's changes are in schema.ts
 * (SCHEMA_CHANGES); a new version adds its changes there, and its upgrade function here if it
 * rewrites rows (a table it deletes, `null` in its changes, carries to every version declared
 * after it). Why the others rewrite nothing: v2's indexes are built from fields every v1 row
 * has; v4's tombstones and v7's sync tables start empty; v6's credit entries start empty and its
 * customer indexes name fields no row had yet.
 */
const UPGRADES: Partial<Record<number, Parameters<Version['upgrade']>[0]>> = {
  3: migrateToV3,
  5: migrateToV5,
  // v8 adds who owes in 16 rows, built from the customer rows.
  8: rebuildDebtorShards,
  // v9 adds every customer's search line in 16 rows, built from the customer rows.
  9: rebuildSearchShards,
};

/** A version's whole schema: every version's changes up to it, merged. */
function schemaAt(version: number): Record<string, string> {
  return Object.assign({}, ...SCHEMA_CHANGES.slice(0, version)) as Record<string, string>;
}

/**
 * The version chain: the versions with an upgrade function and the latest, each with its whole
 * schema. Since Dexie 3 a database of any older version opens with these: Dexie reads the schema
 * a phone has from the database itself, creates what each declared version adds, and runs the
 * upgrades above the phone's version in order (v2, v4, v6 and v7 only added tables and indexes:
 * IndexedDB builds an index from the rows already there). Declaring every version, each with
 * Dexie's tables made again for the versions before, cost about four times as much at every
 * start (once the first screen shows, when a tap may come). The migration tests open each version's data.
 * `upTo` exists for them: a database declared as an older release would, to write its rows.
 */
export function declareVersions(db: Dexie, upTo = Infinity): void {
  const latest = Math.min(upTo, SCHEMA_CHANGES.length);
  for (let version = 1; version <= latest; version++) {
    const upgrade = UPGRADES[version];
    if (!upgrade && version !== latest) continue;
    const declared = db.version(version).stores(schemaAt(version));
    if (upgrade) declared.upgrade(upgrade);
  }
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
  db.use(shardsMiddleware('customer-shards', [debtors, searchable]));
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
