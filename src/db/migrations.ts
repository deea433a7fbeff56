import type { Transaction } from 'dexie';

/**
 * Upgrade functions. Each one imports only types and copies what it needs, so a later change to
 * the app's code can never change what an old migration does.
 */

interface SaleRowV2 {
  lines?: Array<{ productId?: string }>;
  productIds?: string[];
}

/** v3: every sale lists its lines' product ids, for the `*productIds` index. */
export async function migrateToV3(tx: Transaction): Promise<void> {
  await tx
    .table('sales')
    .toCollection()
    .modify((sale: SaleRowV2) => {
      const ids = (sale.lines ?? [])
        .map((l) => l.productId)
        .filter((id): id is string => Boolean(id));
      sale.productIds = [...new Set(ids)];
    });
}
