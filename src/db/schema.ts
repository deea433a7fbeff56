/**
 * One constant per schema version. A released version is never edited: a change is a new
 * constant, a new `version(n)` in db.ts and a migration test that opens the old version's data.
 * Index only what is queried; never long text.
 */

/** v1 — 2026-11-22: the first release. */
export const schemaV1 = {
  settings: 'id',
  // *searchWords: accent-blind prefix search; lastSeenAt: "seen today / recently";
  // phone: duplicate warning; recommendedById: ambassadors.
  customers: 'id, *searchWords, lastSeenAt, phone, recommendedById',
  products: 'id, nameKey',
  // [customerId+at]: a customer's history newest first; at: today, month, inactivity.
  sales: 'id, at, [customerId+at]',
  gifts: 'id, at, [customerId+at], saleId',
  reservations: 'id, [productId+status], customerId, status',
  outbox: 'id, status, customerId, createdAt',
  photos: 'id',
} as const;

export const LATEST_VERSION = 1;
