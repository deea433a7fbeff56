import { afterEach, describe, expect, it } from 'vitest';
import { notebookOf, twoPhones, type Phone } from '../../../test/sync-phones';
import { customerInput } from '../../../test/fixtures';
import { correctEntry, recordPayment } from '../../credit/commands';
import { createCustomer } from '../../customers/commands';
import { recordSale } from '../../sales/commands';

const CI = { country: 'CI' };
const phones: Phone[] = [];
afterEach(async () => {
  for (const p of phones.splice(0)) await p.close();
});

const pay = (customerId: string, amountMinor: number) => ({
  customerId,
  amountMinor,
  way: 'especes' as const,
  note: '',
  receipt: false,
});

/** Her balance as cached on her row, and as her entries add up on the same phone. */
async function balanceOn(p: Phone, id: string) {
  return (await p.db.customers.get(id))?.creditBalanceMinor;
}

describe('the credit book through sync', () => {
  it('a sale on credit on A shows as owed on B; B’s payment brings A the new balance', async () => {
    const { a, b } = await twoPhones(phones);
    const awa = await createCustomer(a.db, customerInput({ firstName: 'Awa' }), CI);
    await recordSale(a.db, {
      customerId: awa.id,
      lines: [],
      manualTotalMinor: 1500,
      credit: { amountMinor: 1500 },
    });
    await a.sync();
    await b.sync();
    expect(await b.db.creditEntries.count()).toBe(1);
    expect(await balanceOn(b, awa.id)).toBe(1500);

    await recordPayment(b.db, pay(awa.id, 500));
    await b.sync();
    await a.sync();
    expect(await balanceOn(a, awa.id)).toBe(1000);
    expect(await notebookOf(a.db)).toEqual(await notebookOf(b.db));
  });

  it('payments made on both phones with no signal both count; a correction travels as a new entry', async () => {
    const { a, b } = await twoPhones(phones);
    const awa = await createCustomer(a.db, customerInput({ firstName: 'Awa' }), CI);
    await recordSale(a.db, {
      customerId: awa.id,
      lines: [],
      manualTotalMinor: 2000,
      credit: { amountMinor: 2000 },
    });
    await a.sync();
    await b.sync();
    await recordPayment(a.db, pay(awa.id, 500));
    const { entry } = await recordPayment(b.db, pay(awa.id, 300));
    for (const p of [a, b, a]) await p.sync();
    for (const p of [a, b]) {
      expect(await p.db.creditEntries.count()).toBe(3);
      expect(await balanceOn(p, awa.id)).toBe(1200);
    }
    // B typed 300 for 400: the correction is one more entry, the first stays (struck through).
    await correctEntry(
      b.db,
      { customerId: awa.id, lineId: entry.lineId },
      { amountMinor: 400, note: '' },
    );
    await b.sync();
    await a.sync();
    expect(await a.db.creditEntries.count()).toBe(4);
    expect(await balanceOn(a, awa.id)).toBe(1100);
    expect(await notebookOf(a.db)).toEqual(await notebookOf(b.db));
  });
});
