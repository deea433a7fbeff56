import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AssohDB } from '../db/db';
import { customerEntries } from '../db/credit-rows';
import { nativeDb, onTablesWritten } from '../db/native';
import { linesOf } from '../lib/ledger';
import type { Customer } from '../lib/domain';
import { customerInput, freshDb, productInput } from '../test/fixtures';
import { sellerSettings } from '../features/backup/fixtures';
import { createCustomer } from '../features/customers/commands';
import { customerHistory, getCustomer } from '../features/customers/queries';
import { customerLedger } from '../features/credit/queries/ledger';
import { addCredit, recordPayment, voidEntry } from '../features/credit/commands';
import { recordGift } from '../features/gifts/commands';
import { createProduct } from '../features/products/commands';
import { deleteSale, recordSale } from '../features/sales/commands';
import { readCardBare } from './card-read';

const NOW = Date.now();
let db: AssohDB;
beforeEach(async () => {
  db = freshDb();
  await db.settings.put(sellerSettings(NOW, { templates: {} }));
});

/** What the Dexie queries the card used to make say about her. */
async function throughDexie(id: string) {
  const customer = await getCustomer(db, id);
  if (!customer) return null;
  return {
    customer,
    history: await customerHistory(db, id, NOW),
    ledger: await customerLedger(db, id),
  };
}

async function twoCustomers(): Promise<[Customer, Customer]> {
  const awa = await createCustomer(db, customerInput({ firstName: 'Awa' }), { country: 'CI' });
  const binta = await createCustomer(
    db,
    customerInput({ firstName: 'Binta', recommendedById: awa.id }),
    { country: 'CI' },
  );
  return [awa, binta];
}

type Op =
  | { k: 'sale'; who: number; credit: number }
  | { k: 'gift'; who: number }
  | { k: 'pay'; who: number; amount: number }
  | { k: 'credit'; who: number; amount: number }
  | { k: 'deleteSale'; pick: number }
  | { k: 'void'; who: number };

const who = fc.integer({ min: 0, max: 1 });
const amount = fc.integer({ min: 1, max: 2000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('sale' as const), who, credit: fc.integer({ min: 0, max: 1000 }) }),
  fc.record({ k: fc.constant('gift' as const), who }),
  fc.record({ k: fc.constant('pay' as const), who, amount }),
  fc.record({ k: fc.constant('credit' as const), who, amount }),
  fc.record({ k: fc.constant('deleteSale' as const), pick: fc.nat() }),
  fc.record({ k: fc.constant('void' as const), who }),
);

describe("her card's bare read", () => {
  it('reads what the Dexie queries read, after any sequence of sales, gifts and credit entries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 10 }), async (ops) => {
        db = freshDb();
        await db.settings.put(sellerSettings(NOW, { templates: {} }));
        const people = await twoCustomers();
        const product = await createProduct(db, productInput({ price: '1000' }), 'XOF');
        const sales: string[] = [];
        for (const o of ops) {
          const id = o.k === 'deleteSale' ? '' : people[o.who]!.id;
          if (o.k === 'sale') {
            const sale = await recordSale(db, {
              customerId: id,
              lines: [{ productId: product.id, quantity: 1 }],
              credit: o.credit ? { amountMinor: o.credit } : undefined,
            });
            sales.push(sale.id);
          } else if (o.k === 'gift') {
            await recordGift(
              db,
              { customerId: id, what: 'mangue', reason: 'fidelite', value: '' },
              'XOF',
            );
          } else if (o.k === 'pay') {
            await recordPayment(db, {
              customerId: id,
              amountMinor: o.amount,
              way: 'especes',
              note: '',
              receipt: false,
            });
          } else if (o.k === 'credit') {
            await addCredit(db, { customerId: id, amountMinor: o.amount, note: '' });
          } else if (o.k === 'deleteSale' && sales.length > 0) {
            await deleteSale(db, sales.splice(o.pick % sales.length, 1)[0]!);
          } else if (o.k === 'void') {
            const line = linesOf(await customerEntries(db, id)).find((l) => l.live);
            if (line) await voidEntry(db, { customerId: id, lineId: line.current.lineId });
          }
        }
        const idb = await nativeDb(db);
        for (const c of people)
          expect(await readCardBare(idb, c.id, NOW)).toEqual(await throughDexie(c.id));
        db.close();
      }),
      { numRuns: 25 },
    );
  });

  it('finds no one for an unknown id', async () => {
    await twoCustomers();
    expect(await readCardBare(await nativeDb(db), 'nobody', NOW)).toBeNull();
  });
});

describe('onTablesWritten', () => {
  it('says when one of its tables is written, and not for the others', async () => {
    const [awa] = await twoCustomers();
    const written: string[] = [];
    const stop = onTablesWritten(db, ['gifts'], () => written.push('gifts'));
    await db.outbox.put({
      id: 'm',
      kind: 'merci',
      text: 'Merci',
      status: 'pending',
      createdAt: 1,
      updatedAt: 1,
    });
    expect(written).toEqual([]);
    await recordGift(
      db,
      { customerId: awa.id, what: 'mangue', reason: 'fidelite', value: '' },
      'XOF',
    );
    expect(written).toEqual(['gifts']);
    stop();
    await recordGift(
      db,
      { customerId: awa.id, what: 'mangue', reason: 'fidelite', value: '' },
      'XOF',
    );
    expect(written).toEqual(['gifts']);
  });
});
