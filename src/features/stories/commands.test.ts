import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type AssohDB } from '../../db/db';
import type { Customer } from '../../lib/domain';
import { UserError } from '../../i18n/errors';
import { fold } from '../../lib/text';
import { deletePhoto, savePhoto } from './commands';
import {
  getPhoto,
  getThankedFirstName,
  listStoryProducts,
  listThankableCustomers,
} from './queries';

let db: AssohDB;
beforeEach(() => {
  db = createDb(`stories-${crypto.randomUUID()}`);
});

const jpeg = (bytes: number) => new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });

describe('savePhoto', () => {
  it('keeps a downsized photo as a Blob in the photos table', async () => {
    const id = await savePhoto(db, { blob: jpeg(180_000), width: 1080, height: 810 });
    const photo = await getPhoto(db, id);
    expect(photo).toMatchObject({ id, width: 1080, height: 810 });
    expect(photo?.blob.size).toBe(180_000);
  });

  it('a photo replaced or taken off goes in the same step, with a tombstone', async () => {
    const first = await savePhoto(db, { blob: jpeg(1000), width: 10, height: 10 });
    const second = await savePhoto(db, { blob: jpeg(1000), width: 10, height: 10 }, first);
    expect(await db.photos.toCollection().primaryKeys()).toEqual([second]);
    await deletePhoto(db, second);
    expect(await db.photos.count()).toBe(0);
    expect((await db.tombstones.toArray()).map((t) => t.id).sort()).toEqual([first, second].sort());
  });

  it('refuses a full-size photo and a file that is not an image, and writes nothing', async () => {
    expect.assertions(4);
    await expect(
      savePhoto(db, { blob: jpeg(3_000_000), width: 1080, height: 810 }),
    ).rejects.toMatchObject({ key: 'stories.photoTooBig' });
    await expect(savePhoto(db, { blob: jpeg(1000), width: 4000, height: 3000 })).rejects.toThrow(
      UserError,
    );
    await expect(
      savePhoto(db, { blob: new Blob(['x'], { type: 'text/plain' }), width: 10, height: 10 }),
    ).rejects.toMatchObject({ key: 'stories.photoNotImage' });
    expect(await db.photos.count()).toBe(0);
  });
});

describe('queries', () => {
  const customer = (
    id: string,
    firstName: string,
    acceptsMessages: boolean,
    nickname?: string,
  ): Customer => ({
    id,
    firstName,
    nickname,
    acceptsMessages,
    channel: 'whatsapp',
    searchWords: [],
    nameKey: fold(`${firstName} ${nickname ?? ''}`),
    lastSeenAt: 1,
    createdAt: 1,
    updatedAt: 1,
  });

  it('offers for a thank-you card only the customers who accept messages', async () => {
    await db.customers.bulkAdd([
      customer('1', 'Élise', true),
      customer('2', 'Awa', true, 'du quartier Zongo'),
      customer('3', 'Bintou', false),
      customer('4', 'Awa', true, 'la dame au foulard bleu'),
    ]);
    expect(await listThankableCustomers(db)).toEqual([
      { id: '2', firstName: 'Awa', nickname: 'du quartier Zongo' },
      { id: '4', firstName: 'Awa', nickname: 'la dame au foulard bleu' },
      { id: '1', firstName: 'Élise', nickname: undefined },
    ]);
    expect(await getThankedFirstName(db, '1')).toBe('Élise');
    // Even through a stale link, a customer who said no is never named.
    expect(await getThankedFirstName(db, '3')).toBeNull();
    expect(await getThankedFirstName(db, 'gone')).toBeNull();
  });

  it('lists the products by name, and copes with none', async () => {
    expect(await listStoryProducts(db)).toEqual([]);
    const p = { priceMinor: 500, unit: 'tas', available: true, createdAt: 1, updatedAt: 1 };
    await db.products.bulkAdd([
      { ...p, id: 'b', name: 'Tomates', nameKey: 'tomates' },
      { ...p, id: 'a', name: 'Piment frais', nameKey: 'piment frais' },
    ]);
    expect((await listStoryProducts(db)).map((x) => x.name)).toEqual(['Piment frais', 'Tomates']);
  });
});
