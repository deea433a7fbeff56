import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  makePhone,
  memoryReplica,
  notebookOf,
  turnOn,
  twoPhones,
  type Phone,
} from '../../../test/sync-phones';
import { createCustomer, deleteCustomer, updateCustomer } from '../../customers/commands';
import { createProduct } from '../../products/commands';
import { recordSale } from '../../sales/commands';
import { customerInput, productInput } from '../../../test/fixtures';
import { docId } from './docs';

const CI = { country: 'CI' };
const phones: Phone[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const p of phones.splice(0)) await p.close();
});

describe('two phones, one notebook', () => {
  it('a customer made on A reaches B; one added on B reaches A', async () => {
    const { a, b } = await twoPhones(phones);
    const awa = await createCustomer(a.db, customerInput({ firstName: 'Awa' }), CI);
    expect(await a.sync()).toBe('synced');
    expect(await b.sync()).toBe('synced');
    const received = await b.db.customers.get(awa.id);
    expect(received).toEqual(awa);

    const zo = await createCustomer(b.db, customerInput({ firstName: 'Zoé' }), CI);
    await b.sync();
    await a.sync();
    expect((await a.db.customers.get(zo.id))?.firstName).toBe('Zoé');
    expect(await notebookOf(a.db)).toEqual(await notebookOf(b.db));
  });

  it('sends only what changed: a second round with nothing new writes nothing', async () => {
    const { server, a } = await twoPhones(phones);
    await createCustomer(a.db, customerInput({ firstName: 'Awa' }), CI);
    await a.sync();
    const seq = (await server.info()).update_seq;
    await a.sync();
    expect((await server.info()).update_seq).toBe(seq);
    expect(await a.db.syncQueue.count()).toBe(0);
  });

  it('a deletion on A leaves B, with its sales kept as "client de passage"', async () => {
    const { a, b } = await twoPhones(phones);
    const awa = await createCustomer(a.db, customerInput({ firstName: 'Awa' }), CI);
    const piment = await createProduct(a.db, productInput(), 'XOF');
    const sale = await recordSale(a.db, {
      customerId: awa.id,
      lines: [{ productId: piment.id, quantity: 2 }],
    });
    await a.sync();
    await b.sync();
    expect(await b.db.sales.get(sale.id)).toBeDefined();

    await deleteCustomer(a.db, awa.id);
    await a.sync();
    await b.sync();
    expect(await b.db.customers.get(awa.id)).toBeUndefined();
    expect(await b.db.tombstones.get(['customers', awa.id])).toBeDefined();
    expect((await b.db.sales.get(sale.id))?.customerId).toBeUndefined();
    expect(await notebookOf(a.db)).toEqual(await notebookOf(b.db));
  });

  it('both edit one customer offline: every phone ends with the newer edit, no conflict left', async () => {
    const { server, a, b } = await twoPhones(phones);
    const awa = await createCustomer(a.db, customerInput({ firstName: 'Awa' }), CI);
    await a.sync();
    await b.sync();
    await updateCustomer(a.db, awa.id, customerInput({ firstName: 'Awa', notes: 'de A' }), CI);
    await new Promise((r) => setTimeout(r, 5));
    await updateCustomer(b.db, awa.id, customerInput({ firstName: 'Awa', notes: 'de B' }), CI);
    await a.sync();
    await b.sync();
    await a.sync();
    for (const p of [a, b]) expect((await p.db.customers.get(awa.id))?.notes).toBe('de B');
    const doc = await server.get(docId('customers', awa.id));
    expect(doc.notes).toBe('de B');
    const leaves = await server.get(docId('customers', awa.id), {
      open_revs: 'all',
      attachments: true,
    });
    expect(leaves.filter((l) => l.ok && !l.ok._deleted)).toHaveLength(1);
  });

  it('an edit made on a phone whose clock runs behind still wins over the version it changed', async () => {
    const { a, b } = await twoPhones(phones);
    const awa = await createCustomer(a.db, customerInput({ firstName: 'Awa' }), CI);
    await a.sync();
    await b.sync();
    // B's clock runs five minutes ahead: its edit carries a time A has not reached yet.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 5 * 60_000);
    await updateCustomer(b.db, awa.id, customerInput({ firstName: 'Awa', notes: 'de B' }), CI);
    await b.sync();
    vi.setSystemTime(Date.now() - 5 * 60_000);
    await a.sync();
    // Then A's seller, seeing "de B", writes over it: hers is the newer change.
    await updateCustomer(a.db, awa.id, customerInput({ firstName: 'Awa', notes: 'de A' }), CI);
    await a.sync();
    await b.sync();
    await a.sync();
    vi.useRealTimers();
    for (const p of [a, b]) expect((await p.db.customers.get(awa.id))?.notes).toBe('de A');
    // And a deletion there removes the version stamped ahead, on both.
    await deleteCustomer(a.db, awa.id);
    await a.sync();
    await b.sync();
    for (const p of [a, b]) expect(await p.db.customers.get(awa.id)).toBeUndefined();
  });

  it('a deletion later than the other phone’s edit wins; an edit later than a deletion wins', async () => {
    const { a, b } = await twoPhones(phones);
    const one = await createCustomer(a.db, customerInput({ firstName: 'Un' }), CI);
    const two = await createCustomer(a.db, customerInput({ firstName: 'Deux' }), CI);
    await a.sync();
    await b.sync();
    await updateCustomer(b.db, one.id, customerInput({ firstName: 'Un', notes: 'édité' }), CI);
    await deleteCustomer(a.db, two.id);
    await new Promise((r) => setTimeout(r, 5));
    await deleteCustomer(a.db, one.id);
    await updateCustomer(b.db, two.id, customerInput({ firstName: 'Deux', notes: 'revenue' }), CI);
    await b.sync();
    await a.sync();
    await b.sync();
    for (const p of [a, b]) {
      expect(await p.db.customers.get(one.id)).toBeUndefined();
      expect((await p.db.customers.get(two.id))?.notes).toBe('revenue');
    }
    expect(await notebookOf(a.db)).toEqual(await notebookOf(b.db));
  });

  it('a phone in another currency with records exchanges nothing; an empty one takes the notebook’s', async () => {
    const server = memoryReplica();
    const a = await makePhone(server);
    const b = await makePhone(server, { country: 'MA', currency: 'MAD' });
    const c = await makePhone(server, { country: 'MA', currency: 'MAD' });
    phones.push(a, b, c);
    for (const p of [a, b, c]) await turnOn(p);
    await createCustomer(a.db, customerInput({ firstName: 'Awa' }), CI);
    await a.sync();
    await createCustomer(b.db, customerInput({ firstName: 'Fatima' }), { country: 'MA' });
    expect(await b.sync()).toBe('currency');
    expect(await b.db.sync.get('status')).toMatchObject({
      kind: 'currency',
      serverCurrency: 'XOF',
    });
    expect(await b.db.customers.count()).toBe(1);
    expect((await server.info()).doc_count).toBe(2);

    expect(await c.sync()).toBe('synced');
    expect((await c.db.settings.get('seller'))?.currency).toBe('XOF');
    expect(await c.db.customers.count()).toBe(1);
  });

  it('with no signal, says so and touches nothing', async () => {
    const { server, a } = await twoPhones(phones);
    await createCustomer(a.db, customerInput({ firstName: 'Awa' }), CI);
    expect(await a.sync({ online: () => false })).toBe('offline');
    expect((await server.info()).doc_count).toBe(0);
    // Still waiting to be handed over: the whole comparison asked at "Activer", and Awa.
    expect(await a.db.syncQueue.count()).toBe(2);
  });
});
