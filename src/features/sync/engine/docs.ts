/**
 * One CouchDB document per record: `_id` is "<table>:<id>" (a colon, not a slash: proxies in
 * front of CouchDB may decode %2F), the body is the row without its id and without the fields
 * derived from others (NOT_COMPARED: rebuilt on every phone, never sent). A photo's Blob is the
 * document's attachment "blob". A deletion is a CouchDB deletion (`_deleted`) that keeps its
 * time, `deletedAt`, so the merge rule can weigh it against an edit; a deletion without
 * `deletedAt` only closes a losing branch of a conflict (see resolve.ts) and means nothing else.
 *
 * Back from the server, a document is rebuilt into a row by the backup's own normalisers
 * (db/restore.ts): the same checks and the same derived fields as a restored file.
 */
import { NORMALISERS, type Normaliser } from '../../../db/restore';
import { UserError } from '../../../i18n/errors';
import { RECORD_TABLES, type RecordRows, type RecordTable } from '../../../lib/domain';
import type { Version } from '../../../lib/merge';
import { NOT_COMPARED } from '../../../lib/notebook';
import { MONEY_TABLES, scaleAmounts, scaler } from '../../../lib/currency-scale';
import { fractionDigits } from '../../../lib/money';
import type { Reading } from './currency';

export type Row = RecordRows[RecordTable];

/** What the replica stores and the server receives. */
export interface RecordDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  deletedAt?: number;
  _attachments?: Record<string, { content_type: string; data?: string | Blob; stub?: boolean }>;
  [field: string]: unknown;
}

/** The notebook's own document: its currency, shared by every phone of it. */
export const NOTEBOOK_DOC = 'notebook';

const TABLES: ReadonlySet<string> = new Set(RECORD_TABLES);

export function docId(table: RecordTable, id: string): string {
  return `${table}:${id}`;
}

/** The record a document stands for; null for any other document (the notebook's, a design doc). */
export function recordOf(docId: string): { table: RecordTable; id: string } | null {
  const at = docId.indexOf(':');
  if (at <= 0) return null;
  const table = docId.slice(0, at);
  const id = docId.slice(at + 1);
  return TABLES.has(table) && id ? { table: table as RecordTable, id } : null;
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The document of a row as it stands on this phone; a row with amounts names the currency they
 * are counted in (`currency`: the phone's), so that a phone in another one reads it right.
 */
export async function docOfRow(
  table: RecordTable,
  row: Row,
  reading?: Reading,
): Promise<RecordDoc> {
  const body: Record<string, unknown> = { ...row };
  delete body.id;
  for (const field of NOT_COMPARED[table]) delete body[field];
  const doc: RecordDoc = { _id: docId(table, row.id), ...body };
  if (reading && (MONEY_TABLES as readonly string[]).includes(table))
    doc.currency = reading.currency;
  if ('blob' in row) {
    doc._attachments = { blob: { content_type: row.blob.type, data: await base64Of(row.blob) } };
  }
  return doc;
}

export function docOfDeletion(table: RecordTable, id: string, deletedAt: number): RecordDoc {
  return { _id: docId(table, id), _deleted: true, deletedAt };
}

/**
 * The version a document holds: a row, a deletion, or nothing the merge rule weighs ('closed':
 * a conflict's losing branch; 'unreadable': a document this app refuses, e.g. a newer app's
 * field values or a time from a phone whose clock ran ahead).
 */
export type DocVersion = Version<Row> | 'closed' | 'unreadable';

/** The amounts of a document's body in the reader's currency; false for an unknown currency. */
function inReadersCurrency(
  table: RecordTable,
  raw: Record<string, unknown>,
  reading: Reading,
): boolean {
  const written = raw.currency ?? reading.untagged;
  delete raw.currency;
  if (written === reading.currency) return true;
  if (typeof written !== 'string') return false;
  try {
    scaleAmounts(table, raw, scaler(fractionDigits(written), fractionDigits(reading.currency)));
    return true;
  } catch (error) {
    // Intl refuses a code that names no currency: a document this app cannot read.
    if (error instanceof RangeError) return false;
    throw error;
  }
}

export function versionOfDoc(
  table: RecordTable,
  doc: RecordDoc,
  now: number,
  reading?: Reading,
): DocVersion {
  if (doc._deleted) {
    const at = doc.deletedAt;
    return typeof at === 'number' && Number.isFinite(at) && at >= 0
      ? { kind: 'deleted', deletedAt: at }
      : 'closed';
  }
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_')) raw[key] = value;
  raw.id = recordOf(doc._id)?.id;
  if (reading && !inReadersCurrency(table, raw, reading)) return 'unreadable';
  if (!reading) delete raw.currency;
  if (table === 'photos') {
    const blob = doc._attachments?.blob;
    raw.type = blob?.content_type;
    raw.base64 = blob?.data;
  }
  try {
    const row = (NORMALISERS[table] as Normaliser<Row>)(raw, 1, now);
    return { kind: 'row', row };
  } catch (error) {
    if (error instanceof UserError) return 'unreadable';
    throw error;
  }
}
