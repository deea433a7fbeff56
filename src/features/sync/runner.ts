/**
 * The page's side of sync, loaded only once sync is on: starts the worker and asks it for a
 * round at start, when signal returns, when the app comes back to the screen, and every few
 * minutes while it is open. Nothing here waits on a round: the screens read its status.
 */
import type { SyncRequest, SyncResponse } from './sync-protocol';

/** While the app is open: often enough to share a sale, rarely enough to spare data. */
export const EVERY_MS = 5 * 60_000;

let worker: Worker | null = null;
let timer: number | undefined;
let lastAsked = 0;

function ask(): void {
  if (!worker) return;
  lastAsked = Date.now();
  worker.postMessage({ kind: 'run' } satisfies SyncRequest);
}

const onOnline = () => ask();
const onVisible = () => {
  if (document.visibilityState === 'visible' && Date.now() - lastAsked > EVERY_MS / 5) ask();
};

/** Starts syncing (idempotent) and asks for a round now. */
export function startSync(): void {
  if (!worker) {
    worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SyncResponse>) => {
      if (e.data.kind === 'error') console.warn('sync', e.data.message);
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') ask();
    }, EVERY_MS);
  }
  ask();
}

/** Stops at once: a round cut short leaves both sides whole (each write is a transaction). */
export function stopSync(): void {
  window.removeEventListener('online', onOnline);
  document.removeEventListener('visibilitychange', onVisible);
  window.clearInterval(timer);
  worker?.terminate();
  worker = null;
}

export const syncNow = ask;
