/**
 * The two sides the sync compares, key by key: the notebook (Dexie: a row, a tombstone, or
 * nothing) and the replica (the PouchDB database beside it that replicates with the server: a
 * document, possibly with conflicting leaves).
 */
import type { AssohDB } from '../../../db/db';
import type { RecordTable } from '../../../lib/domain';
import { winner, type Version } from '../../../lib/merge';
import { NOT_COMPARED } from '../../../lib/notebook';
import { docId, recordOf, versionOfDoc, type RecordDoc, type Row } from './docs';
import { resolveLeaves } from './resolve';
import type { Reading } from './currency';

/** What the sync uses of a PouchDB database (the replica here, the server's over HTTP). */
export interface Replica {
  allDocs(options: {
    keys: string[];
    include_docs: true;
    conflicts: true;
    attachments: true;
  }): Promise<{
    rows: Array<
      | { key: string; error: string }
      | { key: string; value: { rev: string; deleted?: boolean }; doc?: RecordDoc | null }
    >;
  }>;
  get(
    id: string,
    options: { open_revs: 'all'; attachments: true },
  ): Promise<Array<{ ok?: RecordDoc }>>;
  get(id: string): Promise<Record<string, unknown>>;
  put(doc: { _id: string; [field: string]: unknown }): Promise<{ rev: string }>;
  bulkDocs(
    docs: RecordDoc[],
  ): Promise<Array<{ id?: string; error?: unknown; name?: string; status?: number }>>;
  changes(options: { since: number | string; limit: number; style: 'all_docs' }): Promise<{
    results: Array<{ id: string; changes: Array<{ rev: string }> }>;
    last_seq: number | string;
  }>;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  replicate: {
    to(target: Replica, options: ReplicateOptions): PromiseLike<ReplicationResult>;
    from(source: Replica, options: ReplicateOptions): PromiseLike<ReplicationResult>;
  };
}

export interface ReplicateOptions {
  batch_size: number;
  batches_limit: number;
  /** Start after this sequence of the source (and checkpoint it) instead of the checkpoint. */
  since?: number | string;
}

export interface ReplicationResult {
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
}

export interface RecordKey {
  table: RecordTable;
  id: string;
}

export const keyOf = (k: RecordKey) => `${k.table}/${k.id}`;

/** The notebook's version of each key: its row, its tombstone, or none. */
export async function notebookVersions(
  db: AssohDB,
  keys: readonly RecordKey[],
): Promise<Map<string, Version<Row>>> {
  const out = new Map<string, Version<Row>>();
  const byTable = new Map<RecordTable, string[]>();
  for (const k of keys) byTable.set(k.table, [...(byTable.get(k.table) ?? []), k.id]);
  await db.transaction('r', [...byTable.keys(), 'tombstones'], async () => {
    for (const [table, ids] of byTable) {
      const [rows, tombs] = await Promise.all([
        db.table(table).bulkGet(ids) as Promise<Array<Row | undefined>>,
        db.tombstones.bulkGet(ids.map((id): [string, string] => [table, id])),
      ]);
      ids.forEach((id, i) => {
        const row = rows[i];
        const tomb = tombs[i];
        const r: Version<Row> | undefined = row && { kind: 'row', row };
        const d: Version<Row> | undefined = tomb && { kind: 'deleted', deletedAt: tomb.deletedAt };
        const v = r && d ? winner(r, d, NOT_COMPARED[table]) : (r ?? d);
        if (v) out.set(keyOf({ table, id }), v);
      });
    }
  });
  return out;
}

export interface ReplicaEntry {
  /** The winning leaf's revision, to write the next one on top of; absent for a new document. */
  rev?: string;
  /** The version the rule sees; null when the document is absent or unreadable here. */
  version: Version<Row> | null;
  unreadable: boolean;
  /** Revisions that close the losing leaves of a conflict (resolve.ts). */
  closing: RecordDoc[];
}

const NONE: ReplicaEntry = { version: null, unreadable: false, closing: [] };

/**
 * The replica's version of each document. A document with several leaves (a conflict, or a
 * deletion beside an edit: `withLeaves`, from the changes feed's all_docs style) is settled by
 * resolve.ts; a deleted one is read whole too, as allDocs gives no body for it.
 */
export async function replicaVersions(
  local: Replica,
  ids: readonly string[],
  now: number,
  withLeaves: ReadonlySet<string> = new Set(),
  reading?: Reading,
): Promise<Map<string, ReplicaEntry>> {
  const out = new Map<string, ReplicaEntry>();
  const res = await local.allDocs({
    keys: [...ids],
    include_docs: true,
    conflicts: true,
    attachments: true,
  });
  for (const row of res.rows) {
    const record = recordOf(row.key);
    if (!record) continue;
    if ('error' in row) {
      out.set(row.key, NONE);
      continue;
    }
    const doc = row.doc;
    const conflicted = Boolean(doc?._conflicts && (doc._conflicts as unknown[]).length > 0);
    if (doc && !row.value.deleted && !conflicted && !withLeaves.has(row.key)) {
      const v = versionOfDoc(record.table, doc, now, reading);
      const version = v === 'closed' || v === 'unreadable' ? null : v;
      out.set(row.key, {
        rev: row.value.rev,
        version,
        unreadable: v === 'unreadable',
        closing: [],
      });
      continue;
    }
    const leaves = await local.get(row.key, { open_revs: 'all', attachments: true });
    const docs = leaves.flatMap((l) => (l.ok ? [l.ok] : []));
    const r = resolveLeaves(record.table, docs, now, reading);
    out.set(row.key, {
      rev: r.winnerRev ?? row.value.rev,
      version: r.winner,
      unreadable: r.unreadable,
      closing: r.closing,
    });
  }
  return out;
}

export { docId };
