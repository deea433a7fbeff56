/**
 * The sync's worker: rounds run here, off the page's thread, so that no screen ever waits for
 * them. Its own Dexie connection writes what came from the server without noting it as a change
 * of this phone; the page's live queries see those writes (Dexie tells every context).
 */
import { createDb, DB_NAME } from '../../db/db';
import type { SyncConfig } from '../../db/sync-state';
import { openReplica, openServer } from './engine/pouch';
import { syncRound } from './engine/round';
import type { SyncRequest, SyncResponse } from './sync-protocol';

// The app's tsconfig has the DOM library, not WebWorker: name the two members used here.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SyncRequest>) => void) | null;
  postMessage: (message: SyncResponse) => void;
};

const db = createDb(DB_NAME, Infinity, { recordChanges: false });
const local = openReplica();

let running: Promise<void> | null = null;
let again = false;

async function round(): Promise<void> {
  const config = (await db.sync.get('config')) as SyncConfig | undefined;
  if (!config?.enabled) return;
  await syncRound({ db, local, remote: openServer(config) });
}

/** One round at a time, in this tab and across tabs (two tabs share one replica). */
function run(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  const locked = () => (navigator.locks ? navigator.locks.request('assoh-sync', round) : round());
  running = locked()
    .then(() => scope.postMessage({ kind: 'done' }))
    .catch((error: unknown) => {
      console.error('sync round', error);
      scope.postMessage({ kind: 'error', message: String(error) });
    })
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        void run();
      }
    });
  return running;
}

scope.onmessage = (e) => {
  if (e.data.kind === 'run') void run();
};
