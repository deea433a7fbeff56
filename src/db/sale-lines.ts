import type { SaleLine } from '../lib/domain';

/** Pure sums over a sale's lines: no Dexie here, so the backup worker can use them too. */
export function linesTotal(
  lines: ReadonlyArray<Pick<SaleLine, 'unitPriceMinor' | 'quantity'>>,
): number {
  return lines.reduce((sum, l) => sum + Math.round(l.unitPriceMinor * l.quantity), 0);
}

export function productIdsOf(lines: readonly SaleLine[]): string[] {
  return [...new Set(lines.map((l) => l.productId).filter((id): id is string => Boolean(id)))];
}
