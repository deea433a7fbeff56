import { describe, expect, it } from 'vitest';
import { UserError } from '../i18n/errors';
import { BACKUP_TABLES, readBackupText, sha256Hex } from './restore';

/** A minimal, well-formed file around the given rows (the real writer lives in features/backup). */
async function file(
  data: Record<string, unknown[]>,
  header: Record<string, unknown> = {},
  tables: readonly string[] = BACKUP_TABLES,
) {
  const full = Object.fromEntries(tables.map((t) => [t, data[t] ?? []]));
  const counts = Object.fromEntries(tables.map((t) => [t, full[t]!.length]));
  const json = JSON.stringify(full);
  return JSON.stringify({
    format: 'assoh-backup',
    formatVersion: 2,
    appVersion: '0.1.0',
    schemaVersion: 1,
    createdAt: 1_700_000_000_000,
    photos: 'included',
    counts,
    checksum: `sha256-${await sha256Hex(json)}`,
    data: full,
    ...header,
  });
}

const customer = {
  id: 'c1',
  firstName: 'Adèle',
  nickname: 'du quartier "Zongo"',
  acceptsMessages: true,
  searchWords: ['adele', 'du', 'quartier', 'zongo'],
  nameKey: 'adele du quartier zongo',
  lastSeenAt: 5,
  createdAt: 5,
  updatedAt: 6,
};

async function refusal(text: string): Promise<UserError> {
  const error: unknown = await readBackupText(text).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('readBackupText', () => {
  it('rebuilds rows from known fields only and derives what is missing', async () => {
    const { data, header } = await readBackupText(
      await file({
        customers: [
          { ...customer, extra: '<script>', profile: null },
          {
            id: 'c2',
            firstName: 'Éléonore',
            nickname: 'la dame',
            acceptsMessages: false,
            createdAt: 7,
            updatedAt: 7,
          },
        ],
      }),
    );
    expect(header.counts.customers).toBe(2);
    // A file from before v5 has no channel: WhatsApp, as the upgrade gives every customer.
    expect(data.customers[0]).toStrictEqual({ ...customer, channel: 'whatsapp' });
    expect(data.customers[1]).toMatchObject({
      searchWords: ['eleonore', 'la', 'dame'],
      nameKey: 'eleonore la dame',
      lastSeenAt: 7,
    });
  });

  it('names the record and the field it cannot read', async () => {
    const e = await refusal(
      await file({ customers: [customer, { ...customer, id: 'c2', acceptsMessages: 'oui' }] }),
    );
    expect(e.key).toBe('backup.errorRecord.customers');
    expect(e.params).toEqual({ n: 2, field: 'acceptsMessages' });
  });

  it('refuses two records with the same id', async () => {
    const e = await refusal(await file({ customers: [customer, customer] }));
    expect(e.params).toEqual({ n: 2, field: 'id' });
  });

  it('refuses a sale line with a negative price and a photo that is not an image', async () => {
    const sale = {
      id: 's1',
      at: 1,
      lines: [{ name: 'Piment', unit: 'tas', unitPriceMinor: -5, quantity: 1 }],
      totalMinor: 0,
      manualTotal: false,
      createdAt: 1,
      updatedAt: 1,
    };
    expect((await refusal(await file({ sales: [sale] }))).params).toEqual({ n: 1, field: 'lines' });
    const photo = {
      id: 'p',
      type: 'text/html',
      base64: 'PGI+',
      width: 1,
      height: 1,
      createdAt: 1,
      updatedAt: 1,
    };
    expect((await refusal(await file({ photos: [photo] }))).params).toEqual({
      n: 1,
      field: 'type',
    });
  });

  it('refuses counts that do not match the rows', async () => {
    const text = await file({ customers: [customer] });
    const e = await refusal(text.replace('"customers":1', '"customers":2'));
    expect(e.key).toBe('backup.errorDamaged');
  });

  it('restores a file of format 1, written before deletions were recorded', async () => {
    const v1 = BACKUP_TABLES.filter((t) => t !== 'tombstones');
    const text = await file({ customers: [customer] }, { formatVersion: 1, schemaVersion: 3 }, v1);
    expect(text).not.toContain('tombstones');
    const { data } = await readBackupText(text);
    expect(data.customers).toHaveLength(1);
    expect(data.tombstones).toEqual([]);
  });

  it('reads deletions, and refuses a file that holds a row and its deletion', async () => {
    const gone = { table: 'customers', id: 'c9', deletedAt: 7 };
    const { data } = await readBackupText(
      await file({ customers: [customer], tombstones: [gone] }),
    );
    expect(data.tombstones).toEqual([gone]);
    const both = await refusal(
      await file({ customers: [customer], tombstones: [{ ...gone, id: 'c1' }] }),
    );
    expect(both).toMatchObject({
      key: 'backup.errorRecord.tombstones',
      params: { n: 1, field: 'id' },
    });
    const unknown = await refusal(await file({ tombstones: [{ ...gone, table: 'settings' }] }));
    expect(unknown.params).toEqual({ n: 1, field: 'table' });
  });

  it('refuses a file made on a phone whose clock ran more than a day ahead', async () => {
    const e = await refusal(
      await file({ customers: [{ ...customer, updatedAt: Date.now() + 2 * 86_400_000 }] }),
    );
    expect(e).toMatchObject({ key: 'backup.errorFuture', params: { n: 1, field: 'updatedAt' } });
    // Within a day ahead is a time zone, not a broken clock.
    await readBackupText(
      await file({ customers: [{ ...customer, updatedAt: Date.now() + 12 * 3_600_000 }] }),
    );
  });
});
