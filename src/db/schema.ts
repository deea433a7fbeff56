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

export const LATEST_VERSION = 4;
