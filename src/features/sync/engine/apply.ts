/**
 * From the replica to the notebook: the documents changed in the replica since the last time
 * (its changes feed, from a sequence kept in `sync`) are settled (resolve.ts), read back into
 * rows by the backup's normalisers, and merged into the notebook by the very merge of "Ajouter
 * au carnet" (lib/notebook.ts: newest per id, links to what is gone mended, derived fields
 * recomputed). Never a second copy of those rules.
 *
 * A few received records are merged with their neighbourhood only (neighbourhood.ts: what they
 * can change, read by key and index); a first sync, where nearly everything is new, with the
 * whole notebook. Either is read outside any write transaction so the seller is never kept
 * waiting, then written in one transaction only if nothing was written here meanwhile (the queue
 * is as it was); otherwise it gives way, and the round hands the seller's change over first and
 * tries again.
 */
import type { AssohDB } from '../../../db/db';
import { changesBetween, writeChanges, type NotebookChanges } from '../../../db/notebook-write';
import type { SyncProgress, SyncQueueEntry } from '../../../db/sync-state';
import { RECORD_TABLES, type RecordTable } from '../../../lib/domain';
import { compareVersions } from '../../../lib/merge';
import { NOT_COMPARED, emptyNotebook, mergeNotebooks, type Notebook } from '../../../lib/notebook';
import { recordOf, type RecordDoc } from './docs';
import { pushKeys, writeDocs } from './push';
import type { Reading } from './currency';
import { Neighbourhood } from './neighbourhood';
import { keyOf, notebookVersions, replicaVersions, type RecordKey, type Replica } from './replica';

/** Documents of the changes feed per merge: a first sync of 55,000 records takes a few. */
export const PAGE = 20_000;

/**
 * Up to this many received records, only their neighbourhood is read and merged (a change or a
 * day's work of the other phone: milliseconds); beyond, the whole notebook, read once, costs
 * less than thousands of reads by key.
 */
export const NEAR_MAX = 2_000;

const NOTEBOOK_TABLES = [...RECORD_TABLES, 'tombstones'] as const;

interface Snapshot {
  notebook: Notebook;
  queue: SyncQueueEntry[];
}

async function snapshot(db: AssohDB): Promise<Snapshot> {
  return db.transaction('r', [...NOTEBOOK_TABLES, 'syncQueue'], async () => {
    const notebook = emptyNotebook();
    for (const table of NOTEBOOK_TABLES)
      (notebook as unknown as Record<string, unknown[]>)[table] = await db.table(table).toArray();
    return { notebook, queue: await db.syncQueue.toArray() };
  });
}

function sameQueue(a: SyncQueueEntry[], b: SyncQueueEntry[]): boolean {
  if (a.length !== b.length) return false;
  const n = new Map(a.map((e) => [`${e.table}/${e.id}`, e.n]));
  return b.every((e) => n.get(`${e.table}/${e.id}`) === e.n);
}

/**
 * The records written, each once: a row the merge dropped (a credit entry of a customer deleted
 * on the other phone) is both deleted and tombstoned, and two documents of one key in one bulk
 * write would conflict with each other.
 */
function keysWritten(changes: NotebookChanges): RecordKey[] {
  const keys = new Map<string, RecordKey>();
  const add = (k: RecordKey) => keys.set(keyOf(k), k);
  for (const table of RECORD_TABLES) {
    for (const row of changes.puts[table] ?? []) add({ table, id: row.id });
    for (const id of changes.deletes[table] ?? []) add({ table, id });
  }
  for (const t of changes.tombstonePuts) add({ table: t.table, id: t.id });
  return [...keys.values()];
}

export interface Applied {
  /** Records written to the notebook. */
  written: number;
  /** Documents this app could not read, left as they are on the server. */
  unreadable: number;
}

/**
 * Applies the replica's changes to the notebook; 'busy' when the seller wrote meanwhile (the
 * round hands her change over, then calls again).
 */
export async function applyReplica(
  db: AssohDB,
  local: Replica,
  now: number,
  reading?: Reading,
): Promise<Applied | 'busy'> {
  const progress = (await db.sync.get('progress')) as SyncProgress | undefined;
  let since = progress?.appliedSeq ?? 0;
  const applied: Applied = { written: 0, unreadable: 0 };
  for (;;) {
    const feed = await local.changes({ since, limit: PAGE, style: 'all_docs' });
    const ids = feed.results.map((r) => r.id).filter((id) => recordOf(id));
    const withLeaves = new Set(feed.results.filter((r) => r.changes.length > 1).map((r) => r.id));
    const entries = await replicaVersions(local, ids, now, withLeaves, reading);
    const keys = ids.map((id) => recordOf(id) as RecordKey);
    const mine = await notebookVersions(db, keys);
    const theirs = emptyNotebook();
    const closing: RecordDoc[] = [];
    let news = 0;
    for (const [id, entry] of entries) {
      const { table, id: rowId } = recordOf(id) as { table: RecordTable; id: string };
      closing.push(...entry.closing);
      if (entry.unreadable) applied.unreadable++;
      // What the notebook already holds (its own changes, sent this round) needs no merge.
      const held = mine.get(keyOf({ table, id: rowId }));
      if (entry.version && held && compareVersions(held, entry.version, NOT_COMPARED[table]) === 0)
        continue;
      if (entry.version) news++;
      if (entry.version?.kind === 'row')
        (theirs[table] as unknown[]).push(entry.version.row as unknown);
      else if (entry.version)
        theirs.tombstones.push({ table, id: rowId, deletedAt: entry.version.deletedAt });
    }
    await writeDocs(local, closing);
    const written =
      news > 0
        ? await mergeIntoNotebook(db, theirs, news <= NEAR_MAX ? 'near' : 'whole', feed.last_seq)
        : await db.sync.put({ id: 'progress', appliedSeq: feed.last_seq }).then(() => []);
    if (written === 'busy') return 'busy';
    applied.written += written.length;
    // Rows the merge mended (a sale whose customer is gone) go back to the replica.
    await pushKeys(db, local, written, now, false, reading);
    since = feed.last_seq;
    if (feed.results.length < PAGE) return applied;
  }
}

/**
 * The two notebooks narrowed to the rows the merge touched: it hands back the very objects of
 * the rows it kept, so a row of `after` that is not the object `before` had is new or changed.
 * changesBetween then compares thousands of rows instead of the whole notebook.
 */
function touched(before: Notebook, after: Notebook): [Notebook, Notebook] {
  const b = emptyNotebook();
  const a = emptyNotebook();
  for (const table of RECORD_TABLES) {
    const old = new Map((before[table] as Array<{ id: string }>).map((r) => [r.id, r]));
    const now = new Set<string>();
    for (const row of after[table] as Array<{ id: string }>) {
      now.add(row.id);
      const was = old.get(row.id);
      if (was === row) continue;
      (a[table] as unknown[]).push(row);
      if (was) (b[table] as unknown[]).push(was);
    }
    for (const [id, row] of old) if (!now.has(id)) (b[table] as unknown[]).push(row);
  }
  const key = (t: { table: string; id: string }) => `${t.table}/${t.id}`;
  const oldT = new Map(before.tombstones.map((t) => [key(t), t]));
  const nowT = new Set(after.tombstones.map(key));
  for (const t of after.tombstones) {
    const was = oldT.get(key(t));
    if (was && was.deletedAt === t.deletedAt) continue;
    a.tombstones.push(t);
    if (was) b.tombstones.push(was);
  }
  for (const [k, t] of oldT) if (!nowT.has(k)) b.tombstones.push(t);
  return [b, a];
}

/** Both sides of the merge, narrowed to what the received documents can change. */
async function nearby(
  db: AssohDB,
  theirs: Notebook,
): Promise<[Notebook, Notebook, Snapshot['queue']]> {
  const near = new Neighbourhood(db, theirs);
  const [queue, { before, after }] = await db.transaction(
    'r',
    [...NOTEBOOK_TABLES, 'syncQueue'],
    async () => [await db.syncQueue.toArray(), await near.merge()] as const,
  );
  return [before, after, queue];
}

/** The whole notebook read and merged: a first sync, where nearly everything is new. */
async function whole(
  db: AssohDB,
  theirs: Notebook,
): Promise<[Notebook, Notebook, Snapshot['queue']]> {
  const before = await snapshot(db);
  return [before.notebook, mergeNotebooks(before.notebook, theirs).notebook, before.queue];
}

/**
 * Merges the received records into the notebook (`near`: through their neighbourhood; `whole`:
 * the whole notebook) and writes what changed, unless the seller wrote meanwhile ('busy').
 */
export async function mergeIntoNotebook(
  db: AssohDB,
  theirs: Notebook,
  how: 'near' | 'whole',
  seq: number | string,
): Promise<RecordKey[] | 'busy'> {
  const [mine, notebook, queue] =
    how === 'near' ? await nearby(db, theirs) : await whole(db, theirs);
  const changes = changesBetween(...touched(mine, notebook));
  return db.transaction('rw', [...NOTEBOOK_TABLES, 'syncQueue', 'sync'], async () => {
    if (!sameQueue(queue, await db.syncQueue.toArray())) return 'busy' as const;
    await writeChanges(db, changes, () => undefined);
    await db.sync.put({ id: 'progress', appliedSeq: seq });
    return keysWritten(changes);
  });
}
