/**
 * CouchDB keeps every conflicting revision of a document (two phones edited one customer while
 * apart) and picks a winner by its own rule (the longest history, then the greatest revision
 * id), which knows nothing of time. Every phone settles each conflict with lib/merge.ts instead:
 * of the leaf revisions, the greatest version wins (the later time; a deletion on a tie; then
 * the canonical JSON), and each other live leaf is closed by a deletion on its branch, so the
 * document's only live leaf is the winner, and CouchDB then agrees.
 *
 * A closed branch carries no `deletedAt` when the winner is a row (it is not a deletion the
 * seller made), and the winner's `deletedAt` when the winner is a deletion. Two phones settling
 * the same conflict write the same closing revisions (PouchDB's revision ids are a hash of the
 * content and its parent), so settling never makes new conflicts, and the order in which phones
 * settle does not matter.
 */
import type { RecordTable } from '../../../lib/domain';
import { compareVersions, type Version } from '../../../lib/merge';
import { NOT_COMPARED } from '../../../lib/notebook';
import type { Reading } from './currency';
import { versionOfDoc, type RecordDoc, type Row } from './docs';

export interface Resolution {
  /** The winning version; null when no leaf holds one the rule can weigh. */
  winner: Version<Row> | null;
  /** The winning leaf's revision: the next version of the document goes on top of it. */
  winnerRev?: string;
  /** True when a leaf holds a document this app cannot read. */
  unreadable: boolean;
  /** Revisions to write to close the losing live leaves. */
  closing: RecordDoc[];
}

export function resolveLeaves(
  table: RecordTable,
  leaves: readonly RecordDoc[],
  now: number,
  reading?: Reading,
): Resolution {
  const omit = NOT_COMPARED[table];
  let best: { doc: RecordDoc; version: Version<Row> } | null = null;
  let unreadable = false;
  for (const doc of leaves) {
    const version = versionOfDoc(table, doc, now, reading);
    if (version === 'unreadable') unreadable = true;
    if (version === 'closed' || version === 'unreadable') continue;
    // Ties between identical versions go to the smaller revision id: every phone picks alike.
    const cmp = best ? compareVersions(version, best.version, omit) : 1;
    if (cmp > 0 || (cmp === 0 && best && (doc._rev ?? '') < (best.doc._rev ?? '')))
      best = { doc, version };
  }
  if (!best) return { winner: null, unreadable, closing: [] };
  const winner = best.version;
  const closing = leaves
    .filter((doc) => !doc._deleted && doc !== best.doc)
    .map((doc): RecordDoc => ({
      _id: doc._id,
      _rev: doc._rev,
      _deleted: true,
      ...(winner.kind === 'deleted' ? { deletedAt: winner.deletedAt } : {}),
    }));
  return { winner, winnerRev: best.doc._rev, unreadable, closing };
}
