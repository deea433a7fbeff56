import { describe, expect, it } from 'vitest';
import type { Customer, Photo, Sale } from '../../../lib/domain';
import { docId, docOfDeletion, docOfRow, recordOf, versionOfDoc, type RecordDoc } from './docs';
import { resolveLeaves } from './resolve';

const NOW = 1_795_000_000_000;

const awa: Customer = {
  id: 'c1',
  firstName: 'Awa',
  nickname: 'du quartier Zongo',
  phone: '+2250707123456',
  acceptsMessages: true,
  channel: 'sms',
  searchWords: ['awa', 'du', 'quartier', 'zongo'],
  nameKey: 'awa du quartier zongo',
  lastSeenAt: NOW - 10,
  createdAt: NOW - 1000,
  updatedAt: NOW - 100,
};

const sale: Sale = {
  id: 's1',
  customerId: 'c1',
  at: NOW - 50,
  lines: [{ productId: 'p1', name: 'Piment', unit: 'tas', unitPriceMinor: 500, quantity: 2 }],
  productIds: ['p1'],
  totalMinor: 1000,
  manualTotal: false,
  createdAt: NOW - 50,
  updatedAt: NOW - 50,
};

describe('row ↔ document', () => {
  it('a customer’s document holds what she is, not what is derived from it', async () => {
    const doc = await docOfRow('customers', awa);
    expect(doc).toEqual({
      _id: 'customers:c1',
      firstName: 'Awa',
      nickname: 'du quartier Zongo',
      phone: '+2250707123456',
      acceptsMessages: true,
      channel: 'sms',
      createdAt: NOW - 1000,
      updatedAt: NOW - 100,
    });
    // Back: the search keys rebuilt by the backup's normaliser; lastSeenAt by the merge after.
    expect(versionOfDoc('customers', doc, NOW)).toEqual({
      kind: 'row',
      row: { ...awa, lastSeenAt: awa.createdAt },
    });
  });

  it('a sale comes back whole, its product ids rebuilt from its lines', async () => {
    const doc = await docOfRow('sales', sale);
    expect(doc).not.toHaveProperty('productIds');
    expect(versionOfDoc('sales', doc, NOW)).toEqual({ kind: 'row', row: sale });
  });

  it('a photo travels as the document’s attachment', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x42]);
    const photo: Photo = {
      id: 'ph1',
      blob: new Blob([bytes], { type: 'image/jpeg' }),
      width: 1080,
      height: 1920,
      createdAt: NOW - 5,
      updatedAt: NOW - 5,
    };
    const doc = await docOfRow('photos', photo);
    expect(doc._attachments).toEqual({ blob: { content_type: 'image/jpeg', data: '/9j/AEI=' } });
    const back = versionOfDoc('photos', doc, NOW);
    if (back === 'closed' || back === 'unreadable' || back.kind !== 'row') throw new Error();
    const row = back.row as Photo;
    expect(new Uint8Array(await row.blob.arrayBuffer())).toEqual(bytes);
    expect(row.blob.type).toBe('image/jpeg');
  });

  it('a deletion keeps its time; a deletion without one only closed a conflict', () => {
    expect(versionOfDoc('sales', docOfDeletion('sales', 's1', NOW), NOW)).toEqual({
      kind: 'deleted',
      deletedAt: NOW,
    });
    expect(versionOfDoc('sales', { _id: 'sales:s1', _deleted: true }, NOW)).toBe('closed');
  });

  it('a document the forms would refuse is unreadable, never written as a row', async () => {
    const doc = await docOfRow('customers', awa);
    expect(versionOfDoc('customers', { ...doc, firstName: '' }, NOW)).toBe('unreadable');
    // A phone whose clock ran a week ahead.
    expect(versionOfDoc('customers', { ...doc, updatedAt: NOW + 7 * 86_400_000 }, NOW)).toBe(
      'unreadable',
    );
  });

  it('ids name their table; other documents are not records', () => {
    expect(docId('outbox', 'a:b')).toBe('outbox:a:b');
    expect(recordOf('outbox:a:b')).toEqual({ table: 'outbox', id: 'a:b' });
    expect(recordOf('notebook')).toBeNull();
    expect(recordOf('_design/x')).toBeNull();
    expect(recordOf('settings:seller')).toBeNull();
  });
});

describe('settling a conflict', () => {
  const leaf = async (row: Customer, rev: string): Promise<RecordDoc> => ({
    ...(await docOfRow('customers', row)),
    _rev: rev,
  });

  it('the later edit wins, whatever CouchDB chose; the other live leaf is closed', async () => {
    const older = await leaf({ ...awa, notes: 'A' }, '3-zzz');
    const newer = await leaf({ ...awa, notes: 'B', updatedAt: awa.updatedAt + 1 }, '2-aaa');
    const r = resolveLeaves('customers', [older, newer], NOW);
    expect(r.winner).toMatchObject({ kind: 'row', row: { notes: 'B' } });
    expect(r.winnerRev).toBe('2-aaa');
    expect(r.closing).toEqual([{ _id: 'customers:c1', _rev: '3-zzz', _deleted: true }]);
  });

  it('a deletion on the same millisecond beats the edit, and closes it with its own time', async () => {
    const edit = await leaf(awa, '2-a');
    const deletion = { ...docOfDeletion('customers', 'c1', awa.updatedAt), _rev: '2-b' };
    const r = resolveLeaves('customers', [edit, deletion], NOW);
    expect(r.winner).toEqual({ kind: 'deleted', deletedAt: awa.updatedAt });
    expect(r.closing).toEqual([
      { _id: 'customers:c1', _rev: '2-a', _deleted: true, deletedAt: awa.updatedAt },
    ]);
  });

  it('an edit later than a deletion wins; the deletion stays a closed branch', async () => {
    const deletion = { ...docOfDeletion('customers', 'c1', awa.updatedAt - 1), _rev: '3-b' };
    const edit = await leaf(awa, '2-a');
    const r = resolveLeaves('customers', [deletion, edit], NOW);
    expect(r.winner).toMatchObject({ kind: 'row' });
    expect(r.closing).toEqual([]);
  });

  it('every phone picks the same winner whatever order the leaves come in', async () => {
    const x = await leaf({ ...awa, notes: 'x' }, '2-x');
    const y = await leaf({ ...awa, notes: 'y' }, '2-y');
    const one = resolveLeaves('customers', [x, y], NOW);
    const two = resolveLeaves('customers', [y, x], NOW);
    expect(one.winner).toEqual(two.winner);
    expect(one.closing).toEqual(two.closing);
  });
});
