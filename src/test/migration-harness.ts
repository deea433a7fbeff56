import { afterEach } from 'vitest';
import { createDb, type AssohDB } from '../db/db';

/**
 * The migration harness: `open(name, upTo)` opens a database declared only up to a version, as
 * an older release would; every database opened in a test is closed and deleted after it.
 */
export function migrationHarness(): (
  name: string,
  upTo?: number,
  options?: Parameters<typeof createDb>[2],
) => AssohDB {
  const opened: AssohDB[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return (name, upTo, options) => {
    const db = createDb(name, upTo, options);
    opened.push(db);
    return db;
  };
}
