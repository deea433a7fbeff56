/**
 * The merge rule, proved over random histories: two phones of one seller edit, delete and merge
 * each other's backup files in any order, through the app's own commands and the real
 * backup-file path. Whatever happened, merging a file twice changes nothing the second time, and
 * once files went both ways the two notebooks are the same. The clock ticks by 0 or 1 ms, so
 * edits and deletions on the same millisecond (the tie-break) happen all the time.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb, type AssohDB } from '../../db/db';
import { readBackupText } from '../../db/restore';
import { RECORD_TABLES } from '../../lib/domain';
import { canonicalJson } from '../../lib/merge';
import { customerInput, productInput } from '../../test/fixtures';
import { createCustomer, deleteCustomer, updateCustomer } from '../customers/commands';
import { recordGift, deleteGift } from '../gifts/commands';
import { deleteMessage, queueMessages } from '../outbox/commands';
import { createProduct, deleteProduct } from '../products/commands';
import { createReservation, fulfilReservation } from '../reservations/commands';
import { deleteSale, recordSale } from '../sales/commands';
import { createBackup, restoreBackup } from './commands';
import { sellerSettings } from './fixtures';
import { readSnapshot } from '../../db/safety-copies';

const opened: AssohDB[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of opened.splice(0)) await d.delete();
});

type Op =
  | { kind: 'customer'; name: string }
  | { kind: 'rename'; pick: number; name: string }
  | { kind: 'deleteCustomer'; pick: number }
  | { kind: 'sale'; pick: number; quantity: number }
  | { kind: 'deleteSale'; pick: number }
  | { kind: 'gift'; pick: number }
  | { kind: 'deleteGift'; pick: number }
  | { kind: 'reserve'; pick: number }
  | { kind: 'fulfil'; pick: number }
  | { kind: 'message'; pick: number }
  | { kind: 'deleteMessage'; pick: number }
  | { kind: 'deleteProduct' }
  | { kind: 'tick'; ms: 0 | 1 };

const pick = fc.nat(20);
const name = fc.constantFrom('Awa', 'Adèle', 'Koffi', 'Fatou', 'Zoé');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('customer' as const), name }),
  fc.record({ kind: fc.constant('rename' as const), pick, name }),
  fc.record({ kind: fc.constant('deleteCustomer' as const), pick }),
  fc.record({ kind: fc.constant('sale' as const), pick, quantity: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('deleteSale' as const), pick }),
  fc.record({ kind: fc.constant('gift' as const), pick }),
  fc.record({ kind: fc.constant('deleteGift' as const), pick }),
  fc.record({ kind: fc.constant('reserve' as const), pick }),
  fc.record({ kind: fc.constant('fulfil' as const), pick }),
  fc.record({ kind: fc.constant('message' as const), pick }),
  fc.record({ kind: fc.constant('deleteMessage' as const), pick }),
  fc.constant({ kind: 'deleteProduct' as const }),
  fc.record({ kind: fc.constant('tick' as const), ms: fc.constantFrom(0 as const, 1 as const) }),
);

/**
 * A step of the story: one phone acts; both act on the same millisecond (the ties the rule must
 * settle alike on both); or a file goes from one phone to the other.
 */
type Step = { phone: 0 | 1; op: Op } | { both: [Op, Op] } | { merge: 0 | 1 };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ phone: fc.constantFrom(0 as const, 1 as const), op }) },
  {
    weight: 2,
    // The same row, as two phones each touching "Awa" between two exchanges.
    arbitrary: fc.tuple(op, op).map(([x, y]) => ({
      both: [x, 'pick' in x && 'pick' in y ? { ...y, pick: x.pick } : y] as [Op, Op],
    })),
  },
  { weight: 2, arbitrary: fc.record({ merge: fc.constantFrom(0 as const, 1 as const) }) },
);

let clock = 0;

const START: Op[] = [
  { kind: 'customer', name: 'Awa' },
  { kind: 'customer', name: 'Adèle' },
  { kind: 'customer', name: 'Koffi' },
  { kind: 'sale', pick: 0, quantity: 1 },
  { kind: 'sale', pick: 1, quantity: 2 },
  { kind: 'gift', pick: 2 },
  { kind: 'reserve', pick: 1 },
  { kind: 'message', pick: 0 },
];
const CI = { country: 'CI' };

async function nth<T>(rows: Promise<T[]>, n: number): Promise<T | undefined> {
  const list = await rows;
  return list.length ? list[n % list.length] : undefined;
}

async function apply(db: AssohDB, o: Op): Promise<void> {
  const customer = () => nth(db.customers.orderBy('id').toArray(), 'pick' in o ? o.pick : 0);
  switch (o.kind) {
    case 'tick':
      clock += o.ms;
      return;
    case 'customer':
      await createCustomer(db, customerInput({ firstName: o.name }), CI);
      return;
    case 'rename': {
      const c = await customer();
      if (c) await updateCustomer(db, c.id, customerInput({ firstName: o.name }), CI);
      return;
    }
    case 'deleteCustomer': {
      const c = await customer();
      if (c) await deleteCustomer(db, c.id);
      return;
    }
    case 'sale': {
      const [c, p] = [await customer(), await db.products.toCollection().first()];
      if (p)
        await recordSale(db, {
          customerId: c?.id,
          lines: [{ productId: p.id, quantity: o.quantity }],
        });
      return;
    }
    case 'deleteSale': {
      const s = await nth(db.sales.orderBy('id').toArray(), o.pick);
      if (s) await deleteSale(db, s.id);
      return;
    }
    case 'gift': {
      const c = await customer();
      await recordGift(
        db,
        { customerId: c?.id, what: 'mangue', reason: 'fidelite', value: '100' },
        'XOF',
      );
      return;
    }
    case 'deleteGift': {
      const g = await nth(db.gifts.orderBy('id').toArray(), o.pick);
      if (g) await deleteGift(db, g.id);
      return;
    }
    case 'reserve': {
      const [c, p] = [await customer(), await db.products.toCollection().first()];
      if (c && p)
        await createReservation(db, { customerId: c.id, productId: p.id, quantity: '2', note: '' });
      return;
    }
    case 'fulfil': {
      const r = await nth(
        db.reservations.where('status').anyOf('waiting', 'ready').toArray(),
        o.pick,
      );
      if (r && (await db.products.get(r.productId))) await fulfilReservation(db, r.id);
      return;
    }
    case 'message': {
      const c = await customer();
      if (c)
        await queueMessages(db, [
          { customerId: c.id, kind: 'nouvelles', text: `Bonjour ${c.firstName}` },
        ]);
      return;
    }
    case 'deleteMessage': {
      const m = await nth(db.outbox.orderBy('id').toArray(), o.pick);
      if (m) await deleteMessage(db, m.id);
      return;
    }
    case 'deleteProduct': {
      const p = await db.products.toCollection().first();
      if (p) await deleteProduct(db, p.id);
    }
  }
}

/** Sends phone `from`'s notebook to `to` as a backup file, and merges it. */
async function sendFile(from: AssohDB, to: AssohDB) {
  const file = await createBackup(from, { includePhotos: true, now: clock });
  const read = await readBackupText(file.text, clock);
  return { read, result: await restoreBackup(to, read, 'merge', undefined, clock) };
}

/**
 * The notebook itself: every record table and the tombstones (settings are each phone's), as
 * canonical JSON: a field the app stored as undefined and one a file left out are the same.
 */
async function notebook(db: AssohDB) {
  const s = await readSnapshot(db);
  const sort = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : 1)).map((r) => canonicalJson(r));
  return {
    ...Object.fromEntries(RECORD_TABLES.map((t) => [t, sort(s[t] as Array<{ id: string }>)])),
    tombstones: [...s.tombstones].sort((a, b) =>
      `${a.table}/${a.id}` < `${b.table}/${b.id}` ? -1 : 1,
    ),
  };
}

describe('merging two phones (property)', () => {
  it('merging twice changes nothing, and files exchanged both ways leave the same notebook', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 25 }), async (steps) => {
        clock = Date.UTC(2026, 10, 20);
        vi.spyOn(Date, 'now').mockImplementation(() => clock);
        const phones = [
          createDb(`prop-${crypto.randomUUID()}`),
          createDb(`prop-${crypto.randomUUID()}`),
        ] as const;
        opened.push(...phones);
        for (const db of phones) {
          await db.settings.put(sellerSettings(clock));
        }
        // A notebook both phones know (the first phone's, sent over): the story edits its rows.
        await createProduct(phones[0], productInput(), 'XOF');
        for (const o of START) await apply(phones[0], o);
        await sendFile(phones[0], phones[1]);

        for (const s of steps) {
          if ('merge' in s) await sendFile(phones[s.merge], phones[1 - s.merge] as AssohDB);
          else if ('both' in s) {
            await apply(phones[0], s.both[0]);
            await apply(phones[1], s.both[1]);
          } else await apply(phones[s.phone], s.op);
        }

        // The same file merged again changes nothing.
        const { read } = await sendFile(phones[0], phones[1]);
        const once = await notebook(phones[1]);
        const again = await restoreBackup(phones[1], read, 'merge', undefined, clock);
        expect(again).toMatchObject({ added: 0, updated: 0, deleted: 0, dropped: 0 });
        expect(await notebook(phones[1])).toStrictEqual(once);

        // Back the other way: both phones hold one notebook.
        await sendFile(phones[1], phones[0]);
        expect(await notebook(phones[0])).toStrictEqual(await notebook(phones[1]));
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
