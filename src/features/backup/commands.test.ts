import packageJson from '../../../package.json?raw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type AssohDB } from '../../db/db';
import {
  BACKUP_FORMAT_VERSION,
  readBackupText,
  sha256Hex,
  type ReadBackup,
} from '../../db/restore';
import { isQuotaError } from '../../lib/errors';
import { keepFiguresInNewCurrency } from '../../db/currency';
import { createBackup, markBackupDone, restoreBackup, type RestoreMode } from './commands';
import { inspectJob, planJob, restoreJob } from './backup-jobs';
import { fillNotebook, sellerSettings } from './fixtures';
import { APP_VERSION } from '../../db/backup-format';
import { keepCopyBeforeChange, readSnapshot } from '../../db/safety-copies';
import { listSafetyCopies } from './queries';

let db: AssohDB;
const opened: AssohDB[] = [];
function fresh(): AssohDB {
  const d = createDb(`backup-${crypto.randomUUID()}`);
  opened.push(d);
  return d;
}
beforeEach(() => {
  db = fresh();
});
afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

const NOW = Date.UTC(2026, 10, 22, 12);

/** The newest automatic copy, checked against `expected`, restored in place of the notebook. */
async function restoreNewestCopy(
  d: AssohDB,
  expected: { customers: number; sales: number; createdAt: number },
  at: number,
): Promise<void> {
  const [copy] = await listSafetyCopies(d);
  expect(copy).toMatchObject(expected);
  await restoreBackup(d, await readBackupText(await copy!.file.text()), 'replace', undefined, at);
}
type Data = {
  customers: Array<Record<string, unknown>>;
  sales: Array<Record<string, unknown>>;
  settings: Array<Record<string, unknown>>;
};

describe('backup then restore', () => {
  it('gives back identical data on a fresh phone: accents, emoji, quotes, long notes, photos', async () => {
    await fillNotebook(db, { customers: 120, sales: 900 });
    await db.photos.add({
      id: 'ph1',
      blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2, 250])], { type: 'image/jpeg' }),
      width: 1080,
      height: 1920,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const file = await createBackup(db, { includePhotos: true, now: NOW });
    expect(file.fileName).toBe('assoh-sauvegarde-2026-11-22.json');
    expect(file.header).toMatchObject({
      format: 'assoh-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: APP_VERSION,
      photos: 'included',
      counts: { customers: 120, sales: 900, products: 4, settings: 1, photos: 1 },
    });

    const other = fresh();
    await restoreBackup(other, await readBackupText(file.text), 'replace', undefined, NOW);
    const before = await readSnapshot(db);
    const after = await readSnapshot(other);
    const { photos: photosBefore, ...rowsBefore } = before;
    const { photos: photosAfter, settings: settingsAfter, ...rowsAfter } = after;
    const { settings: settingsBefore, ...rest } = rowsBefore;
    expect(rowsAfter).toStrictEqual(rest);
    // The restored file is itself the phone's latest backup.
    expect(settingsAfter).toStrictEqual([{ ...settingsBefore[0], lastBackupAt: NOW }]);
    expect(after.customers.some((c) => c.notes && c.notes.length > 900)).toBe(true);
    expect(photosAfter.map((p) => p.id)).toEqual(photosBefore.map((p) => p.id));
    const bytes = new Uint8Array(await photosAfter[0]!.blob.arrayBuffer());
    expect([...bytes]).toEqual([0xff, 0xd8, 0xff, 0, 1, 2, 250]);
    expect(photosAfter[0]!.blob.type).toBe('image/jpeg');
  });

  it('leaves photos out on request, and says so in the file', async () => {
    await fillNotebook(db, { customers: 2, sales: 2 });
    await db.photos.add({
      id: 'ph1',
      blob: new Blob(['x'], { type: 'image/png' }),
      width: 1,
      height: 1,
      createdAt: 1,
      updatedAt: 1,
    });
    const file = await createBackup(db, { includePhotos: false, now: NOW });
    expect(file.header.photos).toBe('omitted');
    expect((await readBackupText(file.text)).data.photos).toEqual([]);
  });

  it('keeps APP_VERSION in step with package.json', () => {
    const pkg = JSON.parse(packageJson) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});

describe('refused files change nothing', () => {
  let good: string;
  let before: Awaited<ReturnType<typeof readSnapshot>>;
  beforeEach(async () => {
    await fillNotebook(db, { customers: 5, sales: 20, seed: 7 });
    const other = fresh();
    await fillNotebook(other, { customers: 30, sales: 60, seed: 9 });
    good = (await createBackup(other, { includePhotos: false, now: NOW })).text;
    before = await readSnapshot(db);
  });

  /** The screen's own path: the file chosen and read, the plan of a merge, then the write. */
  async function throughTheApp(text: string, mode: RestoreMode) {
    await inspectJob(new Blob([text], { type: 'application/json' }));
    if (mode === 'merge') await planJob(db);
    return restoreJob(db, mode, () => undefined);
  }

  async function refuseAndCheck(text: string, key: string) {
    for (const mode of ['replace', 'merge'] as const) {
      await expect(throughTheApp(text, mode)).rejects.toMatchObject({ key });
      expect(await readSnapshot(db)).toStrictEqual(before);
      expect(await listSafetyCopies(db)).toEqual([]);
    }
  }

  it('the same good file does go through this path (the refusals below are the file’s doing)', async () => {
    await throughTheApp(good, 'merge');
    expect(await db.customers.count()).toBe(30);
  });

  it('a truncated file', async () => {
    await refuseAndCheck(good.slice(0, Math.floor(good.length * 0.7)), 'backup.errorDamaged');
    await refuseAndCheck('', 'backup.errorEmpty');
  });

  it('a file altered after the backup (checksum)', async () => {
    await refuseAndCheck(good.replace('"Maman Awa"', '"Maman Ama"'), 'backup.errorChecksum');
  });

  it('another app’s JSON', async () => {
    await refuseAndCheck(
      JSON.stringify({ version: 2, type: 'excalidraw', elements: [] }),
      'backup.errorForeign',
    );
    await refuseAndCheck('[1,2,3]', 'backup.errorForeign');
  });

  it('a file from a newer version of Assoh', async () => {
    await refuseAndCheck(
      good.replace(
        `"formatVersion":${BACKUP_FORMAT_VERSION}`,
        `"formatVersion":${BACKUP_FORMAT_VERSION + 1}`,
      ),
      'backup.errorNewer',
    );
    await refuseAndCheck(
      good.replace(/"schemaVersion":\d+/, '"schemaVersion":99'),
      'backup.errorNewer',
    );
  });

  it('names the schema of its rows, which the release before reads: v9 added none', async () => {
    expect(good).toContain('"schemaVersion":8,');
    // A file naming this release's own schema is read as well.
    const named9 = good.replace(/"schemaVersion":\d+/, '"schemaVersion":9');
    expect((await readBackupText(named9)).header.schemaVersion).toBe(9);
  });

  it('a record with a wrong field, even with a matching checksum', async () => {
    const parsed = JSON.parse(good) as {
      data: { sales: Array<Record<string, unknown>> };
      checksum: string;
    };
    parsed.data.sales[3]!.totalMinor = 'beaucoup';
    parsed.checksum = `sha256-${await sha256Hex(JSON.stringify(parsed.data))}`;
    await refuseAndCheck(JSON.stringify(parsed), 'backup.errorRecord.sales');
    await expect(readBackupText(JSON.stringify(parsed))).rejects.toMatchObject({
      params: { n: 4, field: 'totalMinor' },
    });
  });

  it('what the forms refuse: a 200-letter name, a huge template, a broken character, a bad number, a future date', async () => {
    const cases: Array<[(d: Data) => void, string, Record<string, unknown>]> = [
      [
        (d) => (d.customers[0]!.firstName = 'A'.repeat(200)),
        'backup.errorRecord.customers',
        { field: 'firstName' },
      ],
      [
        (d) => (d.settings[0]!.templates = { merci: 'x'.repeat(100_000) }),
        'backup.errorRecord.settings',
        { field: 'merci' },
      ],
      [
        (d) => (d.customers[1]!.nickname = 'Awa \uD83D du marché'),
        'backup.errorRecord.customers',
        { n: 2, field: 'nickname' },
      ],
      [
        (d) => (d.customers[2]!.phone = '07 07 12 34 56'),
        'backup.errorRecord.customers',
        { n: 3, field: 'phone' },
      ],
      [
        (d) => (d.sales[0]!.updatedAt = Date.now() + 3 * 86_400_000),
        'backup.errorFuture',
        { n: 1, field: 'updatedAt' },
      ],
    ];
    for (const [change, key, params] of cases) {
      const parsed = JSON.parse(good) as { data: Data; checksum: string };
      change(parsed.data);
      parsed.checksum = `sha256-${await sha256Hex(JSON.stringify(parsed.data))}`;
      await refuseAndCheck(JSON.stringify(parsed), key);
      await expect(readBackupText(JSON.stringify(parsed))).rejects.toMatchObject({
        params: expect.objectContaining(params),
      });
    }
  });

  it('a failure in the middle of writing (full disk) rolls the whole replace back', async () => {
    expect.assertions(4);
    const backup = await readBackupText(good);
    // A full disk as IndexedDB reports it: the second batch of sales written fails.
    let salesWrites = 0;
    let armed = false;
    const full = createDb(`backup-full-${crypto.randomUUID()}`);
    opened.push(full);
    full.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return {
            ...t,
            mutate: (req) =>
              armed && name === 'sales' && req.type === 'put' && ++salesWrites > 1
                ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'))
                : t.mutate(req),
          };
        },
      }),
    });
    await fillNotebook(full, { customers: 5, sales: 20, seed: 7 });
    const fullBefore = await readSnapshot(full);
    const extra = Array.from({ length: 1500 }, (_, i) => ({
      ...backup.data.sales[0]!,
      id: `x${i}`,
    }));
    const big: ReadBackup = {
      ...backup,
      data: { ...backup.data, sales: [...backup.data.sales, ...extra] },
    };
    armed = true;
    const attempt = restoreBackup(full, big, 'replace', undefined, NOW);
    await expect(attempt).rejects.toSatisfy(isQuotaError);
    armed = false;
    expect(salesWrites).toBe(2);
    expect(await readSnapshot(full)).toStrictEqual(fullBefore);
    expect(await listSafetyCopies(full)).toEqual([]);
  });
});

describe('replace and merge', () => {
  it('replace keeps the current notebook as an automatic copy that restores', async () => {
    await fillNotebook(db, { customers: 10, sales: 30, seed: 1 });
    const mine = await readSnapshot(db);
    const other = fresh();
    await fillNotebook(other, { customers: 3, sales: 4, seed: 2 });
    const file = await createBackup(other, { includePhotos: true, now: NOW });
    const progress: number[] = [];
    await restoreBackup(
      db,
      await readBackupText(file.text),
      'replace',
      (done) => progress.push(done),
      NOW,
    );
    expect(await db.customers.count()).toBe(3);
    expect(progress.at(-1)).toBe(
      file.header.counts.settings + 4 + 3 + 4 + file.header.counts.gifts,
    );

    await restoreNewestCopy(db, { customers: 10, sales: 30, createdAt: NOW }, NOW + 1);
    const back = await readSnapshot(db);
    expect(back.customers).toStrictEqual(mine.customers);
    expect(back.sales).toStrictEqual(mine.sales);
  });

  it('merge adds by id and the newer updatedAt wins', async () => {
    await db.settings.put(sellerSettings(1));
    await db.customers.bulkPut([
      {
        id: 'a',
        firstName: 'Awa',
        acceptsMessages: true,
        channel: 'whatsapp',
        searchWords: ['awa'],
        nameKey: 'awa',
        lastSeenAt: 1,
        createdAt: 1,
        updatedAt: 10,
      },
      {
        id: 'b',
        firstName: 'Bintou',
        acceptsMessages: true,
        channel: 'whatsapp',
        searchWords: ['bintou'],
        nameKey: 'bintou',
        lastSeenAt: 1,
        createdAt: 1,
        updatedAt: 50,
      },
    ]);
    const other = fresh();
    await other.settings.put(sellerSettings(1));
    await other.customers.bulkPut([
      {
        id: 'a',
        firstName: 'Awa',
        nickname: 'du marché',
        acceptsMessages: true,
        channel: 'whatsapp',
        searchWords: ['awa'],
        nameKey: 'awa',
        lastSeenAt: 1,
        createdAt: 1,
        updatedAt: 20,
      },
      {
        id: 'b',
        firstName: 'Bintou (ancienne)',
        acceptsMessages: true,
        channel: 'whatsapp',
        searchWords: ['bintou'],
        nameKey: 'bintou',
        lastSeenAt: 1,
        createdAt: 1,
        updatedAt: 40,
      },
      {
        id: 'c',
        firstName: 'Chantal',
        acceptsMessages: false,
        channel: 'whatsapp',
        searchWords: ['chantal'],
        nameKey: 'chantal',
        lastSeenAt: 1,
        createdAt: 1,
        updatedAt: 5,
      },
    ]);
    const file = await createBackup(other, { includePhotos: false, now: NOW });
    const result = await restoreBackup(db, await readBackupText(file.text), 'merge');
    expect(result).toMatchObject({ added: 1, updated: 1 });
    const rows = await db.customers.orderBy('id').toArray();
    expect(rows.map((c) => [c.id, c.firstName, c.nickname])).toEqual([
      ['a', 'Awa', 'du marché'],
      ['b', 'Bintou', undefined],
      ['c', 'Chantal', undefined],
    ]);
  });

  it('markBackupDone records the time the reminder counts from', async () => {
    await db.settings.put(sellerSettings(1));
    await markBackupDone(db, NOW);
    expect((await db.settings.get('seller'))?.lastBackupAt).toBe(NOW);
  });
});

describe('the copy kept before the notebook passes to another currency', () => {
  it('holds the notebook as it was: restored, the amounts are the ones before the switch', async () => {
    await fillNotebook(db, { customers: 10, sales: 30 });
    const before = await readSnapshot(db);
    await keepCopyBeforeChange(db, NOW);
    // FCFA (no decimals) → MAD (2 decimals): every stored amount is rewritten.
    await db.transaction(
      'rw',
      [db.products, db.customers, db.sales, db.gifts, db.reservations, db.creditEntries],
      () => keepFiguresInNewCurrency(db, 0, 2, NOW + 1),
    );
    expect((await db.sales.toArray()).map((s) => s.totalMinor)).not.toEqual(
      before.sales.map((s) => s.totalMinor),
    );
    await restoreNewestCopy(db, { customers: 10, sales: 30, createdAt: NOW }, NOW + 2);
    expect((await readSnapshot(db)).sales).toStrictEqual(before.sales);
  });

  it('keeps nothing for a notebook with nothing recorded', async () => {
    await db.settings.put(sellerSettings(1));
    await keepCopyBeforeChange(db, NOW);
    expect(await listSafetyCopies(db)).toEqual([]);
  });
});
