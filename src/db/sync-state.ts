/**
 * The rows of the `sync` table (v7): this phone's own, never in a backup, never merged. The
 * password stays here, on the phone: it goes only into the Authorization header of requests to
 * the notebook's address, never into a URL, a backup file or a log.
 */
import type { RecordTable } from '../lib/domain';

export interface SyncConfig {
  id: 'config';
  /** The notebook's database, e.g. https://coop.example.org/db/assoh-awa (no credentials in it). */
  url: string;
  username: string;
  /** Emptied when sync is turned off: a phone with sync off keeps no secret. */
  password: string;
  enabled: boolean;
  /** When it was last turned on. */
  since: number;
}

/**
 * Where things stand, for the one status line: written by the sync (in its worker), read by the
 * screens through a live query.
 */
export type SyncStatusKind =
  | 'syncing'
  | 'synced'
  | 'offline'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'unreachable'
  | 'currency'
  | 'full'
  | 'failed';

export interface SyncStatus {
  id: 'status';
  kind: SyncStatusKind;
  /** When this status was reached. */
  at: number;
  /** The last round that ended with everything exchanged. */
  lastSyncAt?: number;
  /** For 'currency': the server notebook's currency. */
  serverCurrency?: string;
  /** Documents of the server this phone could not read (a newer app's, a wrong clock's). */
  skipped?: number;
  /** Rounds in a row that found no server or failed: the next automatic one waits longer. */
  failures?: number;
}

export interface SyncProgress {
  id: 'progress';
  /** The local replica's change sequence up to which documents were applied to the notebook. */
  appliedSeq: number | string;
}

/**
 * The notebook's currency as this phone last agreed it with the server's `notebook` document:
 * a difference with the phone's own currency is the seller's switch here, a difference with the
 * server's is a switch made on another phone.
 */
export interface SyncCurrency {
  id: 'currency';
  /** The notebook's database this agreement is with. */
  url: string;
  currency: string;
  /** The currency of documents that name none (written before any switch could travel). */
  first: string;
  /** When the currency last switched (0: never). */
  switchedAt: number;
}

export type SyncRow = SyncConfig | SyncStatus | SyncProgress | SyncCurrency;

/**
 * A record changed on this phone since it was handed to the sync: one row per (table, id).
 * `n` changes with every write, so the sync can tell a row written again while it worked.
 * The table '*' asks for a whole comparison (a table was cleared: a restore that replaced all).
 */
export interface SyncQueueEntry {
  table: RecordTable | '*';
  id: string;
  n: number;
}

export const WHOLE_NOTEBOOK: Pick<SyncQueueEntry, 'table' | 'id'> = { table: '*', id: '*' };
