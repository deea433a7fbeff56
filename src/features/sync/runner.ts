/**
 * The page's side of sync, loaded only once sync is on: starts the worker and asks it for a
 * round at start, when signal returns, when the app comes back to the screen, and every few
 * minutes while it is open; the worker decides whether each may run (schedule.ts). Nothing here
 * waits on a round: the screens read its status.
 */
import { EVERY_MS, type Trigger } from './schedule';
import type { SyncRequest, SyncResponse } from './sync-protocol';

let worker: Worker | null = null;
let timer: number | undefined;
let lastAsked = 0;

function ask(trigger: Trigger): void {
  if (!worker) return;
  lastAsked = Date.now();
  worker.postMessage({ kind: 'run', trigger } satisfies SyncRequest);
}

const onOnline = () => ask('online');
const onVisible = () => {
  if (document.visibilityState === 'visible' && Date.now() - lastAsked > EVERY_MS / 5)
    ask('visible');
};

/**
 * Starts syncing (idempotent) and asks for a round now: 'start' when the app opens, 'manual'
 * when she has just tapped "Activer".
 */
export function startSync(trigger: Trigger = 'start'): void {
  if (!worker) {
    worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SyncResponse>) => {
      if (e.data.kind === 'error') console.warn('sync', e.data.message);
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') ask('timer');
    }, EVERY_MS);
  }
  ask(trigger);
}

/** Stops at once: a round cut short leaves both sides whole (each write is a transaction). */
export function stopSync(): void {
  window.removeEventListener('online', onOnline);
  document.removeEventListener('visibilitychange', onVisible);
  window.clearInterval(timer);
  worker?.terminate();
  worker = null;
}

/** "Synchroniser maintenant", "Réessayer": her own asking, which nothing holds back. */
export function syncNow(): void {
  ask('manual');
}
