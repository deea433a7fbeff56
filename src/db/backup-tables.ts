import { RECORD_TABLES } from '../lib/domain';

/**
 * What a backup file holds, in the order it is written back: the settings, the records
 * (RECORD_TABLES, the one list of tables that merge, back up and sync), then the deletions.
 * Apart from restore.ts so that what only lists the tables (the home screen's backup reminder)
 * does not load every record's checks with the first screen.
 */
export const BACKUP_TABLES = ['settings', ...RECORD_TABLES, 'tombstones'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];
