/**
 * The two PouchDB databases of a round, in the app: the replica in IndexedDB (kept across
 * starts, with the replication checkpoints: only changes travel) and the server's database over
 * HTTP. The credentials go into the Authorization header of each request (PouchDB's `auth`),
 * never into the URL.
 */
import PouchDB from 'pouchdb-browser';
import type { SyncConfig } from '../../../db/sync-state';
import type { Replica } from './replica';

export const REPLICA_NAME = 'assoh-sync';

/** A request that hangs this long (a line that dropped mid-way) fails the round, to retry later. */
const REQUEST_TIMEOUT_MS = 60_000;

function timedFetch(url: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const signal = init.signal
    ? AbortSignal.any([init.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)])
    : AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  return fetch(url, { ...init, signal });
}

export function openReplica(): Replica {
  // Old revisions' bodies go at once; only their ids stay, as replication needs them.
  return new PouchDB(REPLICA_NAME, { auto_compaction: true }) as Replica;
}

export function openServer(config: Pick<SyncConfig, 'url' | 'username' | 'password'>): Replica {
  return new PouchDB(config.url, {
    auth: { username: config.username, password: config.password },
    // The seller's user may not create databases: never try.
    skip_setup: true,
    fetch: timedFetch,
  }) as Replica;
}
