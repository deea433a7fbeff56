import { RECORD_TABLES } from '../lib/domain';

/**
 * What a backup file holds, in the order it is written back: the settings, the records
 * (RECORD_TABLES, the one list of tables that merge, back up and sync), then the deletions.
 * Its own module so that reading the notebook (the home screen's backup reminder) does not
 * bring the file checks of restore.ts with it.
 */
export const BACKUP_TABLES = ['settings', ...RECORD_TABLES, 'tombstones'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];
