import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb, type AssohDB } from '../../db/db';
import { readBackupText } from '../../db/restore';
import { customerInput } from '../../test/fixtures';
import { createCustomer, deleteCustomer, updateCustomer } from '../customers/commands';
import { createBackup, restoreBackup } from './commands';
import { sellerSettings } from './fixtures';

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
});
