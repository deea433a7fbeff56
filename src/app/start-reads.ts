/**
 * The first screen's reads in bare IndexedDB, one readonly transaction, before Dexie is loaded:
 * the settings, the home screen's figures, recent customers, backup status and the badge. Each
 * read is the one the Dexie query of the same name makes (same stores, indexes and ranges), and a
 * test compares the two on the same notebook (start-reads.test.ts). Dexie's range words, in
 * IndexedDB's: above(x) = lowerBound(x, true), aboveOrEqual(x) = lowerBound(x),
 * belowOrEqual(x) = upperBound(x), between(a, b) = bound(a, b, false, true); Dexie.minKey is
 * -Infinity and an empty array sorts after every number.
 */
import { lastValues, result } from '../db/bare';
import type { Customer, Gift, OutboxMessage, Product, Sale, Settings } from '../lib/domain';
import { startOfDay } from '../lib/dates';
import { BADGE_MAX, badgeFigure, badgeRanges, thanksCutoff } from '../lib/outbox-age';
import { backupStatusOf } from '../features/backup/queries';
import { dueTodayOf } from '../features/credit/queries/today';
import { SHARD_TABLE, type DebtorShard } from '../db/debtor-lines';
import type { HomeData } from './home-data';

export interface BareStart {
  settings: Settings | null;
  /** Absent before the setup (no settings): the setup screen needs none of it. */
  home?: HomeData;
  pending?: number;
}

const STORES = [
  'settings',
  'customers',
  'sales',
  'gifts',
  'creditEntries',
  SHARD_TABLE,
  'tombstones',
  'outbox',
  'products',
];

export async function readStartBare(idb: IDBDatabase, now = Date.now()): Promise<BareStart> {
  const tx = idb.transaction(STORES, 'readonly');
  const store = (name: string) => tx.objectStore(name);
  const index = (name: string, by: string) => store(name).index(by);
  const settings =
    ((await result(store('settings').get('seller'))) as Settings | undefined) ?? null;
  if (!settings) return { settings };
  const today = startOfDay(now);
  const since = settings.lastBackupAt ?? 0;
  const newer = IDBKeyRange.lowerBound(since, true);
  const cutoff = thanksCutoff(now, settings.thanksExpireDays);
  const waiting = (kind: string, lower: number, upper: number | never[]) =>
    IDBKeyRange.bound(['pending', kind, lower], ['pending', kind, upper], false, true);
  const [recent, sales, gifts, firstNew, shards, badgeKeys, ready] = await Promise.all([
    lastValues<Customer>(index('customers', 'lastSeenAt'), 8),
    result(index('sales', 'at').getAll(IDBKeyRange.lowerBound(today))) as Promise<Sale[]>,
    result(index('gifts', 'at').getAll(IDBKeyRange.lowerBound(today))) as Promise<Gift[]>,
    // The backup reminder: anything newer than the last backup, the first key of each is enough.
    Promise.all([
      result(index('customers', 'updatedAt').getKey(newer)),
      result(index('sales', 'updatedAt').getKey(newer)),
      result(index('gifts', 'updatedAt').getKey(newer)),
      result(index('creditEntries', 'updatedAt').getKey(newer)),
      result(index('tombstones', 'deletedAt').getKey(newer)),
    ]).then((keys) => keys.some((k) => k !== undefined)),
    result(store(SHARD_TABLE).getAll()) as Promise<DebtorShard[]>,
    // The badge: up to BADGE_MAX + 1 keys of each of its ranges, never a count of every one.
    Promise.all(
      badgeRanges(cutoff).map(([lower, upper]) =>
        result(
          index('outbox', '[status+kind+createdAt]').getAllKeys(
            IDBKeyRange.bound(lower, upper, false, true),
            BADGE_MAX + 1,
          ),
        ).then((keys) => keys.length),
      ),
    ),
    result(
      index('outbox', '[status+kind+createdAt]').getAll(waiting('reservation', -Infinity, [])),
    ) as Promise<OutboxMessage[]>,
  ]);
  // "Réservation prête" messages whose product is no longer available wait in "Expirés".
  const products = await Promise.all(
    ready.map((m) =>
      m.productId
        ? (result(store('products').get(m.productId)) as Promise<Product | undefined>)
        : undefined,
    ),
  );
  const unavailable = ready.filter((m, i) => m.productId && !products[i]?.available).length;
  const sum = <T>(rows: T[], of: (row: T) => number) => rows.reduce((s, r) => s + of(r), 0);
  return {
    settings,
    home: {
      recent,
      sales: { count: sales.length, totalMinor: sum(sales, (s) => s.totalMinor) },
      gifts: { count: gifts.length, valueMinor: sum(gifts, (g) => g.valueMinor ?? 0) },
      backup: backupStatusOf(settings, firstNew, now),
      credit: dueTodayOf(shards, now),
    },
    pending: badgeFigure(badgeKeys, ready.length, unavailable),
  };
}
