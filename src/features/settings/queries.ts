import type { AssohDB } from '../../db/db';
import type { Settings } from '../../db/types';

/** null before the first-run setup has been completed. */
export async function getSettings(db: AssohDB): Promise<Settings | null> {
  return (await db.settings.get('seller')) ?? null;
}
