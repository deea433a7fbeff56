/**
 * One constant per schema version. A released version is never edited: a change is a new
 * constant, a new `version(n)` in db.ts and a migration test that opens the old version's data.
 * Index only what is queried; never long text.
 */

/** v1 — 2026-11-22: the first release. */
export const schemaV1 = {
  settings: 'id',
  // *searchWords: accent-blind prefix search; nameKey: the A–Z list; lastSeenAt: "seen today /
  // recently"; phone: duplicate warning; recommendedById: ambassadors.
  customers: 'id, *searchWords, nameKey, lastSeenAt, phone, recommendedById',
  products: 'id, nameKey',
  // [customerId+at]: a customer's history newest first; at: today, month, inactivity.
  sales: 'id, at, [customerId+at]',
  gifts: 'id, at, [customerId+at], saleId',
  reservations: 'id, [productId+status], customerId, status',
  outbox: 'id, status, customerId, createdAt',
  photos: 'id',
} as const;

/**
 * v2 — 2026-11-23: backups. `safetyCopies` keeps the automatic copy taken before a "replace"
 * restore (a Blob of the backup file, never indexed); `updatedAt` on customers, sales and gifts
 * lets the backup reminder ask "anything new since the last backup?" without scanning a table.
 */
export const schemaV2 = {
  ...schemaV1,
  customers: `${schemaV1.customers}, updatedAt`,
  sales: `${schemaV1.sales}, updatedAt`,
  gifts: `${schemaV1.gifts}, updatedAt`,
  safetyCopies: 'id, createdAt',
} as const;

/**
 * v3 — 2026-11-22: announcements to "those who bought this product" or to one profile. Sales get
 * a multi-entry `*productIds` index, filled from each sale's lines by the upgrade (migrateToV3 in
 * migrations.ts); customers get a `profile` index, built by IndexedDB from the rows.
 */
export const schemaV3 = {
  ...schemaV2,
  // profile: announcements to one profile of customers.
  customers: `${schemaV2.customers}, profile`,
  sales: `${schemaV2.sales}, *productIds`,
} as const;

/**
 * v4 — 2026-11-23: deletions leave tombstones, so a merge (and later a sync) never brings back
 * what the seller removed. One row per deleted row, keyed by table and id; deletedAt is indexed
 * for "what was deleted since" (the backup reminder; sync). No row changes: no upgrade function.
 */
export const schemaV4 = {
  ...schemaV3,
  tombstones: '[table+id], deletedAt',
} as const;

/**
 * v5 — 2026-11-23: every customer reachable. Customers get a channel (WhatsApp, SMS or a call,
 * apart from consent) and search words that fold the region's letters and Arabic spellings and
 * include the quartier: migrateToV5 fills both. `[status+kind+createdAt]` counts the thank-yous
 * that have grown too old to send without reading them.
 */
export const schemaV5 = {
  ...schemaV4,
  outbox: `${schemaV4.outbox}, [status+kind+createdAt]`,
} as const;

/**
 * v6 — 2026-11-23: the credit book. `creditEntries` holds every version of every entry (only
 * ever added): [customerId+at] for her statement, saleId for a sale's unpaid part, at for the
 * month's payments, updatedAt for "anything new since the last backup". Customers get indexes
 * on two fields derived from the entries: owedSince (who owes, oldest first; absent when she owes
 * nothing, so only debtors are in it) and promisedAt (promises due). No row changes: the new
 * fields appear with the first entry, so there is no upgrade function. Only the tables it changes
 * are declared (Dexie keeps the others as the versions before left them). A table's declaration
 * is whole: v5 left `customers` as v4 had it, so v6 builds on v4's.
 */
export const schemaV6 = {
  customers: `${schemaV5.customers}, owedSince, promisedAt`,
  creditEntries: 'id, [customerId+at], saleId, at, updatedAt',
} as const;

/**
 * v7 — 2026-11-23: two phones, one notebook (sync through CouchDB). `sync` holds this phone's
 * own sync rows by id (the server's address and credentials, the status, how far the server's
 * changes were applied): never in a backup. `syncQueue` lists the records changed here since they
 * were last handed to the sync, one row per (table, id) however often it changed. Both start
 * empty: a phone turning sync on compares its whole notebook once. Only the new tables are
 * declared: Dexie keeps every table of the versions before as they were, so v5 and v6 (other
 * releases' numbers, merged in any order; Dexie accepts the gap) keep their indexes.
 */
export const schemaV7 = {
  sync: 'id',
  syncQueue: '[table+id]',
} as const;

/**
 * v8 — 2026-11-24: who owes, in 16 rows (db/debtor-shards.ts): each debtor's line (name,
 * balance, oldest debt, promise), kept from the customer rows in every write's transaction, so
 * Crédits reads 16 rows instead of every debtor's customer row. Built from the customers by the
 * upgrade (migrateToV8); in no backup and no sync.
 */
export const schemaV8 = {
  debtorShards: 'id',
} as const;

/**
 * v9 — 2026-11-25: every customer's search line (name, nickname, last seen, search words,
 * number) in 16 rows (db/search-shards.ts), kept from the customer rows in every write's
 * transaction, so the search reads them once and finds her at each letter in memory. Built from
 * the customers by the upgrade (rebuildSearchShards); in no backup and no sync.
 */
export const schemaV9 = {
  searchShards: 'id',
} as const;

/** Each version's changes over the one before, in order: version n is `SCHEMA_CHANGES[n - 1]`. */
export const SCHEMA_CHANGES = [
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
  schemaV7,
  schemaV8,
  schemaV9,
] as const;

export const LATEST_VERSION = 9;

/**
 * The schema a backup's rows follow, which its header names: the latest version that changed
 * what a backup holds, as the release before this one wrote it. v9 adds no record and no field
 * (its search lines are derived, in no backup): its backups are v8's files, and a phone still on
 * v8 (the other phone of a seller sharing her notebook) restores them instead of calling them
 * "from a newer version". A version that changes the records a backup carries raises it.
 */
export const BACKUP_SCHEMA_VERSION = 8;

/** The notebook's IndexedDB database. */
export const DB_NAME = 'assoh';

/** The version IndexedDB itself holds: Dexie opens version n as n × 10. */
export const NATIVE_VERSION = LATEST_VERSION * 10;
