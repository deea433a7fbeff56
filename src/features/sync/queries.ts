import type { AssohDB } from '../../db/db';
import type { SyncConfig, SyncStatus } from '../../db/sync-state';

export async function getSyncConfig(db: AssohDB): Promise<SyncConfig | null> {
  return ((await db.sync.get('config')) as SyncConfig | undefined) ?? null;
}

export async function getSyncStatus(db: AssohDB): Promise<SyncStatus | null> {
  return ((await db.sync.get('status')) as SyncStatus | undefined) ?? null;
}

/** Read at start (one row): whether to load sync's code at all. */
export async function isSyncOn(db: AssohDB): Promise<boolean> {
  return Boolean((await getSyncConfig(db))?.enabled);
}
