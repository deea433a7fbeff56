import type { BackupCounts, ReadBackup } from '../../db/restore';

/** What the restore preview shows: "142 clients, 1 310 ventes, du 3 mars au 22 novembre". */
export interface BackupSummary {
  counts: BackupCounts;
  createdAt: number;
  photos: 'included' | 'omitted';
  /** Rows pointing at a customer or sale the file lacks: left out by a replace. */
  dropped: number;
  /** First and last sale or gift, when there are any. */
  from?: number;
  to?: number;
}

export function summarizeBackup({ header, data }: ReadBackup, dropped: number): BackupSummary {
  let from = Infinity;
  let to = -Infinity;
  for (const row of [...data.sales, ...data.gifts]) {
    if (row.at < from) from = row.at;
    if (row.at > to) to = row.at;
  }
  return {
    counts: header.counts,
    createdAt: header.createdAt,
    photos: header.photos,
    dropped,
    ...(Number.isFinite(from) ? { from, to } : {}),
  };
}
