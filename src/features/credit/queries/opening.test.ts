import { beforeEach, describe, expect, it } from 'vitest';
import type { AssohDB } from '../../../db/db';
import { customerInput, freshDb } from '../../../test/fixtures';
import { sellerSettings } from '../../backup/fixtures';
import { createCustomer } from '../../customers/commands';
import { addCredit, recordPayment } from '../commands';
import { creditOpening, primeCreditOpening, showCreditOpening } from './opening';

let db: AssohDB;
let id: string;
beforeEach(async () => {
  db = freshDb();
  await db.settings.put(sellerSettings(Date.now(), { templates: {} }));
  id = (await createCustomer(db, customerInput(), { country: 'CI' })).id;
  await addCredit(db, { customerId: id, amountMinor: 600, note: '' });
});

const pay = (amountMinor: number) =>
  recordPayment(db, { customerId: id, amountMinor, way: 'especes', note: '', receipt: false });

describe('the Crédits screen reads its figures once per opening', () => {
  it('gives each try of the first frame the same read, and a new opening a new one', async () => {
    const first = creditOpening(db, 'visit-1', 'oldest');
    expect(creditOpening(db, 'visit-1', 'oldest')).toBe(first);
    expect((await first).totalMinor).toBe(600);
    const leave = showCreditOpening(db, 'visit-1', 'oldest', first);
    leave();
    await pay(100);
    expect((await creditOpening(db, 'visit-2', 'oldest')).totalMinor).toBe(500);
  });

  it('never shows a read made before a write, unless that read is already on screen', async () => {
    const waiting = creditOpening(db, 'visit-1', 'oldest');
    const shown = creditOpening(db, 'visit-2', 'oldest');
    showCreditOpening(db, 'visit-2', 'oldest', shown);
    await Promise.all([waiting, shown]);
    await pay(100);
    // Not yet on screen: read again, with the payment.
    expect((await creditOpening(db, 'visit-1', 'oldest')).totalMinor).toBe(500);
    // On screen: it stays as drawn (no blank screen while it would read again).
    expect(creditOpening(db, 'visit-2', 'oldest')).toBe(shown);
  });

  it('takes over the read started by the tap, unless something was written since', async () => {
    primeCreditOpening(db, 'oldest');
    const taken = creditOpening(db, 'visit-1', 'oldest');
    expect((await taken).totalMinor).toBe(600);
    primeCreditOpening(db, 'oldest');
    await pay(200);
    expect((await creditOpening(db, 'visit-2', 'oldest')).totalMinor).toBe(400);
  });

  it('reads the order asked, not the one the tap guessed', async () => {
    primeCreditOpening(db, 'oldest');
    const biggest = creditOpening(db, 'visit-1', 'biggest');
    expect(creditOpening(db, 'visit-1', 'biggest')).toBe(biggest);
    expect((await biggest).others.map((d) => d.id)).toEqual([id]);
  });
});
