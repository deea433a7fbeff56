/**
 * The sync's worker: rounds run here, off the page's thread, so that no screen ever waits for
 * them. Its own Dexie connection writes what came from the server without noting it as a change
 * of this phone; the page's live queries see those writes (Dexie tells every context).
 */
import { createDb, DB_NAME } from '../../db/db';
import type { SyncConfig, SyncStatus } from '../../db/sync-state';
import { mayRun, type Trigger } from './schedule';
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
/** A round asked while one ran: the next to run ('manual' if any asking was hers). */
let again: Trigger | null = null;

async function round(trigger: Trigger): Promise<void> {
  const config = (await db.sync.get('config')) as SyncConfig | undefined;
  if (!config?.enabled) return;
  const status = ((await db.sync.get('status')) as SyncStatus | undefined) ?? null;
  if (!mayRun(status, trigger, Date.now())) return;
  await syncRound({ db, local, remote: openServer(config) });
}

/** One round at a time, in this tab and across tabs (two tabs share one replica). */
function run(trigger: Trigger): Promise<void> {
  if (running) {
    again = again === 'manual' ? again : trigger;
    return running;
  }
  const locked = () =>
    navigator.locks ? navigator.locks.request('assoh-sync', () => round(trigger)) : round(trigger);
  running = locked()
    .then(() => scope.postMessage({ kind: 'done' }))
    .catch((error: unknown) => {
      console.error('sync round', error);
      scope.postMessage({ kind: 'error', message: String(error) });
    })
    .finally(() => {
      running = null;
      if (again) {
        const next = again;
        again = null;
        void run(next);
      }
    });
  return running;
}

scope.onmessage = (e) => {
  if (e.data.kind === 'run') void run(e.data.trigger);
};
