/**
 * Everything read from a backup file passes through here before a single row is written
 * (excalidraw keeps the same discipline in packages/excalidraw/data/restore.ts): the envelope
 * is checked (format, versions, counts, SHA-256 checksum), then every record is rebuilt field
 * by field from what the file says. Unknown fields are dropped; a missing or wrongly typed
 * field refuses the whole file with a message naming the record, and nothing changes.
 */
import { UserError } from '../i18n/errors';
import { LATEST_VERSION } from './schema';
import { BACKUP_TABLES, type BackupTable } from './backup-tables';
import { isFutureTime } from '../lib/limits';
import { RECORD_TABLES, type Settings, type Tombstone } from '../lib/domain';
import type { Notebook, NotebookRecords } from '../lib/notebook';
import {
  normaliseCreditEntry,
  normaliseCustomer,
  normaliseGift,
  normaliseOutbox,
  normalisePhoto,
  normaliseProduct,
  normaliseReservation,
  normaliseSale,
  normaliseSettings,
  normaliseTombstone,
  type PhotoRecord,
} from './restore-records';

export type { PhotoRecord };
export const BACKUP_FORMAT = 'assoh-backup';
/**
 * Bumped when the file layout changes; older layouts get a reader, newer ones are refused.
 * 2 (v4, 2026-11-23): `data.tombstones` and `counts.tombstones`, the deletions a merge must keep.
 * An app that knew only 1 would ignore them and bring deleted rows back, so it refuses a 2.
 * 3 (v6, 2026-11-23): `data.creditEntries` and its count, the credit book; `paymentDetails` in
 * the settings. An app that knew only 2 would drop every debt without a word: it refuses a 3.
 */
export const BACKUP_FORMAT_VERSION = 3;

export { BACKUP_TABLES, type BackupTable };

export interface BackupData extends NotebookRecords {
  settings: Settings[];
  /** In the file: base64 records; once read: rows with their Blob (see NotebookRecords). */
  tombstones: Tombstone[];
}

export type BackupCounts = Record<BackupTable, number>;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: number;
  photos: 'included' | 'omitted';
  counts: BackupCounts;
  /** "sha256-" + hex digest of the exact JSON text of `data`. */
  checksum: string;
}

export interface ReadBackup {
  header: BackupHeader;
  data: BackupData;
}

export async function sha256Hex(text: string): Promise<string> {
  // crypto.subtle exists only on a secure origin (HTTPS, localhost): say so in words.
  if (!globalThis.crypto?.subtle) throw new UserError('backup.errorInsecure');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const TIME_MAX = 8.64e15;
function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= TIME_MAX;
}

/**
 * Tables a file may leave out: files of format 1 have no tombstones (no deletion recorded),
 * files before format 3 no credit entries.
 */
const OPTIONAL: ReadonlySet<BackupTable> = new Set(['tombstones', 'creditEntries']);

function readHeader(raw: Record<string, unknown>, now: number): BackupHeader {
  if (raw.format !== BACKUP_FORMAT) throw new UserError('backup.errorForeign');
  const formatVersion = raw.formatVersion;
  const schemaVersion = raw.schemaVersion;
  if (!Number.isInteger(formatVersion) || !Number.isInteger(schemaVersion)) {
    throw new UserError('backup.errorDamaged');
  }
  if (
    (formatVersion as number) > BACKUP_FORMAT_VERSION ||
    (schemaVersion as number) > LATEST_VERSION
  )
    throw new UserError('backup.errorNewer');
  if ((formatVersion as number) < 1 || (schemaVersion as number) < 1)
    throw new UserError('backup.errorDamaged');
  const counts = raw.counts;
  if (
    !isObject(counts) ||
    !isTime(raw.createdAt) ||
    isFutureTime(raw.createdAt, now) ||
    typeof raw.checksum !== 'string' ||
    !/^sha256-[0-9a-f]{64}$/.test(raw.checksum) ||
    (raw.photos !== 'included' && raw.photos !== 'omitted')
  )
    throw new UserError('backup.errorDamaged');
  const checked = {} as BackupCounts;
  for (const table of BACKUP_TABLES) {
    const n = counts[table] ?? (OPTIONAL.has(table) ? 0 : undefined);
    if (!Number.isInteger(n) || (n as number) < 0) throw new UserError('backup.errorDamaged');
    checked[table] = n as number;
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: formatVersion as number,
    appVersion: typeof raw.appVersion === 'string' ? raw.appVersion.slice(0, 40) : '',
    schemaVersion: schemaVersion as number,
    createdAt: raw.createdAt,
    photos: raw.photos,
    counts: checked,
    checksum: raw.checksum,
  };
}

/** Lets the screen breathe during long loops when this runs on the main thread. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type Normaliser<T> = (raw: unknown, n: number, now: number) => T;
/** One per table: the backup's reader and the sync's (a document from the server) alike. */
export const NORMALISERS: { [K in BackupTable]: Normaliser<BackupData[K][number]> } = {
  settings: normaliseSettings,
  customers: normaliseCustomer,
  products: normaliseProduct,
  sales: normaliseSale,
  creditEntries: normaliseCreditEntry,
  gifts: normaliseGift,
  reservations: normaliseReservation,
  outbox: normaliseOutbox,
  photos: normalisePhoto,
  tombstones: normaliseTombstone,
};

/**
 * Reads a backup file's text completely: throws a UserError (with a French message key) for a
 * truncated, altered, foreign or newer-version file; returns rows ready to be written otherwise.
 */
export async function readBackupText(text: string, now = Date.now()): Promise<ReadBackup> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A file cut short (a half-finished download, a message that did not arrive whole) no
    // longer parses: that is the seller's "damaged file", not a bug to report.
    throw new UserError(text.trim() ? 'backup.errorDamaged' : 'backup.errorEmpty');
  }
  if (!isObject(raw)) throw new UserError('backup.errorForeign');
  const header = readHeader(raw, now);
  if (!isObject(raw.data)) throw new UserError('backup.errorDamaged');
  // The checksum covers the exact JSON of `data` as written; re-serialising the parsed value
  // gives back the same text for any file we wrote, and different text for any edit.
  const digest = await sha256Hex(JSON.stringify(raw.data));
  if (`sha256-${digest}` !== header.checksum) throw new UserError('backup.errorChecksum');

  const data = {} as Record<BackupTable, unknown[]>;
  let sinceBreath = 0;
  for (const table of BACKUP_TABLES) {
    const rows = raw.data[table] ?? (OPTIONAL.has(table) ? [] : undefined);
    if (!Array.isArray(rows) || rows.length !== header.counts[table])
      throw new UserError('backup.errorDamaged');
    const ids = new Set<string>();
    const normalise = NORMALISERS[table] as Normaliser<{ id: string; table?: string }>;
    const out: Array<{ id: string }> = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = normalise(rows[i], i + 1, now);
      const key = row.table === undefined ? row.id : `${row.table}/${row.id}`;
      if (ids.has(key))
        throw new UserError(`backup.errorRecord.${table}`, { n: i + 1, field: 'id' });
      ids.add(key);
      out[i] = row;
      if (++sinceBreath >= 5000) {
        sinceBreath = 0;
        await breathe();
      }
    }
    data[table] = out;
  }
  const read = data as unknown as BackupData;
  refuseRowAndTombstone(read);
  refuseMixedLines(read);
  return { header, data: read };
}

/** One id is either a row or a deletion: a file holding both was not written by Assoh. */
function refuseRowAndTombstone(data: BackupData): void {
  const rows = new Set<string>();
  for (const table of RECORD_TABLES) for (const r of data[table]) rows.add(`${table}/${r.id}`);
  data.tombstones.forEach((t, i) => {
    if (rows.has(`${t.table}/${t.id}`))
      throw new UserError('backup.errorRecord.tombstones', { n: i + 1, field: 'id' });
  });
}

/**
 * Every version of a credit entry belongs to one customer and keeps its kind and its time: a
 * file mixing them was not written by Assoh, and its balances would depend on how it was read.
 */
function refuseMixedLines(data: BackupData): void {
  const first = new Map<string, { customerId: string; kind: string; at: number }>();
  data.creditEntries.forEach((e, i) => {
    const seen = first.get(e.lineId);
    if (!seen) first.set(e.lineId, e);
    else if (seen.customerId !== e.customerId || seen.kind !== e.kind || seen.at !== e.at)
      throw new UserError('backup.errorRecord.creditEntries', { n: i + 1, field: 'lineId' });
  });
}

/** The file's records and deletions, as lib/notebook.ts merges them. */
export function notebookOf(data: BackupData): Notebook {
  const notebook = { ...data } as Partial<BackupData>;
  delete notebook.settings;
  return notebook as Notebook;
}
