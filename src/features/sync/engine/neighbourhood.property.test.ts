import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb, type AssohDB } from '../../../db/db';
import { changesBetween, writeChanges } from '../../../db/notebook-write';
import { RECORD_TABLES } from '../../../lib/domain';
import { emptyNotebook, type Notebook } from '../../../lib/notebook';
import { SETTINGS, notebookOf } from '../../../test/sync-phones';
import { customerInput, productInput } from '../../../test/fixtures';
import { recordPayment } from '../../credit/commands';
import { createCustomer, deleteCustomer } from '../../customers/commands';
import { deleteGift, recordGift } from '../../gifts/commands';
import { createProduct } from '../../products/commands';
import {
  cancelReservation,
  createReservation,
  fulfilReservation,
  markProductAvailable,
} from '../../reservations/commands';
import { deleteSale, recordSale } from '../../sales/commands';
import { mergeIntoNotebook } from './apply';

const CI = { country: 'CI' };

/** One edit of a market day; `pick` chooses among the rows there are. */
type Op = { kind: (typeof KINDS)[number]; pick: number; amount: number };
const KINDS = [
  'customer',
  'sale',
  'creditSale',
  'payment',
  'gift',
  'reserve',
  'fulfil',
  'available',
  'cancel',
  'deleteCustomer',
  'deleteSale',
  'deleteGift',
] as const;
const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(),
  amount: fc.integer({ min: 1, max: 5000 }),
});

async function pick<T>(rows: Promise<T[]>, n: number): Promise<T | undefined> {
  const list = await rows;
  return list.length ? list[n % list.length] : undefined;
}

async function apply(db: AssohDB, op: Op): Promise<void> {
  const customer = () => pick(db.customers.orderBy('id').toArray(), op.pick);
  const sale = () => pick(db.sales.orderBy('id').toArray(), op.pick);
  const product = () => pick(db.products.orderBy('id').toArray(), op.pick);
  const reservation = () =>
    pick(
      db.reservations
        .orderBy('id')
        .filter((r) => r.status !== 'fulfilled' && r.status !== 'cancelled')
        .toArray(),
      op.pick,
    );
  if (op.kind === 'customer') {
    const by = await customer();
    await createCustomer(db, customerInput({ recommendedById: by?.id ?? '' }), CI);
  } else if (op.kind === 'sale' || op.kind === 'creditSale') {
    const c = await customer();
    const credit = c && op.kind === 'creditSale' ? { amountMinor: op.amount } : undefined;
    await recordSale(db, { customerId: c?.id, lines: [], manualTotalMinor: op.amount, credit });
  } else if (op.kind === 'payment') {
    const c = await customer();
    if (c)
      await recordPayment(db, {
        customerId: c.id,
        amountMinor: op.amount,
        way: 'especes',
        note: '',
        receipt: false,
      });
  } else if (op.kind === 'gift') {
    const s = await sale();
    const gift = { what: 'Piment', reason: 'fidelite' as const, value: '' };
    if (s) await recordGift(db, { customerId: s.customerId, saleId: s.id, ...gift }, 'XOF');
  } else if (op.kind === 'reserve') {
    const [c, p] = [await customer(), await product()];
    if (c && p)
      await createReservation(db, { customerId: c.id, productId: p.id, quantity: '1', note: '' });
  } else if (op.kind === 'fulfil') {
    const r = await reservation();
    if (r) await fulfilReservation(db, r.id);
  } else if (op.kind === 'available') {
    const p = await product();
    if (p) await markProductAvailable(db, p.id);
  } else if (op.kind === 'cancel') {
    const r = await reservation();
    if (r) await cancelReservation(db, r.id);
  } else if (op.kind === 'deleteCustomer') {
    const c = await customer();
    if (c) await deleteCustomer(db, c.id);
  } else if (op.kind === 'deleteSale') {
    const s = await sale();
    if (s) await deleteSale(db, s.id);
  } else {
    const g = await pick(db.gifts.orderBy('id').toArray(), op.pick);
    if (g) await deleteGift(db, g.id);
  }
}

const opened: AssohDB[] = [];
async function phoneWith(notebook: Notebook): Promise<AssohDB> {
  const db = createDb(`n-${crypto.randomUUID()}`);
  opened.push(db);
  await db.settings.put(SETTINGS);
  await db.transaction('rw', [...RECORD_TABLES, 'tombstones', 'sync', 'syncQueue'], async () => {
    await writeChanges(db, changesBetween(emptyNotebook(), notebook), () => undefined);
  });
  return db;
}

async function wholeOf(db: AssohDB): Promise<Notebook> {
  return { ...emptyNotebook(), ...(await notebookOf(db)) } as Notebook;
}

/** What changed from `before` to `after`: what the other phone's sync would bring. */
function changed(before: Notebook, after: Notebook): Notebook {
  const out = emptyNotebook();
  const changes = changesBetween(before, after);
  for (const table of RECORD_TABLES)
    (out[table] as unknown[]) = [...(changes.puts[table] ?? [])] as unknown[];
  out.tombstones = changes.tombstonePuts;
  return out;
}

afterEach(async () => {
  vi.useRealTimers();
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('received records merged through their neighbourhood', () => {
  it('give the notebook a merge of the whole notebook gives, deletions of linked records included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 14 }),
        fc.array(opArb, { minLength: 1, maxLength: 8 }),
        fc.array(opArb, { maxLength: 8 }),
        async (shared, theirOps, myOps) => {
          vi.useFakeTimers({ toFake: ['Date'] });
          let now = 1_795_000_000_000;
          const tick = () => vi.setSystemTime((now += 1000));
          tick();
          // The notebook both phones had; then each goes its own way.
          const other = await phoneWith(emptyNotebook());
          await createProduct(other, productInput(), 'XOF');
          await createCustomer(other, customerInput({ firstName: 'Adèle' }), CI);
          for (const op of shared) await (tick(), apply(other, op));
          const common = await wholeOf(other);
          const mine = await phoneWith(common);
          for (const op of theirOps) await (tick(), apply(other, op));
          for (const op of myOps) await (tick(), apply(mine, op));
          const received = changed(common, await wholeOf(other));
          const here = await wholeOf(mine);

          const [near, whole] = [await phoneWith(here), await phoneWith(here)];
          expect(await mergeIntoNotebook(near, received, 'near', 1)).not.toBe('busy');
          expect(await mergeIntoNotebook(whole, received, 'whole', 1)).not.toBe('busy');
          expect(await notebookOf(near)).toEqual(await notebookOf(whole));
          vi.useRealTimers();
        },
      ),
      { numRuns: 60 },
    );
  }, 240_000);
});
