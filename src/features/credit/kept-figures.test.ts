/**
 * The figures kept on each customer row (balance, oldest debt, promise) must always equal what
 * her entries add up to, whatever the seller did, and two phones' books must merge into the same
 * figures whichever way the files travel. Proved over random histories, through the app's own
 * commands on fake-indexeddb.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AssohDB } from '../../db/db';
import { notebookOf, readBackupText } from '../../db/restore';
import { ledgerState, linesOf } from '../../lib/ledger';
import { mergeNotebooks, type Notebook } from '../../lib/notebook';
import { freshDb } from '../../test/fixtures';
import { createBackup, restoreBackup } from '../backup/commands';
import { sellerSettings } from '../backup/fixtures';
import { readSnapshot } from '../../db/safety-copies';
import { allLines } from '../../db/debtor-lines';
import { shardsOf } from '../../db/debtor-shards';
import { deleteSale, recordSale, updateSale } from '../sales/commands';
import { addCredit, correctEntry, recordPayment, voidEntry } from './commands';

const CUSTOMERS = ['ca', 'cb', 'cc'];
const DAY = 86_400_000;

type Op =
  | { op: 'credit'; who: number; amount: number; due?: number }
  | { op: 'payment'; who: number; amount: number }
  | { op: 'sale'; who: number; total: number; paid: number }
  | { op: 'correct'; who: number; pick: number; amount: number }
  | { op: 'void'; who: number; pick: number }
  | { op: 'editSale'; pick: number; total: number; credit: number }
  | { op: 'deleteSale'; pick: number };

const who = fc.integer({ min: 0, max: CUSTOMERS.length - 1 });
const amount = fc.integer({ min: 1, max: 3000 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('credit' as const),
    who,
    amount,
    due: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  }),
  fc.record({ op: fc.constant('payment' as const), who, amount }),
  fc.record({ op: fc.constant('sale' as const), who, total: amount, paid: fc.nat({ max: 3000 }) }),
  fc.record({ op: fc.constant('correct' as const), who, pick: fc.nat(), amount }),
  fc.record({ op: fc.constant('void' as const), who, pick: fc.nat() }),
  fc.record({
    op: fc.constant('editSale' as const),
    pick: fc.nat(),
    total: amount,
    credit: fc.nat({ max: 3000 }),
  }),
  fc.record({ op: fc.constant('deleteSale' as const), pick: fc.nat() }),
);

const opened: AssohDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function phone(): Promise<AssohDB> {
  const db = freshDb();
  opened.push(db);
  const at = Date.now() - 10 * DAY;
  await db.settings.put(sellerSettings(at, { templates: {} }));
  await db.customers.bulkPut(
    CUSTOMERS.map((id, i) => ({
      id,
      firstName: `Cliente ${i}`,
      acceptsMessages: true,
      channel: 'whatsapp' as const,
      searchWords: ['cliente', String(i)],
      nameKey: `cliente ${i}`,
      lastSeenAt: at,
      createdAt: at,
      updatedAt: at,
    })),
  );
  return db;
}

async function apply(db: AssohDB, op: Op): Promise<void> {
  const customerId = 'who' in op ? (CUSTOMERS[op.who] as string) : '';
  if (op.op === 'credit') {
    const dueAt = op.due === undefined ? undefined : Date.now() + op.due * DAY;
    await addCredit(db, { customerId, amountMinor: op.amount, dueAt, note: '' });
  } else if (op.op === 'payment') {
    await recordPayment(db, {
      customerId,
      amountMinor: op.amount,
      way: 'wave',
      note: '',
      receipt: false,
    });
  } else if (op.op === 'sale') {
    const credit = Math.max(0, op.total - op.paid);
    await recordSale(db, {
      customerId,
      lines: [],
      manualTotalMinor: op.total,
      credit: credit > 0 ? { amountMinor: credit } : undefined,
    });
  } else if (op.op === 'correct' || op.op === 'void') {
    const entries = await db.creditEntries.where('customerId').equals(customerId).toArray();
    const live = linesOf(entries).filter((l) => l.live);
    const line = live[op.pick % Math.max(1, live.length)];
    if (!line) return;
    const ref = { customerId, lineId: line.lineId };
    if (op.op === 'void') await voidEntry(db, ref);
    else await correctEntry(db, ref, { amountMinor: op.amount, note: 'corrigé' });
  } else {
    const sales = await db.sales.orderBy('at').toArray();
    const sale = sales[op.pick % Math.max(1, sales.length)];
    if (!sale) return;
    if (op.op === 'deleteSale') await deleteSale(db, sale.id);
    else
      await updateSale(db, sale.id, {
        lines: [],
        manualTotalMinor: op.total,
        credit: op.credit > 0 ? { amountMinor: Math.min(op.credit, op.total) } : null,
      });
  }
}

/** Each customer's kept figures, and what her entries add up to, side by side. */
function keptAndRebuilt(notebook: Pick<Notebook, 'customers' | 'creditEntries'>) {
  return notebook.customers.map((c) => {
    const state = ledgerState(notebook.creditEntries.filter((e) => e.customerId === c.id));
    return {
      kept: { balance: c.creditBalanceMinor ?? 0, since: c.owedSince, promised: c.promisedAt },
      rebuilt: { balance: state.balanceMinor, since: state.owedSince, promised: state.promisedAt },
    };
  });
}

/** Who owes as Crédits reads it (db/debtor-shards.ts), and as her customer row says. */
async function expectShardsRebuilt(db: AssohDB) {
  const [kept, customers] = await Promise.all([db.debtorShards.toArray(), db.customers.toArray()]);
  const sorted = (shards: typeof kept) => allLines(shards).sort((a, b) => a[0].localeCompare(b[0]));
  expect(sorted(kept)).toEqual(sorted(shardsOf(customers)));
}

async function notebook(db: AssohDB): Promise<Notebook> {
  return notebookOf(await readSnapshot(db));
}

describe('kept figures', () => {
  it('always equal the figures rebuilt from the entries, after every command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        const db = await phone();
        for (const op of ops) {
          await apply(db, op);
          for (const { kept, rebuilt } of keptAndRebuilt(await notebook(db)))
            expect(kept).toEqual(rebuilt);
          await expectShardsRebuilt(db);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('after two phones exchange backups either way, both hold the same figures, equal to the rebuilt ones', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { maxLength: 6 }),
        fc.array(opArb, { maxLength: 8 }),
        fc.array(opArb, { maxLength: 8 }),
        async (shared, onA, onB) => {
          const a = await phone();
          for (const op of shared) await apply(a, op);
          const b = await phone();
          await restoreBackup(
            b,
            await readBackupText((await createBackup(a, { includePhotos: false })).text),
            'replace',
          );
          for (const op of onA) await apply(a, op);
          for (const op of onB) await apply(b, op);
          const [na, nb] = [await notebook(a), await notebook(b)];
          const ab = mergeNotebooks(na, nb).notebook;
          const ba = mergeNotebooks(nb, na).notebook;
          const figures = (n: Notebook) =>
            keptAndRebuilt(n)
              .map((x) => x.kept)
              .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
          expect(figures(ab)).toEqual(figures(ba));
          for (const { kept, rebuilt } of keptAndRebuilt(ab)) expect(kept).toEqual(rebuilt);
          // Through the real files and the real write, both ways: the same book on both phones.
          const fileA = await readBackupText(
            (await createBackup(a, { includePhotos: false })).text,
          );
          const fileB = await readBackupText(
            (await createBackup(b, { includePhotos: false })).text,
          );
          await restoreBackup(a, fileB, 'merge');
          await restoreBackup(b, fileA, 'merge');
          const [ma, mb] = [await notebook(a), await notebook(b)];
          expect(figures(ma)).toEqual(figures(mb));
          expect(figures(ma)).toEqual(figures(ab));
          for (const { kept, rebuilt } of keptAndRebuilt(ma)) expect(kept).toEqual(rebuilt);
          await expectShardsRebuilt(a);
          await expectShardsRebuilt(b);
        },
      ),
      { numRuns: 12 },
    );
  });
});
