/**
 * A whole notebook as plain rows (what a backup file holds, what a merge reads), and the merge of
 * two of them: per id the winner of lib/merge.ts, then the rows left pointing at a customer or a
 * sale that is gone are mended as the app's own deletions would have (repairLinks), then the
 * fields derived from other tables are recomputed (deriveCustomers). Pure: the restore writes
 * the result (db/notebook-write.ts); sync can reuse each step.
 */
import {
  RECORD_TABLES,
  type CreditEntry,
  type Customer,
  type Gift,
  type RecordRows,
  type RecordTable,
  type Sale,
  type Tombstone,
} from './domain';
import { ledgerState } from './ledger';
import { canonicalJson, compareVersions, type Version } from './merge';
import { repairLinks } from './notebook-links';

export type NotebookRecords = { [T in RecordTable]: Array<RecordRows[T]> };
export interface Notebook extends NotebookRecords {
  tombstones: Tombstone[];
}

/**
 * Fields left out when two versions are compared: derived from other fields or tables (rebuilt
 * after every merge), or a photo's Blob (a photo never changes under one id).
 */
export const NOT_COMPARED: { [T in RecordTable]: ReadonlySet<string> } = {
  products: new Set(['nameKey']),
  customers: new Set([
    'searchWords',
    'nameKey',
    'lastSeenAt',
    'creditBalanceMinor',
    'owedSince',
    'promisedAt',
  ]),
  sales: new Set(['productIds']),
  creditEntries: new Set(),
  gifts: new Set(),
  reservations: new Set(),
  outbox: new Set(),
  photos: new Set(['blob']),
};

export function emptyNotebook(): Notebook {
  const records = Object.fromEntries(RECORD_TABLES.map((t) => [t, []])) as unknown as Notebook;
  records.tombstones = [];
  return records;
}

/** What "Ajouter au carnet" will do, shown before anything is written. */
export interface MergePlan {
  /** Rows of the file new to the phone. */
  added: number;
  /** Rows of the phone replaced by a newer version. */
  updated: number;
  /** Rows of the phone removed: deleted on the other phone later than last edited here. */
  deleted: number;
  /** Rows of the file left out: the phone's own are as recent or newer (or deleted since). */
  kept: number;
  /** Rows of the file left out because the customer or sale they point at is missing. */
  dropped: number;
}

export interface MergeOutcome {
  notebook: Notebook;
  plan: MergePlan;
}

type Row = RecordRows[RecordTable];
type Rows = Map<string, Row>;

function byId(rows: readonly Row[]): Rows {
  return new Map(rows.map((r) => [r.id, r]));
}

function deletions(tombstones: readonly Tombstone[], table: RecordTable): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tombstones) {
    if (t.table === table) out.set(t.id, Math.max(out.get(t.id) ?? -Infinity, t.deletedAt));
  }
  return out;
}

function versionOf(
  rows: Rows,
  deleted: Map<string, number>,
  id: string,
  omit: ReadonlySet<string>,
): Version<Row> | undefined {
  const row = rows.get(id);
  const at = deleted.get(id);
  const r: Version<Row> | undefined = row && { kind: 'row', row };
  const d: Version<Row> | undefined =
    at === undefined ? undefined : { kind: 'deleted', deletedAt: at };
  if (!r || !d) return r ?? d;
  return compareVersions(r, d, omit) >= 0 ? r : d;
}

export function sameRow(table: RecordTable, a: Row, b: Row): boolean {
  if (a.updatedAt !== b.updatedAt) return false;
  return canonicalJson(a, NOT_COMPARED[table]) === canonicalJson(b, NOT_COMPARED[table]);
}

/**
 * Merges the file's notebook (`theirs`) into the phone's (`mine`). The result depends only on
 * the versions the two hold together, never on which phone runs it: merging the same file twice,
 * or files exchanged both ways, ends in the same notebook.
 */
export function mergeNotebooks(mine: Notebook, theirs: Notebook): MergeOutcome {
  const merged = emptyNotebook();
  /** Ids whose winning version came from the file (and differs from the phone's). */
  const fromFile = new Map<RecordTable, Set<string>>();
  for (const table of RECORD_TABLES) {
    const omit = NOT_COMPARED[table];
    const [myRows, theirRows] = [byId(mine[table]), byId(theirs[table])];
    const [myDeleted, theirDeleted] = [
      deletions(mine.tombstones, table),
      deletions(theirs.tombstones, table),
    ];
    const ids = new Set([
      ...myRows.keys(),
      ...myDeleted.keys(),
      ...theirRows.keys(),
      ...theirDeleted.keys(),
    ]);
    const won = new Set<string>();
    const rows: Row[] = [];
    for (const id of ids) {
      const a = versionOf(myRows, myDeleted, id, omit);
      const b = versionOf(theirRows, theirDeleted, id, omit);
      const cmp = a && b ? compareVersions(a, b, omit) : 0;
      const w = !a ? b : !b || cmp >= 0 ? a : b;
      if (!w) continue;
      if (w === b && (!a || cmp < 0)) won.add(id);
      if (w.kind === 'row') rows.push(w.row);
      else merged.tombstones.push({ table, id, deletedAt: w.deletedAt });
    }
    (merged as NotebookRecords)[table] = rows as never;
    fromFile.set(table, won);
  }
  const { notebook: repaired, dropped } = repairLinks(merged);
  const notebook = deriveCustomers(repaired);
  return { notebook, plan: planOf(mine, theirs, notebook, dropped, fromFile) };
}

function planOf(
  mine: Notebook,
  theirs: Notebook,
  after: Notebook,
  dropped: ReadonlyMap<RecordTable, ReadonlySet<string>>,
  fromFile: ReadonlyMap<RecordTable, ReadonlySet<string>>,
): MergePlan {
  const plan: MergePlan = { added: 0, updated: 0, deleted: 0, kept: 0, dropped: 0 };
  for (const table of RECORD_TABLES) {
    const before = byId(mine[table]);
    const now = byId(after[table]);
    for (const [id, row] of now) {
      const old = before.get(id);
      if (!old) plan.added++;
      else if (!sameRow(table, old, row)) plan.updated++;
    }
    for (const id of before.keys()) if (!now.has(id)) plan.deleted++;
    for (const row of theirs[table]) {
      if (before.has(row.id)) {
        if (now.has(row.id) && !fromFile.get(table)?.has(row.id)) plan.kept++;
      } else if (dropped.get(table)?.has(row.id) && fromFile.get(table)?.has(row.id)) {
        plan.dropped++;
      } else if (!now.has(row.id)) plan.kept++;
    }
  }
  return plan;
}

/** A customer's rows in other tables: what her derived fields come from. */
export interface CustomerHistory {
  sales: ReadonlyArray<Pick<Sale, 'at'>>;
  gifts: ReadonlyArray<Pick<Gift, 'at'>>;
  /** Every credit entry of hers: the balance needs them all. */
  entries: readonly CreditEntry[];
}

/** When a customer was last seen: her creation, her latest sale, gift or credit entry. */
export function lastSeenOf(
  customer: Pick<Customer, 'createdAt'>,
  history: CustomerHistory,
): number {
  let at = customer.createdAt;
  for (const s of history.sales) if (s.at > at) at = s.at;
  for (const g of history.gifts) if (g.at > at) at = g.at;
  for (const e of history.entries) if (e.at > at) at = e.at;
  return at;
}

export type DerivedFields = Pick<
  Customer,
  'lastSeenAt' | 'creditBalanceMinor' | 'owedSince' | 'promisedAt'
>;
const DERIVED = ['lastSeenAt', 'creditBalanceMinor', 'owedSince', 'promisedAt'] as const;

/**
 * The one definition of a customer's fields computed from other tables, used after a merge or a
 * restore (deriveCustomers) and in place after each write (db/customer-activity.ts). A figure
 * that is zero or unknown is absent, as a fresh customer's.
 */
export function derivedFields(
  customer: Pick<Customer, 'createdAt'>,
  history: CustomerHistory,
): DerivedFields {
  const credit = ledgerState(history.entries);
  const fields: DerivedFields = { lastSeenAt: lastSeenOf(customer, history) };
  if (credit.balanceMinor !== 0) fields.creditBalanceMinor = credit.balanceMinor;
  if (credit.owedSince !== undefined) fields.owedSince = credit.owedSince;
  if (credit.promisedAt !== undefined) fields.promisedAt = credit.promisedAt;
  return fields;
}

/** The customer with `fields` as her derived fields; the same object when nothing changed. */
export function withDerived(customer: Customer, fields: DerivedFields): Customer {
  if (DERIVED.every((k) => customer[k] === fields[k])) return customer;
  const next: Customer = { ...customer };
  for (const k of DERIVED) delete next[k];
  return { ...next, ...fields };
}

/**
 * Customers' fields computed from other tables, recomputed after a merge or a restore and never
 * merged: lastSeenAt and the credit book's cached balance, oldest debt and promise.
 */
export function deriveCustomers(notebook: Notebook): Notebook {
  const history = new Map<string, { sales: Sale[]; gifts: Gift[]; entries: CreditEntry[] }>();
  const of = (id: string) => {
    let h = history.get(id);
    if (!h) history.set(id, (h = { sales: [], gifts: [], entries: [] }));
    return h;
  };
  for (const s of notebook.sales) if (s.customerId) of(s.customerId).sales.push(s);
  for (const g of notebook.gifts) if (g.customerId) of(g.customerId).gifts.push(g);
  for (const e of notebook.creditEntries) of(e.customerId).entries.push(e);
  const none = { sales: [], gifts: [], entries: [] };
  const customers = notebook.customers.map((c) =>
    withDerived(c, derivedFields(c, history.get(c.id) ?? none)),
  );
  return { ...notebook, customers };
}
