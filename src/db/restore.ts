/**
 * Everything read from a backup file passes through here before a single row is written
 * (excalidraw keeps the same discipline in packages/excalidraw/data/restore.ts): the envelope
 * is checked (format, versions, counts, SHA-256 checksum), then every record is rebuilt field
 * by field from what the file says. Unknown fields are dropped; a missing or wrongly typed
 * field refuses the whole file with a message naming the record, and nothing changes.
 */
import { UserError } from '../i18n/errors';
import { LATEST_VERSION } from './schema';
import type {
  Customer,
  Gift,
  OutboxMessage,
  Photo,
  Product,
  Reservation,
  Sale,
  Settings,
} from '../lib/domain';
import {
  normaliseCustomer,
  normaliseGift,
  normaliseOutbox,
  normalisePhoto,
  normaliseProduct,
  normaliseReservation,
  normaliseSale,
  normaliseSettings,
  type PhotoRecord,
} from './restore-records';

export type { PhotoRecord };
export const BACKUP_FORMAT = 'assoh-backup';
/** Bumped when the file layout changes; older layouts get a reader, newer ones are refused. */
export const BACKUP_FORMAT_VERSION = 1;

/** Tables in the order they are written back (referenced rows before the rows that cite them). */
export const BACKUP_TABLES = [
  'settings',
  'products',
  'customers',
  'sales',
  'gifts',
  'reservations',
  'outbox',
  'photos',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupData {
  settings: Settings[];
  customers: Customer[];
  products: Product[];
  sales: Sale[];
  gifts: Gift[];
  reservations: Reservation[];
  outbox: OutboxMessage[];
  /** In the file: base64 records; once read: rows with their Blob. */
  photos: Photo[];
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

function readHeader(raw: Record<string, unknown>): BackupHeader {
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
    typeof raw.checksum !== 'string' ||
    !/^sha256-[0-9a-f]{64}$/.test(raw.checksum) ||
    (raw.photos !== 'included' && raw.photos !== 'omitted')
  )
    throw new UserError('backup.errorDamaged');
  const checked = {} as BackupCounts;
  for (const table of BACKUP_TABLES) {
    const n = counts[table];
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

type Normaliser<T> = (raw: unknown, n: number) => T;
const NORMALISERS: { [K in BackupTable]: Normaliser<BackupData[K][number]> } = {
  settings: normaliseSettings,
  customers: normaliseCustomer,
  products: normaliseProduct,
  sales: normaliseSale,
  gifts: normaliseGift,
  reservations: normaliseReservation,
  outbox: normaliseOutbox,
  photos: normalisePhoto,
};

/**
 * Reads a backup file's text completely: throws a UserError (with a French message key) for a
 * truncated, altered, foreign or newer-version file; returns rows ready to be written otherwise.
 */
export async function readBackupText(text: string): Promise<ReadBackup> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A file cut short (a half-finished download, a message that did not arrive whole) no
    // longer parses: that is the seller's "damaged file", not a bug to report.
    throw new UserError(text.trim() ? 'backup.errorDamaged' : 'backup.errorEmpty');
  }
  if (!isObject(raw)) throw new UserError('backup.errorForeign');
  const header = readHeader(raw);
  if (!isObject(raw.data)) throw new UserError('backup.errorDamaged');
  // The checksum covers the exact JSON of `data` as written; re-serialising the parsed value
  // gives back the same text for any file we wrote, and different text for any edit.
  const digest = await sha256Hex(JSON.stringify(raw.data));
  if (`sha256-${digest}` !== header.checksum) throw new UserError('backup.errorChecksum');

  const data = {} as Record<BackupTable, unknown[]>;
  let sinceBreath = 0;
  for (const table of BACKUP_TABLES) {
    const rows = raw.data[table];
    if (!Array.isArray(rows) || rows.length !== header.counts[table])
      throw new UserError('backup.errorDamaged');
    const ids = new Set<string>();
    const normalise = NORMALISERS[table] as Normaliser<{ id: string }>;
    const out: Array<{ id: string }> = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = normalise(rows[i], i + 1);
      if (ids.has(row.id))
        throw new UserError(`backup.errorRecord.${table}`, { n: i + 1, field: 'id' });
      ids.add(row.id);
      out[i] = row;
      if (++sinceBreath >= 5000) {
        sinceBreath = 0;
        await breathe();
      }
    }
    data[table] = out;
  }
  return { header, data: data as unknown as BackupData };
}
