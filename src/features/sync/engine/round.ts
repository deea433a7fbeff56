/**
 * One exchange with the server, whenever there is signal: this phone's changes go into the
 * replica, the replica and the server replicate both ways (PouchDB's replication: only what the
 * other side lacks travels, from checkpoints kept on both sides across starts), the server's
 * changes are applied to the notebook, and what applying settled or mended goes back.
 */
import type { AssohDB } from '../../../db/db';
import type { SyncStatus, SyncStatusKind } from '../../../db/sync-state';
import { agreeOnCurrency, type Reading } from './currency';
import { applyReplica, type Applied } from './apply';
import { pushQueue } from './push';
import { failuresAfter } from '../schedule';
import type { Replica } from './replica';

export interface RoundDeps {
  db: AssohDB;
  /** This phone's replica (IndexedDB in the app). */
  local: Replica;
  /** The notebook's database on the server. */
  remote: Replica;
  now?: () => number;
  online?: () => boolean;
}

/** Documents per request: fewer round trips on a slow line, each request still small. */
export const BATCH_SIZE = 250;

/** Rounds of "the seller wrote meanwhile" before giving way to the next round. */
const TRIES = 3;

interface HttpError {
  status?: number;
  name?: string;
  reason?: string;
  message?: string;
}

/** The one status line a failure gives the seller. */
export function statusOfError(error: unknown, online: boolean): SyncStatusKind {
  const e = (error ?? {}) as HttpError;
  if (
    e.name === 'QuotaExceededError' ||
    (e as { inner?: HttpError }).inner?.name === 'QuotaExceededError'
  )
    return 'full';
  if (!online) return 'offline';
  if (e.status === 401) {
    // pouchdb-server answers 401 to a known user who is not a member; CouchDB 3 answers 403.
    return /not authorized to access this db/i.test(e.reason ?? e.message ?? '')
      ? 'forbidden'
      : 'unauthorized';
  }
  if (e.status === 403) return 'forbidden';
  if (e.status === 404) return 'not-found';
  if (e.status === undefined || e.status === 0 || e.status >= 500 || e.name === 'TypeError')
    return 'unreachable';
  return 'failed';
}

async function setStatus(db: AssohDB, status: Omit<SyncStatus, 'id'>): Promise<void> {
  const before = (await db.sync.get('status')) as SyncStatus | undefined;
  const failures = failuresAfter(before, status.kind);
  await db.sync.put({
    lastSyncAt: before?.lastSyncAt,
    ...status,
    ...(failures ? { failures } : {}),
    id: 'status',
  });
}

/** A document the server refused (a read-only member) fails the round: nothing is half-said. */
async function replicate(
  local: Replica,
  remote: Replica,
  way: 'to' | 'from',
  since?: number | string,
): Promise<void> {
  const options = {
    batch_size: BATCH_SIZE,
    batches_limit: 4,
    ...(since === undefined ? {} : { since }),
  };
  const result =
    way === 'to'
      ? await local.replicate.to(remote, options)
      : await local.replicate.from(remote, options);
  if (result.doc_write_failures > 0) {
    throw Object.assign(new Error(`${result.doc_write_failures} document(s) refused`), {
      status: way === 'to' ? 403 : 500,
    });
  }
}

async function applyAll(
  db: AssohDB,
  local: Replica,
  now: number,
  reading: Reading | undefined,
): Promise<Applied> {
  for (let i = 0; i < TRIES; i++) {
    await pushQueue(db, local, now, reading);
    const applied = await applyReplica(db, local, now, reading);
    if (applied !== 'busy') return applied;
  }
  return { written: 0, unreadable: 0 };
}

export async function syncRound(deps: RoundDeps): Promise<SyncStatusKind> {
  const { db, local, remote } = deps;
  const now = deps.now ?? Date.now;
  const online = deps.online ?? (() => navigator.onLine);
  if (!online()) {
    await setStatus(db, { kind: 'offline', at: now() });
    return 'offline';
  }
  await setStatus(db, { kind: 'syncing', at: now() });
  try {
    const agreement = await agreeOnCurrency(db, remote, now());
    if (agreement?.kind === 'apart') {
      await setStatus(db, { kind: 'currency', at: now(), serverCurrency: agreement.server });
      return 'currency';
    }
    const reading = agreement?.reading;
    await pushQueue(db, local, now(), reading);
    await replicate(local, remote, 'to');
    const beforePull = (await local.info()).update_seq;
    await replicate(local, remote, 'from');
    const afterPull = (await local.info()).update_seq;
    const applied = await applyAll(db, local, now(), reading);
    // Conflicts settled and links mended here go to the server in the same round, starting
    // after what was just pulled: the server has those, and listing them back (revs_diff)
    // would cost a phone that received 55,000 documents megabytes for nothing.
    if ((await local.info()).update_seq !== afterPull || afterPull !== beforePull)
      await replicate(local, remote, 'to', afterPull);
    const at = now();
    await setStatus(db, { kind: 'synced', at, lastSyncAt: at, skipped: applied.unreadable });
    return 'synced';
  } catch (error) {
    const kind = statusOfError(error, online());
    if (kind === 'failed') console.error('sync failed', error);
    await setStatus(db, { kind, at: now() });
    return kind;
  }
}
