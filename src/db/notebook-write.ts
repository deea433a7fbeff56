/**
 * Writes a merged notebook (lib/notebook.ts) over the one on the phone: only the rows that
 * differ, chunk by chunk, inside the caller's transaction (every record table and tombstones),
 * so a merge lands whole or not at all and the progress bar can move between chunks.
 */
import { RECORD_TABLES, type RecordTable, type Tombstone } from '../lib/domain';
import { canonicalJson } from '../lib/merge';
import type { Notebook } from '../lib/notebook';
import type { AssohDB } from './db';

/** Rows per bulk write: each one a short task. */
export const CHUNK = 1000;

const BLOB = new Set(['blob']);

function identical(a: { updatedAt: number }, b: { updatedAt: number }): boolean {
  // A photo never changes under one id; every other field, derived ones too, must match.
  return a.updatedAt === b.updatedAt && canonicalJson(a, BLOB) === canonicalJson(b, BLOB);
}

const key = (t: Pick<Tombstone, 'table' | 'id'>) => `${t.table}/${t.id}`;

export interface NotebookChanges {
  puts: { [T in RecordTable]?: Array<{ id: string; updatedAt: number }> };
  deletes: { [T in RecordTable]?: string[] };
  tombstonePuts: Tombstone[];
  tombstoneDeletes: Array<[string, string]>;
}

/** What must be written to turn `before` into `after`. Pure. */
export function changesBetween(before: Notebook, after: Notebook): NotebookChanges {
  const changes: NotebookChanges = {
    puts: {},
    deletes: {},
    tombstonePuts: [],
    tombstoneDeletes: [],
  };
  for (const table of RECORD_TABLES) {
    const old = new Map(before[table].map((r) => [r.id, r as { id: string; updatedAt: number }]));
    const puts = after[table].filter((r) => {
      const was = old.get(r.id);
      old.delete(r.id);
      return !was || !identical(was, r);
    });
    if (puts.length) changes.puts[table] = puts;
    if (old.size) changes.deletes[table] = [...old.keys()];
  }
  const oldT = new Map(before.tombstones.map((t) => [key(t), t]));
  for (const t of after.tombstones) {
    const was = oldT.get(key(t));
    oldT.delete(key(t));
    if (!was || was.deletedAt !== t.deletedAt) changes.tombstonePuts.push(t);
  }
  changes.tombstoneDeletes = [...oldT.values()].map((t) => [t.table, t.id]);
  return changes;
}

export function changeCount(c: NotebookChanges): number {
  let n = c.tombstonePuts.length + c.tombstoneDeletes.length;
  for (const t of RECORD_TABLES) n += (c.puts[t]?.length ?? 0) + (c.deletes[t]?.length ?? 0);
  return n;
}

export async function writeChanges(
  db: AssohDB,
  changes: NotebookChanges,
  onProgress: (done: number) => void,
): Promise<void> {
  let done = 0;
  const inChunks = async <T>(items: readonly T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = items.slice(i, i + CHUNK);
      await write(chunk);
      done += chunk.length;
      onProgress(done);
    }
  };
  for (const table of RECORD_TABLES) {
    await inChunks(changes.deletes[table] ?? [], (ids) => db.table(table).bulkDelete(ids));
    await inChunks(changes.puts[table] ?? [], (rows) => db.table(table).bulkPut(rows));
  }
  await inChunks(changes.tombstoneDeletes, (keys) => db.tombstones.bulkDelete(keys));
  await inChunks(changes.tombstonePuts, (rows) => db.tombstones.bulkPut(rows));
}
