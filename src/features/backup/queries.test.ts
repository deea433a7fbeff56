import { beforeEach, describe, expect, it } from 'vitest';
import type { AssohDB } from '../../db/db';
import { DAY_MS } from '../../lib/dates';
import { customerInput, freshDb } from '../../test/fixtures';
import { createCustomer, deleteCustomer } from '../customers/commands';
import { markBackupDone } from './commands';
import { sellerSettings } from './fixtures';
import { getBackupStatus } from './queries';

let db: AssohDB;
beforeEach(async () => {
  db = freshDb();
});

describe('the backup reminder', () => {
  it('counts a deletion as news: the last backup would bring the row back', async () => {
    const start = Date.now() - 30 * DAY_MS;
    await db.settings.put(sellerSettings(start));
    const awa = await createCustomer(db, customerInput(), { country: 'CI' });
    const backupAt = Date.now() + 1;
    await markBackupDone(db, backupAt);
    expect(await getBackupStatus(db, backupAt + 8 * DAY_MS)).toMatchObject({
      hasNewRecords: false,
      remind: false,
    });
    await db.tombstones.put({ table: 'customers', id: awa.id, deletedAt: backupAt + 1 });
    expect(await getBackupStatus(db, backupAt + 8 * DAY_MS)).toMatchObject({
      hasNewRecords: true,
      remind: true,
      daysSinceBackup: 8,
    });
    await deleteCustomer(db, awa.id);
    expect(await db.tombstones.count()).toBe(1);
  });
});
