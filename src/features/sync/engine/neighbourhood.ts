/**
 * The part of the notebook a few received documents can change, read by key and index instead
 * of the whole notebook: the received records and their versions here; every row they point at
 * (so the merge sees what is missing and what is not); every customer among them with her whole
 * history (sales, gifts, credit entries, reservations, messages: her derived fields need it);
 * and, for each record the merge leaves gone, what pointed at it (so its links are mended as
 * the whole merge would). Merged by lib/notebook.ts's mergeNotebooks, the result on these rows
 * is the result of merging the whole notebook: the rows outside it neither change nor point at
 * anything that changed. Relies on the notebook's own invariant, that no row points at a record
 * that is gone (every deletion and every merge mends its links).
 */
import { Dexie } from 'dexie';
import type { AssohDB } from '../../../db/db';
import { RECORD_TABLES, type RecordRows, type RecordTable } from '../../../lib/domain';
import { emptyNotebook, mergeNotebooks, type Notebook } from '../../../lib/notebook';
import { keyOf, type RecordKey } from './replica';

type Row = RecordRows[RecordTable];
type AnyRow = Row & Partial<Record<LinkField, string>>;
type LinkField = 'customerId' | 'saleId' | 'reservationId' | 'giftId' | 'recommendedById';

/** The links lib/notebook-links.ts mends, per table: field → the table it points into. */
const LINKS: { [T in RecordTable]: ReadonlyArray<readonly [LinkField, RecordTable]> } = {
  products: [],
  customers: [['recommendedById', 'customers']],
  sales: [['customerId', 'customers']],
  creditEntries: [['customerId', 'customers']],
  gifts: [
    ['customerId', 'customers'],
    ['saleId', 'sales'],
  ],
  reservations: [
    ['customerId', 'customers'],
    ['saleId', 'sales'],
  ],
  outbox: [
    ['customerId', 'customers'],
    ['saleId', 'sales'],
    ['reservationId', 'reservations'],
    ['giftId', 'gifts'],
  ],
  photos: [],
};

/** A customer's own rows: her history and what is addressed to her. */
const HERS = ['sales', 'gifts', 'creditEntries', 'reservations', 'outbox'] as const;

export class Neighbourhood {
  /** The notebook's rows and tombstones of every key read so far. */
  readonly mine = emptyNotebook();
  private readonly read = new Set<string>();
  private readonly customersRead = new Set<string>();
  private readonly dependentsRead = new Set<string>();

  constructor(
    private readonly db: AssohDB,
    private readonly theirs: Notebook,
  ) {}

  /** Rows found through an index, with their tombstones (a row may have one, older). */
  private async addRows(table: RecordTable, rows: readonly Row[]): Promise<void> {
    const fresh = rows.filter((r) => !this.read.has(keyOf({ table, id: r.id })));
    if (fresh.length === 0) return;
    for (const row of fresh) this.read.add(keyOf({ table, id: row.id }));
    (this.mine[table] as Row[]).push(...fresh);
    const tombs = await this.db.tombstones.bulkGet(
      fresh.map((r): [string, string] => [table, r.id]),
    );
    for (const t of tombs) if (t) this.mine.tombstones.push(t);
  }

  /** Reads the notebook's row and tombstone of each key not read yet. */
  private async load(keys: readonly RecordKey[]): Promise<void> {
    const fresh = new Map<string, RecordKey>();
    for (const k of keys) if (!this.read.has(keyOf(k))) fresh.set(keyOf(k), k);
    if (fresh.size === 0) return;
    const byTable = new Map<RecordTable, string[]>();
    for (const k of fresh.values()) byTable.set(k.table, [...(byTable.get(k.table) ?? []), k.id]);
    for (const [table, ids] of byTable) {
      const [rows, tombs] = await Promise.all([
        this.db.table(table).bulkGet(ids) as Promise<Array<Row | undefined>>,
        this.db.tombstones.bulkGet(ids.map((id): [string, string] => [table, id])),
      ]);
      ids.forEach((id, i) => {
        const row = rows[i];
        const tomb = tombs[i];
        this.read.add(keyOf({ table, id }));
        if (row) (this.mine[table] as Row[]).push(row);
        if (tomb) this.mine.tombstones.push(tomb);
      });
    }
  }

  private *rows(): Generator<[RecordTable, AnyRow]> {
    for (const nb of [this.mine, this.theirs])
      for (const table of RECORD_TABLES)
        for (const row of nb[table] as AnyRow[]) yield [table, row];
  }

  /** Every customer's own rows, every row's targets, until nothing new comes. */
  private async close(): Promise<void> {
    for (;;) {
      const before = this.read.size;
      const targets: RecordKey[] = [];
      const customers = new Set<string>();
      for (const [table, row] of this.rows()) {
        if (table === 'customers') customers.add(row.id);
        for (const [field, into] of LINKS[table]) {
          const id = row[field];
          if (!id) continue;
          targets.push({ table: into, id });
          if (into === 'customers') customers.add(id);
        }
      }
      for (const t of this.theirs.tombstones) if (t.table === 'customers') customers.add(t.id);
      await this.load(targets);
      for (const id of customers) {
        if (this.customersRead.has(id)) continue;
        this.customersRead.add(id);
        await this.load([{ table: 'customers', id }]);
        await this.hers(id);
      }
      if (this.read.size === before) return;
    }
  }

  private async hers(customerId: string): Promise<void> {
    const range: [unknown[], unknown[]] = [
      [customerId, Dexie.minKey],
      [customerId, Dexie.maxKey],
    ];
    const [sales, gifts, entries, reservations, outbox] = await Promise.all([
      this.db.sales
        .where('[customerId+at]')
        .between(...range)
        .toArray(),
      this.db.gifts
        .where('[customerId+at]')
        .between(...range)
        .toArray(),
      this.db.creditEntries
        .where('[customerId+at]')
        .between(...range)
        .toArray(),
      this.db.reservations.where('customerId').equals(customerId).toArray(),
      this.db.outbox.where('customerId').equals(customerId).toArray(),
    ]);
    const found = { sales, gifts, creditEntries: entries, reservations, outbox };
    for (const table of HERS) await this.addRows(table, found[table]);
  }

  /** What points at these records, gone after the merge: it must be mended with them. */
  private async dependents(gone: readonly RecordKey[]): Promise<void> {
    const ids = (table: RecordTable) =>
      new Set(gone.filter((k) => k.table === table).map((k) => k.id));
    const [customers, sales, reservations, gifts] = [
      ids('customers'),
      ids('sales'),
      ids('reservations'),
      ids('gifts'),
    ];
    // Her own rows come with every customer read; the customers she recommended do not.
    if (customers.size)
      await this.addRows(
        'customers',
        await this.db.customers
          .where('recommendedById')
          .anyOf([...customers])
          .toArray(),
      );
    if (sales.size) {
      await this.addRows(
        'gifts',
        await this.db.gifts
          .where('saleId')
          .anyOf([...sales])
          .toArray(),
      );
      // Few reservations, and no index on their sale: read through.
      const rs = await this.db.reservations.filter((r) => sales.has(r.saleId ?? '')).toArray();
      await this.addRows('reservations', rs);
    }
    if (sales.size || reservations.size || gifts.size) {
      const messages = await this.db.outbox
        .filter(
          (m) =>
            sales.has(m.saleId ?? '') ||
            reservations.has(m.reservationId ?? '') ||
            gifts.has(m.giftId ?? ''),
        )
        .toArray();
      await this.addRows('outbox', messages);
    }
  }

  /**
   * Reads what the received records can change, merges, and reads further while the merge
   * leaves gone a record whose dependents were not read yet. Returns both sides narrowed.
   */
  async merge(): Promise<{ before: Notebook; after: Notebook }> {
    const seeds: RecordKey[] = [];
    for (const table of RECORD_TABLES)
      for (const row of this.theirs[table]) seeds.push({ table, id: row.id });
    for (const t of this.theirs.tombstones) seeds.push({ table: t.table, id: t.id });
    await this.load(seeds);
    for (;;) {
      await this.close();
      const after = mergeNotebooks(this.mine, this.theirs).notebook;
      // Only a row of this notebook can have dependents here (none points at what is gone).
      const kept = new Set<string>();
      for (const table of RECORD_TABLES)
        for (const row of after[table]) kept.add(keyOf({ table, id: row.id }));
      const gone: RecordKey[] = [];
      for (const table of RECORD_TABLES)
        for (const row of this.mine[table]) {
          const k = keyOf({ table, id: row.id });
          if (!kept.has(k) && !this.dependentsRead.has(k)) gone.push({ table, id: row.id });
        }
      if (gone.length === 0) return { before: this.mine, after };
      for (const k of gone) this.dependentsRead.add(keyOf(k));
      const size = this.read.size;
      await this.dependents(gone);
      if (this.read.size === size) return { before: this.mine, after };
    }
  }
}
