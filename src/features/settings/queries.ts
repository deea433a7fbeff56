import type { AssohDB } from '../../db/db';
import type { Settings } from '../../lib/domain';

/** null before the first-run setup has been completed. */
export async function getSettings(db: AssohDB): Promise<Settings | null> {
  return (await db.settings.get('seller')) ?? null;
}

/** A real customer for the templates' preview: the most recently seen who accepts messages. */
export async function previewCustomerName(db: AssohDB): Promise<string | null> {
  const c = await db.customers
    .orderBy('lastSeenAt')
    .reverse()
    .filter((x) => x.acceptsMessages)
    .first();
  return c?.firstName ?? null;
}
