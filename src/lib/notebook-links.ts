/**
 * After a merge (or in a file restored whole), a row may point at a customer, sale or
 * reservation that is not there: deleted on the other phone, or missing from a damaged file.
 * Each is mended the way the app's own deletion would have left it, so the notebook never shows
 * a message to nobody or a sale to a ghost:
 *
 * - sales and gifts of a missing customer stay, as "client de passage" (money is never lost);
 * - credit entries of a missing customer go with her, as deleting her takes them (a debt is
 *   owed by someone); an entry keeps the sale it names even once that sale is gone: an entry is
 *   never rewritten, and what she owes does not depend on the sale row;
 * - a gift loses its missing sale, a customer her missing recommender;
 * - a reservation of a missing customer goes; one whose sale went waits again ("ready");
 * - a message to a missing customer goes; a message not yet sent about a missing sale or
 *   reservation goes; a sent one keeps its text and loses the link.
 *
 * A mended row takes the later of its own time and the deletion's, a removed row leaves a
 * tombstone at that time: both depend only on the merged versions, so every phone mends alike.
 */
import type { RecordRows, RecordTable, Tombstone } from './domain';
import type { Notebook } from './notebook';

type Row = RecordRows[RecordTable];

interface Links {
  /** Undefined when the target is there; otherwise the time to date the mend (its deletion's). */
  missing(table: RecordTable, id: string | undefined, since: number): number | undefined;
}

type Mend<R> = (row: R, links: Links) => R | { dropAt: number };

function without<R extends Row>(row: R, field: keyof R, at: number, patch: Partial<R> = {}): R {
  const copy: Partial<R> = { ...row, ...patch, updatedAt: at };
  delete copy[field];
  return copy as R;
}

/** Unlinks `field` when its target is missing; the row otherwise unchanged. */
function unlink<R extends Row>(row: R, field: keyof R, table: RecordTable, links: Links): R {
  const at = links.missing(table, row[field] as string | undefined, row.updatedAt);
  return at === undefined ? row : without(row, field, at);
}

const MENDS: { [T in RecordTable]?: Mend<RecordRows[T]> } = {
  customers: (c, links) => unlink(c, 'recommendedById', 'customers', links),
  sales: (s, links) => unlink(s, 'customerId', 'customers', links),
  creditEntries: (e, links) => {
    const gone = links.missing('customers', e.customerId, e.updatedAt);
    return gone === undefined ? e : { dropAt: gone };
  },
  gifts: (g, links) =>
    unlink(unlink(g, 'customerId', 'customers', links), 'saleId', 'sales', links),
  reservations: (r, links) => {
    const gone = links.missing('customers', r.customerId, r.updatedAt);
    if (gone !== undefined) return { dropAt: gone };
    const saleGone = links.missing('sales', r.saleId, r.updatedAt);
    return saleGone === undefined ? r : without(r, 'saleId', saleGone, { status: 'ready' });
  },
  outbox: (m, links) => {
    const gone = links.missing('customers', m.customerId, m.updatedAt);
    if (gone !== undefined) return { dropAt: gone };
    let row = m;
    for (const [field, table] of [
      ['saleId', 'sales'],
      ['reservationId', 'reservations'],
    ] as const) {
      const at = links.missing(table, row[field], row.updatedAt);
      if (at === undefined) continue;
      if (row.status === 'pending') return { dropAt: at };
      row = without(row, field, at);
    }
    return unlink(row, 'giftId', 'gifts', links);
  },
};

/**
 * Mends every dangling link, table by table in RECORD_TABLES order (a row's targets come
 * first, so a reservation removed here also removes its waiting message). Returns the ids
 * removed, per table.
 */
export function repairLinks(notebook: Notebook): {
  notebook: Notebook;
  dropped: Map<RecordTable, Set<string>>;
} {
  const present = new Map<RecordTable, Set<string>>();
  const deletedAt = new Map<string, number>();
  for (const t of notebook.tombstones) deletedAt.set(`${t.table}/${t.id}`, t.deletedAt);
  const links: Links = {
    missing(table, id, since) {
      if (id === undefined || present.get(table)?.has(id)) return undefined;
      return Math.max(since, deletedAt.get(`${table}/${id}`) ?? since);
    },
  };
  const out = { ...notebook, tombstones: [...notebook.tombstones] };
  const dropped = new Map<RecordTable, Set<string>>();
  for (const table of Object.keys(notebook) as Array<keyof Notebook>) {
    if (table === 'tombstones') continue;
    present.set(table, new Set(notebook[table].map((r) => r.id)));
  }
  for (const table of Object.keys(MENDS) as RecordTable[]) {
    const mend = MENDS[table] as Mend<Row>;
    const rows: Row[] = [];
    const gone = new Set<string>();
    for (const row of notebook[table] as Row[]) {
      const mended = mend(row, links);
      if ('dropAt' in mended) {
        gone.add(row.id);
        present.get(table)?.delete(row.id);
        const tombstone: Tombstone = { table, id: row.id, deletedAt: mended.dropAt };
        out.tombstones.push(tombstone);
        deletedAt.set(`${table}/${row.id}`, mended.dropAt);
      } else rows.push(mended);
    }
    (out as Record<RecordTable, Row[]>)[table] = rows;
    dropped.set(table, gone);
  }
  return { notebook: out, dropped };
}
