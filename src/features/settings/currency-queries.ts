import { hasRecords } from '../../db/currency';
import type { AssohDB } from '../../db/db';

/**
 * Anything recorded yet? From then on the currency belongs to the notebook. Apart from
 * queries.ts, which the first screen loads: only Réglages asks this.
 */
export function notebookHasRecords(db: AssohDB): Promise<boolean> {
  return hasRecords(db);
}
