/**
 * The debtor shards and the search shards are projections of the customer rows: after any
 * sequence of writes to the
 * customers, by any of Dexie's ways of writing (one row, many, a modify over a range, a clear, two
 * writes in flight in one transaction, a bulk add that partly fails, an aborted transaction), the
 * kept shards hold exactly the lines the customers make. Proved over random sequences.
 */
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Customer, Sale } from '../lib/domain';
import { migrationHarness } from '../test/migration-harness';
import { freshDb } from '../test/fixtures';
import type { AssohDB } from './db';
import { allLines, SHARDS, type DebtorLine } from './debtor-lines';
import { debtorLine, shardOf, shardsOf } from './debtor-shards';
import { LATEST_VERSION } from './schema';
import type { SearchLine } from './search-lines';
import { searchShardsOf } from './search-shards';

const IDS = ['ca', 'cb', 'cc', 'cd', 'ce', 'cf'];

const opened: AssohDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function customer(id: string, balance: number, since: number, promised?: number): Customer {
  return {
    id,
    firstName: `Cliente ${id}`,
    ...(id === 'cb' ? { nickname: 'la tante' } : {}),
    acceptsMessages: true,
    channel: 'whatsapp',
    searchWords: ['cliente', id],
    nameKey: `cliente ${id}`,
    lastSeenAt: since,
    createdAt: 1,
    updatedAt: since,
    ...(balance !== 0 ? { creditBalanceMinor: balance } : {}),
    ...(balance > 0 ? { owedSince: since } : {}),
    ...(balance > 0 && promised !== undefined ? { promisedAt: promised } : {}),
  } as Customer;
}

const sorted = <L extends DebtorLine | SearchLine>(lines: L[]) =>
  [...lines].sort((a, b) => a[0].localeCompare(b[0]));

async function expectShardsFollowCustomers(db: AssohDB) {
  const [kept, search, customers] = await Promise.all([
    db.debtorShards.toArray(),
    db.searchShards.toArray(),
    db.customers.toArray(),
  ]);
  expect(sorted(allLines(kept))).toEqual(sorted(allLines(shardsOf(customers))));
  const searchLines = search.flatMap((s) => s.lines);
  expect(sorted(searchLines)).toEqual(sorted(searchShardsOf(customers).flatMap((s) => s.lines)));
  for (const shard of [...kept, ...search])
    for (const line of shard.lines) expect(shardOf(line[0])).toBe(shard.id);
}

const id = fc.constantFrom(...IDS);
const row = fc
  .record({
    id,
    balance: fc.integer({ min: -500, max: 3000 }),
    since: fc.integer({ min: 1, max: 1000 }),
    promised: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
  })
  .map((r) => customer(r.id, r.balance, r.since, r.promised));

type Op =
  | { op: 'put' | 'add'; row: Customer }
  | { op: 'bulkPut' | 'bulkAdd'; rows: Customer[] }
  | { op: 'update'; id: string; balance: number }
  | { op: 'delete'; id: string }
  | { op: 'bulkDelete'; ids: string[] }
  | { op: 'modifyRange'; from: string; balance: number }
  | { op: 'deleteRange'; from: string }
  | { op: 'clear' }
  | { op: 'together'; rows: Customer[] }
  | { op: 'steps'; rows: Customer[] }
  | { op: 'seen'; id: string; at: number; name: string }
  | { op: 'aborted'; row: Customer };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constantFrom('put' as const, 'add' as const), row }),
  fc.record({
    op: fc.constantFrom('bulkPut' as const, 'bulkAdd' as const),
    rows: fc.array(row, { maxLength: 4 }),
  }),
  fc.record({
    op: fc.constant('update' as const),
    id,
    balance: fc.integer({ min: -100, max: 900 }),
  }),
  fc.record({ op: fc.constant('delete' as const), id }),
  fc.record({ op: fc.constant('bulkDelete' as const), ids: fc.array(id, { maxLength: 3 }) }),
  fc.record({
    op: fc.constant('modifyRange' as const),
    from: id,
    balance: fc.integer({ min: 0, max: 900 }),
  }),
  fc.record({ op: fc.constant('deleteRange' as const), from: id }),
  fc.constant({ op: 'clear' as const }),
  fc.record({ op: fc.constant('together' as const), rows: fc.array(row, { maxLength: 4 }) }),
  fc.record({ op: fc.constant('steps' as const), rows: fc.array(row, { maxLength: 3 }) }),
  fc.record({
    op: fc.constant('seen' as const),
    id,
    at: fc.integer({ min: 1, max: 2000 }),
    name: fc.constantFrom('Awa', 'Adjoa', 'Fatou Diallo', 'Ébène'),
  }),
  fc.record({ op: fc.constant('aborted' as const), row }),
);

async function apply(db: AssohDB, op: Op): Promise<void> {
  switch (op.op) {
    case 'put':
      return void (await db.customers.put(op.row));
    case 'add':
      // A second add of an id fails, and changes nothing.
      return void (await db.customers.add(op.row).catch(() => undefined));
    case 'bulkPut':
      return void (await db.customers.bulkPut(op.rows));
    case 'bulkAdd':
      // Rows whose id exists fail; the others are added.
      return void (await db.customers.bulkAdd(op.rows).catch(() => undefined));
    case 'update':
      return void (await db.customers.update(op.id, {
        creditBalanceMinor: op.balance,
        owedSince: op.balance > 0 ? 5 : undefined,
      }));
    case 'delete':
      return db.customers.delete(op.id);
    case 'bulkDelete':
      return db.customers.bulkDelete(op.ids);
    case 'modifyRange':
      return void (await db.customers
        .where('id')
        .aboveOrEqual(op.from)
        .modify({ creditBalanceMinor: op.balance, owedSince: 7 }));
    case 'deleteRange':
      return void (await db.customers.where('id').aboveOrEqual(op.from).delete());
    case 'clear':
      return db.customers.clear();
    case 'together':
      // Writes in flight together in one transaction, as Promise.all in a command.
      return db.transaction('rw', db.customers, () =>
        Promise.all(op.rows.map((r) => db.customers.put(r))).then(() => undefined),
      );
    case 'steps':
      // One transaction whose writes each wait for the one before, with reads between, as a
      // sale's: the shards follow each step. (The sale whose transaction the shards' wait once
      // broke is sales.test.ts's reservation on credit.)
      return db.transaction('rw', db.customers, db.sales, async () => {
        for (const r of op.rows) {
          const sale = { id: `s-${r.id}`, customerId: r.id, at: r.lastSeenAt } as Sale;
          await Promise.all([
            db.sales.put(sale),
            (async () => {
              await db.customers.put(r);
            })(),
          ]);
          await db.sales.get(sale.id);
          await db.sales.put({ ...sale, at: sale.at + 1 });
          await db.customers.get(r.id);
        }
      });
    case 'seen':
      // Her visit (the search's line changes, her debt's does not), or a new name.
      return void (await db.customers.update(op.id, {
        lastSeenAt: op.at,
        firstName: op.name,
        searchWords: op.name.toLowerCase().split(' '),
      }));
    case 'aborted':
      await db
        .transaction('rw', db.customers, async () => {
          await db.customers.put(op.row);
          throw new Error('abandoned');
        })
        .catch(() => undefined);
  }
}

describe('debtor shards and search shards', () => {
  it('always hold exactly the lines the customer rows make, whatever wrote them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = freshDb();
        opened.push(db);
        for (const op of ops) {
          await apply(db, op);
          await expectShardsFollowCustomers(db);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a customer who owes nothing has no line; her line carries what Crédits shows', () => {
    expect(debtorLine(customer('ca', 0, 5))).toBeNull();
    expect(debtorLine(customer('ca', -200, 5))).toBeNull();
    expect(debtorLine(customer('cb', 600, 5, 9))).toEqual([
      'cb',
      'Cliente cb',
      'la tante',
      600,
      5,
      9,
    ]);
    const spread = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`id-${i}`)));
    expect(spread.size).toBe(SHARDS);
  });

  it('a write that does not change her line leaves the shards unwritten', async () => {
    const db = freshDb();
    opened.push(db);
    await db.customers.put(customer('ca', 600, 5));
    const written: string[] = [];
    const note = (parts: Record<string, unknown>) => written.push(...Object.keys(parts));
    Dexie.on('storagemutated', note);
    await db.customers.put({ ...customer('ca', 600, 5), lastSeenAt: 99 });
    await new Promise((r) => setTimeout(r, 20));
    Dexie.on('storagemutated').unsubscribe(note);
    expect(written.some((p) => p.includes('/customers/'))).toBe(true);
    expect(written.some((p) => p.includes('/debtorShards/'))).toBe(false);
  });
  it('a shards write that fails undoes the whole transaction, her row with it', async () => {
    const db = freshDb();
    opened.push(db);
    // Under the shards' middleware (a lower level is nearer IndexedDB): the search shards' write
    // fails as a full disk would make it.
    let failing = false;
    db.use({
      stack: 'dbcore',
      name: 'failing-search-shards',
      level: 0,
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'searchShards') return table;
          return {
            ...table,
            mutate: (req) =>
              failing
                ? Promise.reject(new DOMException('disk full', 'QuotaExceededError'))
                : table.mutate(req),
          };
        },
      }),
    });
    await db.customers.put(customer('ca', 600, 5));
    failing = true;
    const renamed = { ...customer('ca', 900, 5), firstName: 'Awa', searchWords: ['awa'] };
    await expect(
      db.transaction('rw', db.customers, db.sales, async () => {
        await db.customers.put(renamed);
        await db.sales.count();
      }),
    ).rejects.toThrow();
    expect((await db.customers.get('ca'))?.firstName).toBe('Cliente ca');
    expect((await db.customers.get('ca'))?.creditBalanceMinor).toBe(600);
    failing = false;
    await db.customers.put(renamed);
    expect((await db.customers.get('ca'))?.firstName).toBe('Awa');
  });
});

describe('schema v8', () => {
  const open = migrationHarness();

  it('builds the shards from the v7 customer rows', async () => {
    const name = `v8-${crypto.randomUUID()}`;
    const old = open(name, 7);
    const rows = [customer('ca', 600, 5, 9), customer('cb', 0, 5), customer('cc', 250, 3)];
    await old.table('customers').bulkAdd(rows);
    old.close();

    const db = open(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.customers.count()).toBe(3);
    const shards = await db.debtorShards.toArray();
    expect(shards).toHaveLength(SHARDS);
    expect(sorted(allLines(shards))).toEqual([
      ['ca', 'Cliente ca', null, 600, 5, 9],
      ['cc', 'Cliente cc', null, 250, 3, null],
    ]);
    // And they follow the writes from then on.
    await db.customers.delete('ca');
    await expectShardsFollowCustomers(db);
  });
});

describe('schema v9', () => {
  const open = migrationHarness();

  it('builds the search shards from the v8 customer rows', async () => {
    const name = `v9-${crypto.randomUUID()}`;
    const old = open(name, 8);
    const rows = [customer('ca', 600, 5, 9), customer('cb', 0, 7), customer('cc', 250, 3)];
    await old.table('customers').bulkAdd(rows);
    old.close();

    const db = open(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const shards = await db.searchShards.toArray();
    expect(shards).toHaveLength(SHARDS);
    expect(sorted(shards.flatMap((s) => s.lines))).toEqual([
      ['ca', 'Cliente ca', null, 5, 'cliente ca', 'cliente ca', null],
      ['cb', 'Cliente cb', 'la tante', 7, 'cliente cb', 'cliente cb', null],
      ['cc', 'Cliente cc', null, 3, 'cliente cc', 'cliente cc', null],
    ]);
    // The debtor shards of v8 are still there, and both follow the writes from then on.
    expect(sorted(allLines(await db.debtorShards.toArray())).map((l) => l[0])).toEqual([
      'ca',
      'cc',
    ]);
    await db.customers.update('cb', { lastSeenAt: 50 });
    await expectShardsFollowCustomers(db);
  });
});
