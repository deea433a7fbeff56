import { describe, expect, it } from 'vitest';
import { UserError } from '../i18n/errors';
import type { CreditEntry } from '../lib/domain';
import { replacementOf } from '../features/backup/commands';
import { createBackup } from '../features/backup/commands';
import { sellerSettings } from '../features/backup/fixtures';
import { freshDb } from '../test/fixtures';
import { readBackupText, sha256Hex } from './restore';
import { normaliseCreditEntry, normaliseSettings } from './restore-records';

const NOW = Date.UTC(2026, 10, 23, 12);
const good: CreditEntry = {
  id: 'e1',
  lineId: 'e1',
  customerId: 'c1',
  kind: 'credit',
  amountMinor: 600,
  at: NOW - 1000,
  saleId: 's1',
  dueAt: NOW + 86_400_000,
  createdAt: NOW - 1000,
  updatedAt: NOW - 1000,
};

function refusedField(raw: Record<string, unknown>): string | undefined {
  try {
    normaliseCreditEntry(raw, 1, NOW);
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return String(error.params?.field);
    throw error;
  }
}

describe('credit entries read from a backup', () => {
  it('keep what the forms write, and only that', () => {
    expect(normaliseCreditEntry({ ...good, balance: 9, voided: true }, 1, NOW)).toEqual({
      ...good,
      voided: true,
    });
  });

  it('are refused with a non-integer, zero or negative amount, an unknown kind or way', () => {
    expect(refusedField({ ...good, amountMinor: 12.5 })).toBe('amountMinor');
    expect(refusedField({ ...good, amountMinor: 0 })).toBe('amountMinor');
    expect(refusedField({ ...good, amountMinor: -600 })).toBe('amountMinor');
    expect(refusedField({ ...good, amountMinor: '600' })).toBe('amountMinor');
    expect(refusedField({ ...good, kind: 'dette' })).toBe('kind');
    expect(refusedField({ ...good, customerId: undefined })).toBe('customerId');
    expect(refusedField({ ...good, kind: 'paiement', way: 'bitcoin', dueAt: undefined })).toBe(
      'way',
    );
    // A payment has no promise, a credit no way; a void is only ever `true`.
    expect(refusedField({ ...good, kind: 'paiement' })).toBe('dueAt');
    expect(refusedField({ ...good, way: 'wave' })).toBe('way');
    expect(refusedField({ ...good, voided: false })).toBe('voided');
    // A promise more than a year ahead was not written by the forms.
    expect(refusedField({ ...good, dueAt: NOW + 400 * 86_400_000 })).toBe('dueAt');
  });

  it('keep the seller’s payment details in the settings', () => {
    const s = normaliseSettings(
      { ...sellerSettings(NOW - 1000), paymentDetails: 'Wave : 07 07 12 34 56' },
      1,
      NOW,
    );
    expect(s.paymentDetails).toBe('Wave : 07 07 12 34 56');
  });

  it('of a customer the file lacks are left out and counted; a sale the file lacks is kept', async () => {
    const db = freshDb();
    await db.settings.put(sellerSettings(NOW - 5000));
    await db.customers.put({
      id: 'c1',
      firstName: 'Adèle',
      acceptsMessages: true,
      channel: 'whatsapp',
      searchWords: ['adele'],
      nameKey: 'adele',
      lastSeenAt: NOW - 5000,
      createdAt: NOW - 5000,
      updatedAt: NOW - 5000,
    });
    await db.creditEntries.bulkPut([good, { ...good, id: 'e2', lineId: 'e2', customerId: 'gone' }]);
    const file = await readBackupText(
      (await createBackup(db, { includePhotos: false, now: NOW })).text,
      NOW,
    );
    const { notebook, dropped } = replacementOf(file.data);
    expect(dropped).toBe(1);
    expect(notebook.creditEntries.map((e) => e.id)).toEqual(['e1']);
    // Her figures are rebuilt from the entries, not read from the file.
    expect(notebook.customers[0]).toMatchObject({ creditBalanceMinor: 600, owedSince: good.at });
  });

  it('are refused when the versions of one entry disagree on whose it is', async () => {
    expect.assertions(1);
    const db = freshDb();
    const text = (await createBackup(db, { includePhotos: false, now: NOW })).text;
    const parsed = JSON.parse(text) as {
      checksum: string;
      counts: Record<string, number>;
      data: Record<string, unknown[]>;
    };
    parsed.data.creditEntries = [good, { ...good, id: 'e2', customerId: 'c2' }];
    parsed.counts.creditEntries = 2;
    parsed.checksum = `sha256-${await sha256Hex(JSON.stringify(parsed.data))}`;
    await expect(readBackupText(JSON.stringify(parsed), NOW)).rejects.toMatchObject({
      key: 'backup.errorRecord.creditEntries',
    });
  });

  it('a file from before the credit book (no creditEntries) still restores', async () => {
    const db = freshDb();
    const parsed = JSON.parse(
      (await createBackup(db, { includePhotos: false, now: NOW })).text,
    ) as {
      checksum: string;
      formatVersion: number;
      counts: Record<string, number>;
      data: Record<string, unknown>;
    };
    delete parsed.data.creditEntries;
    delete parsed.counts.creditEntries;
    parsed.formatVersion = 2;
    parsed.checksum = `sha256-${await sha256Hex(JSON.stringify(parsed.data))}`;
    const read = await readBackupText(JSON.stringify(parsed), NOW);
    expect(read.data.creditEntries).toEqual([]);
  });
});
