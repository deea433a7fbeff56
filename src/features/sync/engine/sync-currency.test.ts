import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  makePhone,
  memoryReplica,
  notebookOf,
  turnOn,
  type Phone,
} from '../../../test/sync-phones';
import { customerInput, productInput } from '../../../test/fixtures';
import { createCustomer } from '../../customers/commands';
import { createProduct, updateProduct } from '../../products/commands';
import { recordSale } from '../../sales/commands';
import { saveSeller } from '../../settings/commands';
import { docId, versionOfDoc } from './docs';
import type { Replica } from './replica';

const CI = { country: 'CI' };
const phones: Phone[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const p of phones.splice(0)) await p.close();
});

const seller = {
  sellerName: 'Maman Awa',
  sellerPhone: '',
  marketName: 'Treichville',
  marketDay: 6,
  language: 'fr' as const,
};
/** "Passer le carnet en …" in Réglages: Morocco (MAD, 2 decimals) or Belgium (EUR). */
const switchTo = (p: Phone, country: 'MA' | 'BE' | 'CI') =>
  saveSeller(p.db, { ...seller, country, changeCurrency: true });

async function setUp() {
  const server = memoryReplica();
  const a = await makePhone(server);
  const b = await makePhone(server);
  phones.push(a, b);
  await turnOn(a);
  await turnOn(b);
  const awa = await createCustomer(a.db, customerInput({ firstName: 'Awa' }), CI);
  const piment = await createProduct(a.db, productInput({ price: '1500' }), 'XOF');
  await recordSale(a.db, {
    customerId: awa.id,
    lines: [{ productId: piment.id, quantity: 1 }],
    credit: { amountMinor: 1500 },
  });
  await a.sync();
  await b.sync();
  return { server, a, b, awa, piment };
}

/** The figures a phone shows, in its currency's minor units. */
async function figures(p: Phone, customerId: string) {
  return {
    currency: (await p.db.settings.get('seller'))?.currency,
    prices: (await p.db.products.toArray()).map((x) => x.priceMinor),
    totals: (await p.db.sales.orderBy('at').toArray()).map((s) => s.totalMinor),
    entries: (await p.db.creditEntries.toArray()).map((e) => e.amountMinor),
    balance: (await p.db.customers.get(customerId))?.creditBalanceMinor,
  };
}

async function serverCurrency(server: Replica) {
  return (await server.get('notebook')).currency;
}

describe('a notebook switched to another currency on one phone', () => {
  it('switches the other phone once, figures kept, never rescaled twice', async () => {
    const { server, a, b, awa } = await setUp();
    await switchTo(a, 'MA');
    for (const p of [a, b, a, b]) expect(await p.sync()).toBe('synced');
    expect(await serverCurrency(server)).toBe('MAD');
    const mad = {
      currency: 'MAD',
      prices: [150_000],
      totals: [150_000],
      entries: [150_000],
      balance: 150_000,
    };
    expect(await figures(a, awa.id)).toEqual(mad);
    expect(await figures(b, awa.id)).toEqual(mad);
    expect(await notebookOf(b.db)).toEqual(await notebookOf(a.db));
    // The phone that followed kept a copy of its notebook in francs CFA first, and only one.
    const copies = await b.db.safetyCopies.toArray();
    expect(copies).toHaveLength(1);
    const copy = JSON.parse(await copies[0]!.file.text()) as {
      data: { settings: Array<{ currency: string }>; products: Array<{ priceMinor: number }> };
    };
    expect(copy.data.settings[0]?.currency).toBe('XOF');
    expect(copy.data.products.map((p) => p.priceMinor)).toEqual([1500]);
  });

  it('a sale made on the other phone before it heard of the switch is read in the new currency', async () => {
    const { a, b, awa } = await setUp();
    await switchTo(a, 'MA');
    // B, with no signal, still in francs CFA: a sale of 200.
    await recordSale(b.db, {
      customerId: awa.id,
      lines: [],
      manualTotalMinor: 200,
      at: Date.now() + 5,
    });
    // B's sale reaches the server first, written in XOF; then A publishes its switch.
    expect(await b.sync()).toBe('synced');
    expect(await a.sync()).toBe('synced');
    expect(await b.sync()).toBe('synced');
    expect(await a.sync()).toBe('synced');
    for (const p of [a, b]) expect((await figures(p, awa.id)).totals).toEqual([150_000, 20_000]);
    expect(await notebookOf(b.db)).toEqual(await notebookOf(a.db));
  });

  it('edits on either side of the switch stay: the other phone follows the switch without making its rows newer', async () => {
    const { a, b, awa, piment } = await setUp();
    await switchTo(a, 'MA');
    // After the switch, A sets the price at 2 000 MAD.
    await updateProduct(a.db, piment.id, productInput({ price: '2000' }), 'MAD');
    await a.sync();
    // B, still in XOF, records a sale, then receives the switch before sending it.
    await recordSale(b.db, {
      customerId: awa.id,
      lines: [],
      manualTotalMinor: 300,
      at: Date.now() + 5,
    });
    expect(await b.sync()).toBe('synced');
    expect(await a.sync()).toBe('synced');
    for (const p of [a, b])
      expect(await figures(p, awa.id)).toMatchObject({
        prices: [200_000],
        totals: [150_000, 30_000],
      });
    expect(await notebookOf(b.db)).toEqual(await notebookOf(a.db));
  });

  it('two phones that switched apart both end in the later switch’s currency, figures kept', async () => {
    const { a, b, awa } = await setUp();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 1000);
    await switchTo(a, 'MA');
    vi.setSystemTime(Date.now() + 1000);
    await switchTo(b, 'BE');
    for (const p of [a, b, a, b]) expect(await p.sync()).toBe('synced');
    for (const p of [a, b])
      expect(await figures(p, awa.id)).toMatchObject({ currency: 'EUR', totals: [150_000] });
    expect(await notebookOf(b.db)).toEqual(await notebookOf(a.db));
  });

  it('a document names the currency of its amounts, and is read in the reader’s', async () => {
    const { a, piment } = await setUp();
    const doc = await a.local.get(docId('products', piment.id));
    expect(doc.currency).toBe('XOF');
    const read = versionOfDoc(
      'products',
      { ...doc, _id: docId('products', piment.id) },
      Date.now(),
      {
        currency: 'MAD',
        untagged: 'XOF',
      },
    );
    expect(read).toMatchObject({ kind: 'row', row: { priceMinor: 150_000 } });
    const untagged = { ...doc, _id: docId('products', piment.id), currency: undefined };
    expect(
      versionOfDoc('products', untagged, Date.now(), { currency: 'MAD', untagged: 'XOF' }),
    ).toMatchObject({
      row: { priceMinor: 150_000 },
    });
    expect(
      versionOfDoc('products', { ...untagged, currency: 'XYZ1' }, Date.now(), {
        currency: 'MAD',
        untagged: 'XOF',
      }),
    ).toBe('unreadable');
  });
});
