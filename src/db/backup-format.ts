/**
 * The backup file: one self-describing JSON document. The header says what it is (format name
 * and version, app and schema versions, date, counts, whether photos are in) and carries a
 * SHA-256 checksum of the exact JSON text of `data`, so a cut or edited file is recognised.
 * Reading it back is src/db/restore.ts's job.
 */
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  sha256Hex,
  type BackupCounts,
  type BackupData,
  type BackupHeader,
  type PhotoRecord,
} from './restore';
import { BACKUP_SCHEMA_VERSION } from './schema';
import type { Photo } from '../lib/domain';
import { isoDate } from '../lib/dates';

/** Kept in step with package.json (a unit test compares them). */
export const APP_VERSION = '0.1.0';

export interface BackupFile {
  text: string;
  fileName: string;
  header: BackupHeader;
}

export function backupFileName(at: number): string {
  return `assoh-sauvegarde-${isoDate(at)}.json`;
}

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // fromCharCode takes arguments: go by slices to stay under the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

async function photoRecord(photo: Photo): Promise<PhotoRecord> {
  return {
    id: photo.id,
    type: photo.blob.type || 'image/jpeg',
    base64: await blobToBase64(photo.blob),
    width: photo.width,
    height: photo.height,
    createdAt: photo.createdAt,
    updatedAt: photo.updatedAt,
  };
}

export async function serializeBackup(
  rows: BackupData,
  options: { createdAt: number; includePhotos: boolean },
): Promise<BackupFile> {
  const photos = options.includePhotos ? await Promise.all(rows.photos.map(photoRecord)) : [];
  const data: Omit<BackupData, 'photos'> & { photos: PhotoRecord[] } = { ...rows, photos };
  const counts = {} as BackupCounts;
  for (const table of BACKUP_TABLES) counts[table] = data[table].length;
  const dataJson = JSON.stringify(data);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: APP_VERSION,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    createdAt: options.createdAt,
    photos: options.includePhotos ? 'included' : 'omitted',
    counts,
    checksum: `sha256-${await sha256Hex(dataJson)}`,
  };
  // The header first, so the file says what it is to anyone who opens it.
  const text = `${JSON.stringify(header).slice(0, -1)},"data":${dataJson}}`;
  return { text, fileName: backupFileName(options.createdAt), header };
}
