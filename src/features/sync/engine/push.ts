/**
 * From the notebook to the replica: the records noted in syncQueue (or all of them, for a
 * whole comparison) are compared with the replica's documents by lib/merge.ts, and only those
 * where the notebook's version wins are written. The replication then sends only those.
 */
import type { AssohDB } from '../../../db/db';
import { WHOLE_NOTEBOOK, type SyncQueueEntry } from '../../../db/sync-state';
import { RECORD_TABLES, type RecordTable } from '../../../lib/domain';
import { canonicalJson, compareVersions, versionTime } from '../../../lib/merge';
import { NOT_COMPARED } from '../../../lib/notebook';
import { docId, docOfDeletion, docOfRow, type RecordDoc, type Row } from './docs';
import type { Reading } from './currency';
import { keyOf, notebookVersions, replicaVersions, type RecordKey, type Replica } from './replica';

/** Records compared per step: each step one read of each side and one write. */
export const STEP = 500;

export class ReplicaWriteError extends Error {
  constructor(readonly failures: Array<{ id?: string; name?: string; status?: number }>) {
    super(`replica refused ${failures.length} document(s): ${failures[0]?.name ?? ''}`);
    this.name = 'ReplicaWriteError';
  }
}

/** The seller switched currencies during the round: what was read is in the old one. */
async function sameCurrency(db: AssohDB, reading: Reading | undefined): Promise<void> {
  if (!reading) return;
  const now = (await db.settings.get('seller'))?.currency;
  if (now !== reading.currency) throw new Error('the currency changed during the round');
}

export async function writeDocs(local: Replica, docs: RecordDoc[]): Promise<void> {
  if (docs.length === 0) return;
  const failures = (await local.bulkDocs(docs)).filter((r) => r.error);
  if (failures.length) throw new ReplicaWriteError(failures);
}

/**
 * The row again one millisecond later, unless it changed meanwhile (then null: the seller's
 * newer write goes in the next round). Written through the sync's own connection: not re-noted.
 */
async function nextMillisecond(db: AssohDB, table: RecordTable, row: Row): Promise<Row | null> {
  return db.transaction('rw', table, async () => {
    const current = (await db.table(table).get(row.id)) as Row | undefined;
    if (!current || canonicalJson(current) !== canonicalJson(row)) return null;
    const next = { ...row, updatedAt: row.updatedAt + 1 };
    await db.table(table).put(next);
    return next;
  });
}

/**
 * Writes to the replica the keys whose notebook version wins. `localEdits`: the keys are the
 * seller's own changes (the queue), successors of what the replica holds. Returns how many it
 * wrote.
 */
export async function pushKeys(
  db: AssohDB,
  local: Replica,
  keys: readonly RecordKey[],
  now: number,
  localEdits = false,
  reading?: Reading,
): Promise<number> {
  let written = 0;
  for (let i = 0; i < keys.length; i += STEP) {
    const step = keys.slice(i, i + STEP);
    const mine = await notebookVersions(db, step);
    const theirs = await replicaVersions(
      local,
      step.map((k) => docId(k.table, k.id)),
      now,
      new Set(),
      reading,
    );
    const closing: RecordDoc[] = [];
    const docs: RecordDoc[] = [];
    for (const k of step) {
      let version = mine.get(keyOf(k));
      const entry = theirs.get(docId(k.table, k.id));
      if (!version || !entry) continue;
      const cmp = entry.version
        ? compareVersions(version, entry.version, NOT_COMPARED[k.table])
        : 1;
      if (cmp === 0) continue;
      if (cmp < 0) {
        // An edit made here in the same millisecond as the version it changed is its successor,
        // not a rival: it takes the next millisecond, so the rule sees it as the newer one.
        const same = entry.version && versionTime(entry.version) === versionTime(version);
        if (!localEdits || !same || version.kind !== 'row') continue;
        const next = await nextMillisecond(db, k.table, version.row);
        if (!next) continue;
        version = { kind: 'row', row: next };
      }
      closing.push(...entry.closing);
      const doc =
        version.kind === 'row'
          ? await docOfRow(k.table, version.row, reading)
          : docOfDeletion(k.table, k.id, version.deletedAt);
      if (entry.rev) doc._rev = entry.rev;
      docs.push(doc);
    }
    await sameCurrency(db, reading);
    await writeDocs(local, closing);
    await writeDocs(local, docs);
    written += docs.length;
  }
  return written;
}

/** Every record and tombstone of the notebook: what a whole comparison goes through. */
async function allKeys(db: AssohDB): Promise<RecordKey[]> {
  const keys: RecordKey[] = [];
  for (const table of RECORD_TABLES) {
    const ids = (await db.table(table).toCollection().primaryKeys()) as string[];
    for (const id of ids) keys.push({ table, id });
  }
  const tombs = await db.tombstones.toCollection().primaryKeys();
  for (const [table, id] of tombs) keys.push({ table: table as RecordTable, id });
  return keys;
}

/**
 * Hands the queue to the replica, then removes from it what was handed, unless written again
 * meanwhile (its `n` changed). A whole comparison also applies the whole replica again (the
 * records of the server that a restore removed here come back: only a tombstone removes one).
 */
export async function pushQueue(
  db: AssohDB,
  local: Replica,
  now: number,
  reading?: Reading,
): Promise<number> {
  const queue = await db.syncQueue.toArray();
  if (queue.length === 0) return 0;
  const whole = queue.some((e) => e.table === WHOLE_NOTEBOOK.table);
  const keys = whole
    ? await allKeys(db)
    : queue.map((e) => ({ table: e.table as RecordTable, id: e.id }));
  const written = await pushKeys(db, local, keys, now, true, reading);
  await db.transaction('rw', db.syncQueue, db.sync, async () => {
    const now = await db.syncQueue.bulkGet(queue.map((e): [string, string] => [e.table, e.id]));
    const handed = queue.filter((e, i) => now[i]?.n === e.n);
    await db.syncQueue.bulkDelete(handed.map((e): [string, string] => [e.table, e.id]));
    if (whole) await db.sync.put({ id: 'progress', appliedSeq: 0 });
  });
  return written;
}

export type { SyncQueueEntry };
