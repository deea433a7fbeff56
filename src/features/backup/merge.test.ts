import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb, type AssohDB } from '../../db/db';
import { readBackupText } from '../../db/restore';
import { customerInput, productInput } from '../../test/fixtures';
import { createCustomer, deleteCustomer, updateCustomer } from '../customers/commands';
import { queueMessages } from '../outbox/commands';
import { createProduct } from '../products/commands';
import { recordSale } from '../sales/commands';
import { createBackup, planMerge, restoreBackup } from './commands';
import { sellerSettings } from './fixtures';
import { readSnapshot } from '../../db/safety-copies';
import { listSafetyCopies } from './queries';

const opened: AssohDB[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of opened.splice(0)) await d.delete();
});

let clock = Date.UTC(2026, 10, 20);
async function phone(): Promise<AssohDB> {
  const db = createDb(`merge-${crypto.randomUUID()}`);
  opened.push(db);
  await db.settings.put(sellerSettings(clock));
  return db;
}
async function send(from: AssohDB, to: AssohDB) {
  const file = await createBackup(from, { includePhotos: true, now: clock });
  return restoreBackup(to, await readBackupText(file.text, clock), 'merge', undefined, clock);
}
const CI = { country: 'CI' };

describe('merge', () => {
  it('two phones renaming one customer on the same millisecond end with the same name', async () => {
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const [a, b] = [await phone(), await phone()];
    const awa = await createCustomer(a, customerInput({ firstName: 'Awa' }), CI);
    await send(a, b);
    clock += 1;
    await updateCustomer(a, awa.id, customerInput({ firstName: 'Awa Koné' }), CI);
    await updateCustomer(b, awa.id, customerInput({ firstName: 'Awa Traoré' }), CI);
    await send(a, b);
    await send(b, a);
    const [x, y] = [await a.customers.get(awa.id), await b.customers.get(awa.id)];
    expect(x?.firstName).toBe(y?.firstName);
    // The rule's tie-break: the greater canonical JSON, the same on every phone.
    expect(x?.firstName).toBe('Awa Traoré');
  });

  it('a customer deleted after the backup was made does not come back with it', async () => {
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const [a, b] = [await phone(), await phone()];
    const awa = await createCustomer(a, customerInput({ firstName: 'Awa' }), CI);
    const file = await createBackup(a, { includePhotos: true, now: clock });
    clock += 60_000;
    await deleteCustomer(a, awa.id);
    const result = await restoreBackup(a, await readBackupText(file.text, clock), 'merge');
    expect(result).toMatchObject({ added: 0, updated: 0, kept: 1 });
    expect(await a.customers.get(awa.id)).toBeUndefined();
    // …and an edit made after the deletion, on the other phone, does bring her back.
    await send(a, b);
    expect(await b.customers.count()).toBe(0);
  });

  it('shows its plan first, writes exactly it, keeps a safety copy and the seller’s settings', async () => {
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const [a, b] = [await phone(), await phone()];
    await b.settings.put(
      sellerSettings(clock, { sellerName: 'Tantie Bintou', marketName: 'Adjamé' }),
    );
    const awa = await createCustomer(a, customerInput({ firstName: 'Awa' }), CI);
    await createCustomer(a, customerInput({ firstName: 'Koffi' }), CI);
    await send(a, b);
    clock += 1000;
    await createCustomer(a, customerInput({ firstName: 'Fatou' }), CI);
    await updateCustomer(a, awa.id, customerInput({ firstName: 'Awa', nickname: 'Zongo' }), CI);
    await deleteCustomer(b, (await b.customers.where('nameKey').equals('koffi').first())!.id);
    clock += 1000;
    await createCustomer(b, customerInput({ firstName: 'Kouamé' }), CI);
    const file = await readBackupText(
      (await createBackup(a, { includePhotos: true, now: clock })).text,
      clock,
    );

    const before = await readSnapshot(b);
    const plan = await planMerge(b, file);
    expect(await readSnapshot(b)).toStrictEqual(before);
    // Fatou is new, Awa newer in the file; Koffi, deleted here after the file's version, stays gone.
    expect(plan).toEqual({ added: 1, updated: 1, deleted: 0, kept: 1, dropped: 0 });

    const result = await restoreBackup(b, file, 'merge', undefined, clock);
    expect(result).toEqual({ mode: 'merge', ...plan });
    expect((await b.customers.toArray()).map((c) => c.firstName).sort()).toEqual([
      'Awa',
      'Fatou',
      'Kouamé',
    ]);
    expect((await b.settings.get('seller'))?.sellerName).toBe('Tantie Bintou');
    const [copy] = await listSafetyCopies(b);
    expect(copy).toMatchObject({ customers: 2, createdAt: clock });
  });

  it('a sale of a customer deleted on the other phone stays, as “client de passage”', async () => {
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const [a, b] = [await phone(), await phone()];
    const p = await createProduct(a, productInput(), 'XOF');
    const awa = await createCustomer(a, customerInput({ firstName: 'Awa' }), CI);
    await send(a, b);
    clock += 1000;
    // Phone b sells to Awa and prepares a thank-you, while phone a deletes her.
    const sale = await recordSale(b, {
      customerId: awa.id,
      lines: [{ productId: p.id, quantity: 1 }],
    });
    await queueMessages(b, [{ customerId: awa.id, kind: 'merci', text: 'Merci', saleId: sale.id }]);
    clock += 1000;
    await deleteCustomer(a, awa.id);
    const plan = await send(a, b);
    expect(plan).toMatchObject({ deleted: 2 });
    expect(await b.customers.count()).toBe(0);
    expect(await b.outbox.count()).toBe(0);
    expect(await b.sales.get(sale.id)).toMatchObject({ totalMinor: 500, updatedAt: clock });
    expect(await b.sales.get(sale.id)).not.toHaveProperty('customerId');
    await send(b, a);
    expect(await a.sales.get(sale.id)).toEqual(await b.sales.get(sale.id));
  });

  it('a file in another currency is refused and changes nothing; a replace brings its currency', async () => {
    const [a, b] = [await phone(), await phone()];
    await b.settings.put(sellerSettings(clock, { country: 'MA', currency: 'MAD' }));
    await createCustomer(a, customerInput({ firstName: 'Awa' }), CI);
    await createCustomer(b, customerInput({ firstName: 'Fatima' }), { country: 'MA' });
    const file = await readBackupText(
      (await createBackup(a, { includePhotos: true, now: clock })).text,
    );
    const before = await readSnapshot(b);
    expect.assertions(4);
    await expect(planMerge(b, file)).rejects.toMatchObject({
      key: 'backup.errorCurrency',
      params: { file: 'FCFA', mine: 'MAD' },
    });
    await expect(restoreBackup(b, file, 'merge')).rejects.toMatchObject({
      key: 'backup.errorCurrency',
    });
    expect(await readSnapshot(b)).toStrictEqual(before);
    await restoreBackup(b, file, 'replace');
    expect((await b.settings.get('seller'))?.currency).toBe('XOF');
  });
});
